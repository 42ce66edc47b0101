"""A small linear model that hears warning signs the rules have no phrase for.

Pure module: standard library only; nothing is downloaded. ``data/model.json`` holds the
weights of a logistic regression over word and character n-grams, trained by
``securebase.core.risk.training`` on the tuning part of the shipped phrase sets (never on the
held-aside part). Scoring is a dictionary look-up per n-gram: well under a millisecond for a
sentence.

Features are read from the canonical form the rules use (lower case, contractions and texting
shorthand spelled out, accents folded), so "kiero morir", "quiero morír" and "quiero morir"
share every feature:

- ``w:`` each word, ``b:`` each pair of neighbouring words, ``t:`` each run of three words;
- ``p:`` the first five letters of each word longer than five letters (a crude stem);
- ``c:`` runs of characters inside a word, when ``CHAR_SIZES`` names their lengths (none by
  default, see below).

Every feature present counts once; the vector is scaled to unit length so a long sentence is
not louder than a short one. For audit, ``nearest`` finds the tuning phrases sharing the most
words with a text.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).parent / "data" / "model.json"
_WORD = re.compile(r"[a-z0-9']+|[^\sa-z0-9']")
# Character n-grams were tried (3 to 5 letters) and dropped: on cross-validated tuning phrases
# they raised false alarms more than they helped; normalization carries misspellings instead.
CHAR_SIZES: tuple[int, ...] = ()
# A word longer than this many letters also counts by its first ``STEM`` letters, a crude stem
# shared by the forms of one word ("matarme", "matare", "mataria"; "hopeless", "hopelessness").
# On five-fold cross-validation over the tuning phrases it raised the model's recall at 3% false
# alarms (English 82% -> 84%, Spanish 72% -> 75%); four or six letters, and word pairs that skip
# a word, did worse.
STEM = 5


def features(canonical: str) -> dict[str, float]:
    """Unit-length feature vector of one canonical sentence (see the module docstring)."""
    words = [w for w in _WORD.findall(canonical) if w.strip()]
    found: set[str] = set()
    for index, word in enumerate(words):
        found.add("w:" + word)
        if index + 1 < len(words):
            found.add("b:" + word + " " + words[index + 1])
        if index + 2 < len(words):
            found.add("t:" + " ".join(words[index : index + 3]))
        if len(word) > STEM:
            found.add("p:" + word[:STEM])
        padded = f" {word} "
        for size in CHAR_SIZES:
            for start in range(len(padded) - size + 1):
                found.add("c:" + padded[start : start + size])
    if not found:
        return {}
    weight = 1 / math.sqrt(len(found))
    return dict.fromkeys(found, weight)


def word_set(canonical: str) -> frozenset[str]:
    """The words of a canonical sentence, for finding the nearest known phrases."""
    return frozenset(w for w in _WORD.findall(canonical) if w.strip())


@dataclass(frozen=True, slots=True)
class Neighbour:
    text: str
    sign: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Model:
    """Weights, bias and decision thresholds, plus the risk phrases kept for audit.

    ``threshold`` is the strictest of the per-language ``thresholds``, used for a language
    without one of its own: each language's threshold is chosen on its own everyday phrases, so
    the language whose everyday phrases the model confuses less is not held to the other's.
    """

    weights: dict[str, float]
    bias: float
    threshold: float
    # (canonical words, original text, sign) of each tuning risk phrase.
    examples: tuple[tuple[frozenset[str], str, str], ...]
    thresholds: dict[str, float] = field(default_factory=dict)
    _built: tuple[dict[str, list[int]], list[int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def threshold_for(self, language: str) -> float:
        """The decision threshold for a text in ``language``."""
        return self.thresholds.get(language, self.threshold)

    def probability(self, canonical: str) -> float:
        """Probability, by the model, that a canonical sentence shows a warning sign."""
        total = self.bias
        weights = self.weights
        for name, value in features(canonical).items():
            total += weights.get(name, 0.0) * value
        if total < -30:
            return 0.0
        return 1 / (1 + math.exp(-total))

    def nearest(self, canonical: str, count: int = 3) -> list[Neighbour]:
        """The ``count`` risk phrases sharing the most words with the text (Jaccard index;
        the earlier phrase first among equals).

        Only the phrases sharing a word are scored, found through an index from each word to
        the phrases holding it: about 16,000 phrases would otherwise be compared one by one."""
        words = word_set(canonical)
        if not words:
            return []
        postings, sizes = self._index
        shared = Counter(chain.from_iterable(postings.get(word, ()) for word in words))
        size = len(words)
        scored = (
            (common / (size + sizes[position] - common), -position)
            for position, common in shared.items()
        )
        return [self._neighbour(-negative, j) for j, negative in heapq.nlargest(count, scored)]

    def _neighbour(self, position: int, similarity: float) -> Neighbour:
        _, text, sign = self.examples[position]
        return Neighbour(text=text, sign=sign, similarity=round(similarity, 3))

    @property
    def _index(self) -> tuple[dict[str, list[int]], list[int]]:
        """Each word's phrases (by position in ``examples``) and each phrase's word count,
        built on first use and kept with the model."""
        if self._built is None:
            postings: dict[str, list[int]] = {}
            for position, (example_words, _, _) in enumerate(self.examples):
                for word in example_words:
                    postings.setdefault(word, []).append(position)
            sizes = [len(example_words) for example_words, _, _ in self.examples]
            object.__setattr__(self, "_built", (postings, sizes))
        return self._built

    def strongest_features(self, canonical: str, count: int = 5) -> list[str]:
        """The n-grams of the text that pushed its score up the most, for audit."""
        vector = features(canonical)
        pushes = [(self.weights.get(name, 0.0) * value, name) for name, value in vector.items()]
        pushes.sort(reverse=True)
        return [name for push, name in pushes[:count] if push > 0]


def model_from_dict(data: dict[str, Any]) -> Model:
    """Build a ``Model`` from the JSON structure ``training.train`` writes."""
    return Model(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        thresholds={str(k): float(v) for k, v in data.get("thresholds", {}).items()},
        examples=tuple(
            (word_set(str(canonical)), str(text), str(sign))
            for canonical, text, sign in data["examples"]
        ),
    )


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    """The shipped model, read once per process (about a megabyte of JSON)."""
    with path.open(encoding="utf-8") as handle:
        return model_from_dict(json.load(handle))
