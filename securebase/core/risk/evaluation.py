"""Measure the screen on labelled phrases: recall and false alarms, per language and sign.

Pure module: standard library only. A phrase file is tab-separated with a header row:

    language  label  sign  part  text

``language`` is ``en`` or ``es``; ``label`` is ``risk`` or ``none``; ``sign`` is the warning
sign a risk phrase shows (one of ``CATEGORIES``) or, for an everyday phrase, what kind of hard
negative it is (``idiom``, ``hyperbole``, ``quote``, ``past``...); ``part`` is ``tuning`` or
``held_aside``. ``part`` may be left out of a reviewer's own file; then every phrase counts as
held aside.

The shipped sets: ``phrases_*.tsv`` are the tuning phrases (rules and model are written and
trained against them); ``heldaside_*.tsv`` were written before the current rules and model and
are never used to tune them. docs/safety.md tells how the split was made and changed.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data"
SHIPPED = (
    DATA / "phrases_en.tsv",
    DATA / "phrases_es.tsv",
    DATA / "heldaside_en.tsv",
    DATA / "heldaside_es.tsv",
)
TUNING = "tuning"
HELD_ASIDE = "held_aside"
PARTS = (TUNING, HELD_ASIDE)
RISK = "risk"
NONE = "none"


@dataclass(frozen=True, slots=True)
class Phrase:
    language: str
    label: str
    sign: str
    part: str
    text: str

    @property
    def is_risk(self) -> bool:
        return self.label == RISK


def load_phrases(path: Path | str) -> list[Phrase]:
    """Read a phrase file (see the module docstring); raise ``ValueError`` on a bad row."""
    phrases: list[Phrase] = []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(reader, start=2):
            text = (row.get("text") or "").strip()
            label = (row.get("label") or "").strip()
            if not text or label not in (RISK, NONE):
                raise ValueError(f"{path}:{number}: needs a text and a label of risk or none")
            part = (row.get("part") or HELD_ASIDE).strip()
            if part not in PARTS:
                raise ValueError(f"{path}:{number}: part must be tuning or held_aside")
            phrases.append(
                Phrase(
                    language=(row.get("language") or "en").strip(),
                    label=label,
                    sign=(row.get("sign") or "").strip(),
                    part=part,
                    text=text,
                )
            )
    return phrases


@dataclass(slots=True)
class Tally:
    """Risk phrases caught and everyday phrases flagged, for one slice of a phrase set."""

    risk: int = 0
    caught: int = 0
    everyday: int = 0
    flagged: int = 0

    @property
    def recall(self) -> float | None:
        return self.caught / self.risk if self.risk else None

    @property
    def false_alarm_rate(self) -> float | None:
        return self.flagged / self.everyday if self.everyday else None


@dataclass(slots=True)
class Evaluation:
    """Tallies by part, then by language, then by sign (``"*"`` is the whole language)."""

    tallies: dict[str, dict[str, dict[str, Tally]]] = field(default_factory=dict)
    # Tuning-part mistakes only: held-aside mistakes are never listed, so no one tunes on them.
    tuning_misses: list[Phrase] = field(default_factory=list)
    tuning_false_alarms: list[Phrase] = field(default_factory=list)

    def tally(self, part: str, language: str, sign: str = "*") -> Tally:
        return self.tallies.setdefault(part, {}).setdefault(language, {}).setdefault(sign, Tally())

    def below(self, part: str, floors: dict[str, tuple[float, float]]) -> list[str]:
        """Where ``part`` falls short of ``floors`` (language -> least recall, most false
        alarms), one line per shortfall; empty when every floor holds."""
        found = []
        for language, (least_recall, most_false_alarms) in floors.items():
            tally = self.tally(part, language)
            if tally.recall is None or tally.recall < least_recall:
                found.append(f"{language}: recall {tally.recall} below {least_recall} ({tally})")
            rate = tally.false_alarm_rate
            if rate is None or rate > most_false_alarms:
                found.append(f"{language}: false alarms {rate} above {most_false_alarms} ({tally})")
        return found


def evaluate(phrases: Iterable[Phrase], flags: Callable[[str], bool]) -> Evaluation:
    """Run ``flags(text)`` over every phrase and count, per part, language and sign."""
    result = Evaluation()
    for phrase in phrases:
        flagged = flags(phrase.text)
        for sign in ("*", phrase.sign):
            tally = result.tally(phrase.part, phrase.language, sign)
            if phrase.is_risk:
                tally.risk += 1
                tally.caught += flagged
            else:
                tally.everyday += 1
                tally.flagged += flagged
        if phrase.part == TUNING and phrase.is_risk and not flagged:
            result.tuning_misses.append(phrase)
        if phrase.part == TUNING and not phrase.is_risk and flagged:
            result.tuning_false_alarms.append(phrase)
    return result


def _rate(numerator: int, denominator: int) -> str:
    if not denominator:
        return "-"
    return f"{numerator}/{denominator} ({numerator / denominator:.1%})"


def format_evaluation(result: Evaluation) -> list[str]:
    """Lines of a plain-text report: per part and language, then per warning sign."""
    lines: list[str] = []
    for part in PARTS:
        languages = result.tallies.get(part)
        if not languages:
            continue
        lines.append(f"== {part.replace('_', '-')} ==")
        for language in sorted(languages):
            signs = languages[language]
            total = signs["*"]
            lines.append(
                f"{language}: recall {_rate(total.caught, total.risk)}, "
                f"false alarms {_rate(total.flagged, total.everyday)}"
            )
            for sign in sorted(s for s in signs if s != "*"):
                tally = signs[sign]
                if tally.risk:
                    lines.append(f"  {sign:<20} recall {_rate(tally.caught, tally.risk)}")
                else:
                    lines.append(
                        f"  {sign:<20} false alarms {_rate(tally.flagged, tally.everyday)}"
                    )
    return lines
