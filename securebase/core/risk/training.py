"""Train the screen's linear model on the tuning phrases and write ``data/model.json``.

Pure module: standard library only, deterministic (fixed seed), a few seconds on a laptop:

    python -m securebase.core.risk.training

Training reads only the ``tuning`` part of the shipped phrase sets (plus the older English set
in ``core/tests/data/risk_phrases.tsv``); the ``held_aside`` part is never read here, so the
figures measured on it are figures on phrases the model has never seen.

The decision thresholds are chosen the same honest way: five-fold cross-validation on the tuning
phrases gives every tuning phrase a score from a model that did not see it, and each language's
threshold is the lowest one at which the rules and the model together flag at most
``MAX_FALSE_ALARMS`` of that language's everyday tuning phrases. The model is a safety
net behind the rules, so its threshold is set by the false alarms it may add.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from securebase.core.risk.evaluation import SHIPPED, TUNING, load_phrases
from securebase.core.risk.model import MODEL_PATH, features

OLDER_SET = Path(__file__).parents[1] / "tests" / "data" / "risk_phrases.tsv"
EPOCHS = 40
L2 = 1e-4
LEARNING_RATE = 0.5
SEED = 20261202
FOLDS = 5
MAX_FALSE_ALARMS = 0.03


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    language: str
    risk: bool
    sign: str
    canonical: str


def training_examples(canonical: Callable[[str, str], str]) -> list[Example]:
    """Tuning phrases of the shipped sets and the older English set, as canonical text.

    ``canonical(text, language)`` gives the text the screen scores (passed in so this module
    does not depend on the package's entry point).
    """
    examples = [
        Example(
            text=p.text,
            language=p.language,
            risk=p.is_risk,
            sign=p.sign,
            canonical=canonical(p.text, p.language),
        )
        for path in SHIPPED
        for p in load_phrases(path)
        if p.part == TUNING
    ]
    if OLDER_SET.exists():
        with OLDER_SET.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                examples.append(
                    Example(
                        text=row["text"],
                        language="en",
                        risk=row["label"] == "risk",
                        sign="",
                        canonical=canonical(row["text"], "en"),
                    )
                )
    return examples


def train(examples: Sequence[Example], *, seed: int = SEED) -> tuple[dict[str, float], float]:
    """Logistic regression by stochastic gradient descent with AdaGrad steps and L2 decay.

    Risk and everyday phrases weigh the same in total, however many there are of each.
    """
    vectors = [(features(e.canonical), 1.0 if e.risk else 0.0) for e in examples]
    positives = sum(1 for _, y in vectors if y) or 1
    negatives = (len(vectors) - positives) or 1
    class_weight = {1.0: len(vectors) / (2 * positives), 0.0: len(vectors) / (2 * negatives)}
    weights: dict[str, float] = {}
    squared: dict[str, float] = {}
    bias, bias_squared = 0.0, 1e-8
    order = list(range(len(vectors)))
    shuffler = random.Random(seed)
    for _ in range(EPOCHS):
        shuffler.shuffle(order)
        for index in order:
            vector, target = vectors[index]
            total = bias + sum(weights.get(n, 0.0) * v for n, v in vector.items())
            predicted = 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))
            error = (predicted - target) * class_weight[target]
            for name, value in vector.items():
                current = weights.get(name, 0.0)
                gradient = error * value + L2 * current
                squared[name] = squared.get(name, 1e-8) + gradient * gradient
                weights[name] = current - LEARNING_RATE * gradient / math.sqrt(squared[name])
            bias_squared += error * error
            bias -= LEARNING_RATE * error / math.sqrt(bias_squared)
    return weights, bias


def _probability(weights: dict[str, float], bias: float, canonical: str) -> float:
    total = bias + sum(weights.get(n, 0.0) * v for n, v in features(canonical).items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))


def cross_validated_scores(examples: Sequence[Example]) -> list[float]:
    """Each example's probability from a model trained on the other folds."""
    scores = [0.0] * len(examples)
    for fold in range(FOLDS):
        train_part = [e for i, e in enumerate(examples) if i % FOLDS != fold]
        weights, bias = train(train_part)
        for i, example in enumerate(examples):
            if i % FOLDS == fold:
                scores[i] = _probability(weights, bias, example.canonical)
    return scores


def choose_thresholds(
    examples: Sequence[Example], scores: Sequence[float], ruled: Sequence[bool]
) -> dict[str, float]:
    """Per language, the lowest threshold at which rules and model together flag at most
    ``MAX_FALSE_ALARMS`` of that language's everyday phrases, by cross-validated scores.

    One threshold for both languages (as before run 7) was set by the language with more
    confusable everyday phrases, leaving the other's recall below what its false alarms
    allowed."""
    chosen = {}
    for language in sorted({e.language for e in examples}):
        everyday = [i for i, e in enumerate(examples) if e.language == language and not e.risk]
        chosen[language] = 0.99
        for step in range(50, 100):
            threshold = step / 100
            flagged = sum(1 for i in everyday if ruled[i] or scores[i] >= threshold)
            if not everyday or flagged / len(everyday) <= MAX_FALSE_ALARMS:
                chosen[language] = threshold
                break
    return chosen


def cross_validated_figures(
    examples: Sequence[Example],
    scores: Sequence[float],
    ruled: Sequence[bool],
    thresholds: dict[str, float],
) -> list[str]:
    """Recall and false alarms per language of the rules with the cross-validated model at
    that language's threshold, and of the model alone: the honest estimate training can
    print, since the shipped model has seen every tuning phrase."""
    lines = []
    for language in sorted({e.language for e in examples}):
        threshold = thresholds[language]
        mine = [i for i, e in enumerate(examples) if e.language == language]
        risky = [i for i in mine if examples[i].risk]
        everyday = [i for i in mine if not examples[i].risk]
        model_flags = {i: scores[i] >= threshold for i in mine}
        for name, flag in (
            ("rules+model", {i: ruled[i] or model_flags[i] for i in mine}),
            ("model alone", model_flags),
        ):
            caught = sum(1 for i in risky if flag[i])
            alarms = sum(1 for i in everyday if flag[i])
            lines.append(
                f"{language} {name}: recall {caught}/{len(risky)} "
                f"({100 * caught / max(1, len(risky)):.1f}%), false alarms {alarms}/"
                f"{len(everyday)} ({100 * alarms / max(1, len(everyday)):.1f}%)"
            )
    return lines


def digest(examples: Sequence[Example]) -> str:
    """A fingerprint of the labelled texts a model was trained on, stored in the model file so
    a test can tell when the phrases changed and the model was not trained again."""
    joined = "\n".join(f"{int(e.risk)}\t{e.text}" for e in examples)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def model_dict(
    examples: Sequence[Example],
    weights: dict[str, float],
    bias: float,
    thresholds: dict[str, float],
) -> dict[str, object]:
    """The JSON structure ``model.model_from_dict`` reads; tiny weights are dropped."""
    kept = {n: round(w, 4) for n, w in sorted(weights.items()) if abs(w) >= 1e-3}
    return {
        "about": "Logistic regression over word and character n-grams; see risk/model.py.",
        "trained_on": digest(examples),
        "bias": round(bias, 4),
        "threshold": max(thresholds.values()),
        "thresholds": thresholds,
        "weights": kept,
        "examples": [[e.canonical, e.text, e.sign] for e in examples if e.risk and e.sign],
    }


def main(argv: Sequence[str] = ()) -> None:
    """Train on the tuning phrases and write the model file (or the path given)."""
    from securebase.core import risk  # the package's entry point, imported late on purpose

    output = Path(argv[0]) if argv else MODEL_PATH
    examples = training_examples(risk.canonical_text)
    scores = cross_validated_scores(examples)
    ruled = [risk.rule_hit(e.text) is not None for e in examples]
    thresholds = choose_thresholds(examples, scores, ruled)
    weights, bias = train(examples)
    data = model_dict(examples, weights, bias, thresholds)
    output.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    kept = sum(1 for w in weights.values() if abs(w) >= 1e-3)
    print(f"{len(examples)} tuning phrases, {kept} weights, thresholds {thresholds} -> {output}")
    print("five-fold cross-validated, at those thresholds:")
    for line in cross_validated_figures(examples, scores, ruled, thresholds):
        print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1:])
