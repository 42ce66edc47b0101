"""Scoring answers to an instrument into per-scale means (or totals), and describing them.

Pure domain code: standard library only, no Django. Works for any instrument loaded by
`instrument.py`; the names defined there are re-exported here for callers that only score.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from securebase.core.wording import gettext_noop

from .instrument import (
    ANXIETY,
    AVOIDANCE,
    INSTRUMENTS_DIR,
    SUM,
    SYMPTOM_INSTRUMENTS_DIR,
    Band,
    Instrument,
    InstrumentError,
    Item,
    Norms,
    ResponseScale,
    ScaleNorm,
    is_int,
)
from .instrument_files import load_instrument, load_instruments, parse_instrument

__all__ = [
    "ANXIETY",
    "AVOIDANCE",
    "INSTRUMENTS_DIR",
    "REGIONS",
    "SYMPTOM_INSTRUMENTS_DIR",
    "AnswerError",
    "Band",
    "Instrument",
    "InstrumentError",
    "Item",
    "Norms",
    "Position",
    "RaisedFlag",
    "Region",
    "ResponseScale",
    "ScaleNorm",
    "ScaleScore",
    "Score",
    "clean_answers",
    "format_score",
    "keyed_value",
    "load_instrument",
    "load_instruments",
    "locate",
    "parse_instrument",
    "percentile",
    "region",
    "round_score",
    "score",
]


class AnswerError(ValueError):
    """Answers do not fit the instrument.

    Each attribute lists the offending item ids (as given, for unknown ones) so a form can
    highlight exactly those items and keep every valid answer.
    """

    def __init__(
        self,
        *,
        missing: tuple[int, ...] = (),
        out_of_range: tuple[int, ...] = (),
        not_a_number: tuple[int, ...] = (),
        unknown: tuple[str, ...] = (),
        low: int = 0,
        high: int = 0,
    ) -> None:
        self.missing = missing
        self.out_of_range = out_of_range
        self.not_a_number = not_a_number
        self.unknown = unknown
        parts = []
        if missing:
            parts.append(f"unanswered item(s): {_join(missing)}")
        if out_of_range:
            parts.append(f"answer(s) outside {low}-{high} for item(s): {_join(out_of_range)}")
        if not_a_number:
            parts.append(f"answer(s) that are not whole numbers for item(s): {_join(not_a_number)}")
        if unknown:
            parts.append(f"unknown item id(s): {_join(unknown)}")
        super().__init__("; ".join(parts) or "invalid answers")

    @property
    def tampered(self) -> bool:
        """True when the problem cannot come from an honest form (only a forged request)."""
        return bool(self.out_of_range or self.not_a_number or self.unknown)


def _join(values: tuple[object, ...]) -> str:
    return ", ".join(str(v) for v in values)


@dataclass(frozen=True)
class ScaleScore:
    scale: str
    # Exact mean of the keyed answers; use `display` (one decimal) wherever a person reads it.
    mean: Fraction
    item_count: int
    # Percent of the norm sample scoring lower, only when the instrument carries norms.
    percentile: int | None
    # Sum of the keyed answers (what "sum" instruments such as the PHQ-9 report).
    total: int = 0
    # The published severity band of `total`, where the instrument has bands.
    band: Band | None = None

    @property
    def value(self) -> float:
        return float(self.mean)

    @property
    def display(self) -> str:
        return format_score(self.mean)

    @property
    def rounded(self) -> Decimal:
        return round_score(self.mean)


@dataclass(frozen=True)
class RaisedFlag:
    """An item answered above its flag threshold (e.g. PHQ-9 item 9 above "not at all")."""

    item_id: int
    kind: str
    answer: int


@dataclass(frozen=True)
class Score:
    instrument: str
    scales: Mapping[str, ScaleScore]
    flags: tuple[RaisedFlag, ...] = ()

    def __getitem__(self, scale: str) -> ScaleScore:
        return self.scales[scale]


@dataclass(frozen=True)
class Region:
    key: str
    name: str
    anxiety: str  # "higher" or "lower"
    avoidance: str
    description: str


# Descriptions of the four regions, written for the people who take the questionnaire. They
# describe tendencies; they are not categories a person belongs to.
REGIONS: tuple[Region, ...] = (
    Region(
        key="secure",
        name=gettext_noop("Secure"),
        anxiety="lower",
        avoidance="lower",
        description=gettext_noop(
            "Closeness tends to feel comfortable. You can usually rely on a partner and let them "
            "rely on you, and a rough patch does not feel like the end of the relationship."
        ),
    ),
    Region(
        key="anxious-preoccupied",
        name=gettext_noop("Anxious–preoccupied"),
        anxiety="higher",
        avoidance="lower",
        description=gettext_noop(
            "You want closeness and move toward it, while worrying whether it will last. Small "
            "signs of distance can feel alarming, and reassurance helps only for a while."
        ),
    ),
    Region(
        key="dismissing-avoidant",
        name=gettext_noop("Dismissing–avoidant"),
        anxiety="lower",
        avoidance="higher",
        description=gettext_noop(
            "Independence feels safer than depending on someone. You may keep partners at a "
            "comfortable distance and not worry much about losing them."
        ),
    ),
    Region(
        key="fearful-avoidant",
        name=gettext_noop("Fearful–avoidant"),
        anxiety="higher",
        avoidance="higher",
        description=gettext_noop(
            "You may long for closeness and fear it at the same time: worry about being left sits "
            "beside discomfort with letting someone in."
        ),
    ),
)


@dataclass(frozen=True)
class Position:
    """Where a pair of scores sits relative to the midlines.

    `regions` holds one region when the point is clearly inside it, two when it lies on one
    midline, and all four when it lies on both.
    """

    regions: tuple[Region, ...]

    @property
    def on_midline(self) -> bool:
        return len(self.regions) > 1


# --- answers and scores --------------------------------------------------------------------


def clean_answers(
    instrument: Instrument, raw: Mapping[object, object], *, require_all: bool = True
) -> dict[int, int]:
    """Turn submitted answers (ids and values as int or str) into {item id: value}.

    With `require_all` false, unanswered items are allowed (a half-finished questionnaire);
    blank values count as unanswered. Items marked not required may always be left blank.
    Raises AnswerError listing every unknown id, non-numeric or out-of-range value and (when
    `require_all`) every missing required item, so the caller can highlight all at once.
    """
    known = set(instrument.item_ids)
    low, high = instrument.response_scale.low, instrument.response_scale.high
    answers: dict[int, int] = {}
    unknown: list[str] = []
    out_of_range: list[int] = []
    not_a_number: list[int] = []
    for raw_id, raw_value in raw.items():
        item_id = _as_int(raw_id)
        if item_id is None or item_id not in known:
            unknown.append(str(raw_id))
            continue
        if raw_value is None or (isinstance(raw_value, str) and not raw_value.strip()):
            continue
        value = _as_int(raw_value)
        if value is None:
            not_a_number.append(item_id)
        elif not low <= value <= high:
            out_of_range.append(item_id)
        else:
            answers[item_id] = value
    problems = set(out_of_range) | set(not_a_number)
    missing = (
        [
            item.id
            for item in instrument.items
            if item.required and item.id not in answers and item.id not in problems
        ]
        if require_all
        else []
    )
    if unknown or out_of_range or not_a_number or missing:
        raise AnswerError(
            missing=tuple(missing),
            out_of_range=tuple(sorted(out_of_range)),
            not_a_number=tuple(sorted(not_a_number)),
            unknown=tuple(unknown),
            low=low,
            high=high,
        )
    return answers


def _as_int(value: object) -> int | None:
    if is_int(value):
        return value
    if isinstance(value, str):
        text = value.strip()
        # Only plain digits: "4.0", " +4" or "٤" are not answers a radio button sends.
        if text.isascii() and text.isdigit():
            return int(text)
    return None


def keyed_value(item: Item, answer: int, scale: ResponseScale) -> int:
    """The answer as it counts toward its scale: reversed items become min + max - answer."""
    return scale.low + scale.high - answer if item.reverse else answer


def score(instrument: Instrument, raw_answers: Mapping[object, object]) -> Score:
    """Score a complete set of answers into the mean and total of each scale (keyed values).

    Raises AnswerError unless every required item has an in-range answer and no unknown id is
    present. Items that are not scored (the PHQ-9's "how difficult" question) count toward no
    scale. Percentiles are filled in only for scales the instrument carries norms for, bands
    only where it publishes them; `flags` lists every item answered above its flag threshold.
    """
    answers = clean_answers(instrument, raw_answers, require_all=True)
    totals: dict[str, int] = {}
    counts: dict[str, int] = {}
    for item in instrument.scored_items:
        value = keyed_value(item, answers[item.id], instrument.response_scale)
        totals[item.scale] = totals.get(item.scale, 0) + value
        counts[item.scale] = counts.get(item.scale, 0) + 1
    scales: dict[str, ScaleScore] = {}
    for scale in instrument.scales:
        mean = Fraction(totals[scale], counts[scale])
        scales[scale] = ScaleScore(
            scale=scale,
            mean=mean,
            item_count=counts[scale],
            percentile=percentile(instrument, scale, mean),
            total=totals[scale],
            band=instrument.band_for(scale, totals[scale])
            if instrument.score_method == SUM
            else None,
        )
    flags = tuple(
        RaisedFlag(item_id=item.id, kind=item.flag.kind, answer=answers[item.id])
        for item in instrument.flagged_items
        if item.flag is not None and item.id in answers and answers[item.id] > item.flag.above
    )
    return Score(instrument=instrument.slug, scales=scales, flags=flags)


def round_score(value: Fraction | float | Decimal) -> Decimal:
    """Round a scale mean to one decimal, halves away from zero (4.25 -> 4.3), as people expect."""
    if isinstance(value, Fraction):
        exact = Decimal(value.numerator) / Decimal(value.denominator)
    else:
        exact = Decimal(str(value))
    return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def format_score(value: Fraction | float | Decimal) -> str:
    """A scale mean as people read it: one decimal, e.g. "4.3"."""
    return str(round_score(value))


def percentile(instrument: Instrument, scale: str, mean: Fraction | float) -> int | None:
    """Percent of the norm sample expected below `mean`, assuming normally distributed scores.

    None when the instrument has no norms for `scale`: without verified norms a percentile would
    be invented precision.
    """
    if instrument.norms is None or scale not in instrument.norms.scales:
        return None
    norm = instrument.norms.scales[scale]
    z = (float(mean) - norm.mean) / norm.sd
    below = 0.5 * (1 + math.erf(z / math.sqrt(2)))
    # Clamp so a very high score reads "above 99 percent", never "100 percent".
    return min(99, max(1, round(below * 100)))


def locate(
    anxiety: Fraction | float | Decimal, avoidance: Fraction | float | Decimal, *, midpoint: float
) -> Position:
    """Which described region(s) a pair of scores falls in, splitting both axes at `midpoint`.

    A score exactly on a midline belongs to both sides; the midlines are an interpretation aid,
    not a published cut-off.
    """
    anxiety_sides = _sides(anxiety, midpoint)
    avoidance_sides = _sides(avoidance, midpoint)
    return Position(
        regions=tuple(
            region
            for region in REGIONS
            if region.anxiety in anxiety_sides and region.avoidance in avoidance_sides
        )
    )


def _sides(value: Fraction | float | Decimal, midpoint: float) -> tuple[str, ...]:
    value = Fraction(str(value)) if isinstance(value, Decimal) else Fraction(value)
    mid = Fraction(midpoint)
    if value > mid:
        return ("higher",)
    if value < mid:
        return ("lower",)
    return ("lower", "higher")


def region(key: str) -> Region:
    """The region description with `key` (e.g. "secure")."""
    for candidate in REGIONS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
