"""Load attachment questionnaires from data files and score answers into scale means.

Pure domain code: standard library only, no Django. An instrument is a JSON file shaped like
``instruments/ecr-r.json``: a list of items, each belonging to one scale and possibly
reverse-keyed, a numeric response scale, and optional norms. Nothing here knows the ECR-R by
name, so the short form (or any other instrument of the same shape) scores through the same code.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

INSTRUMENTS_DIR = Path(__file__).resolve().parent / "instruments"

# The two dimensions the map and the regions are drawn on. Other scales still score; they
# simply have no map.
ANXIETY = "anxiety"
AVOIDANCE = "avoidance"


class InstrumentError(ValueError):
    """The instrument data file is malformed; the message names the first problem found."""


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
class Item:
    id: int
    text: str
    scale: str
    reverse: bool


@dataclass(frozen=True)
class ResponseScale:
    low: int
    high: int
    # Only the anchors the authors published; points without a label are shown as numbers.
    labels: Mapping[int, str]

    @property
    def points(self) -> tuple[int, ...]:
        return tuple(range(self.low, self.high + 1))

    @property
    def midpoint(self) -> Fraction:
        return Fraction(self.low + self.high, 2)

    def label_for(self, value: int) -> str:
        return self.labels.get(value, "")


@dataclass(frozen=True)
class ScaleNorm:
    mean: float
    sd: float


@dataclass(frozen=True)
class Norms:
    source: str
    sample: str
    scales: Mapping[str, ScaleNorm]


@dataclass(frozen=True)
class Instrument:
    slug: str
    name: str
    short_name: str
    citation: str
    permission: str
    instructions: str
    author_page: str
    response_scale: ResponseScale
    # In the order the items are shown (the published order unless the file sets
    # "display_order").
    items: tuple[Item, ...]
    norms: Norms | None

    @property
    def item_ids(self) -> tuple[int, ...]:
        return tuple(item.id for item in self.items)

    @property
    def scales(self) -> tuple[str, ...]:
        """Scale names in the order their first item appears."""
        seen: dict[str, None] = {}
        for item in self.items:
            seen.setdefault(item.scale, None)
        return tuple(seen)

    @property
    def has_map(self) -> bool:
        return set(self.scales) == {ANXIETY, AVOIDANCE}

    def item(self, item_id: int) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def pages(self, per_page: int) -> tuple[tuple[Item, ...], ...]:
        """Split the items, in display order, into pages of at most `per_page` items."""
        if per_page < 1:
            raise ValueError("per_page must be at least 1")
        return tuple(
            self.items[start : start + per_page] for start in range(0, len(self.items), per_page)
        )


@dataclass(frozen=True)
class ScaleScore:
    scale: str
    # Exact mean of the keyed answers; use `display` (one decimal) wherever a person reads it.
    mean: Fraction
    item_count: int
    # Percent of the norm sample scoring lower, only when the instrument carries norms.
    percentile: int | None

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
class Score:
    instrument: str
    scales: Mapping[str, ScaleScore]

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
        name="Secure",
        anxiety="lower",
        avoidance="lower",
        description=(
            "Closeness tends to feel comfortable. You can usually rely on a partner and let them "
            "rely on you, and a rough patch does not feel like the end of the relationship."
        ),
    ),
    Region(
        key="anxious-preoccupied",
        name="Anxious\N{EN DASH}preoccupied",
        anxiety="higher",
        avoidance="lower",
        description=(
            "You want closeness and move toward it, while worrying whether it will last. Small "
            "signs of distance can feel alarming, and reassurance helps only for a while."
        ),
    ),
    Region(
        key="dismissing-avoidant",
        name="Dismissing\N{EN DASH}avoidant",
        anxiety="lower",
        avoidance="higher",
        description=(
            "Independence feels safer than depending on someone. You may keep partners at a "
            "comfortable distance and not worry much about losing them."
        ),
    ),
    Region(
        key="fearful-avoidant",
        name="Fearful\N{EN DASH}avoidant",
        anxiety="higher",
        avoidance="higher",
        description=(
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


# --- loading -------------------------------------------------------------------------------


def load_instrument(path: str | Path) -> Instrument:
    """Read and validate one instrument file; the slug is the file name without `.json`.

    Raises InstrumentError (naming the file) when the JSON is unreadable or malformed.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InstrumentError(f"{path.name}: cannot read instrument: {exc}") from exc
    try:
        return parse_instrument(data, slug=path.stem)
    except InstrumentError as exc:
        raise InstrumentError(f"{path.name}: {exc}") from exc


def load_instruments(directory: str | Path = INSTRUMENTS_DIR) -> dict[str, Instrument]:
    """Load every `*.json` instrument in `directory`, keyed by slug, in file-name order."""
    return {path.stem: load_instrument(path) for path in sorted(Path(directory).glob("*.json"))}


def parse_instrument(data: object, *, slug: str) -> Instrument:
    """Build an Instrument from decoded JSON, checking every field the scoring relies on.

    Raises InstrumentError on the first problem: missing or mistyped fields, duplicate item ids,
    an empty scale, a response scale whose bounds or labels do not fit, a display order that is
    not a permutation of the item ids, or norms for unknown scales or with a non-positive SD.
    """
    if not isinstance(data, dict):
        raise InstrumentError("the instrument must be a JSON object")
    response_scale = _parse_response_scale(data.get("response_scale"))
    items = _parse_items(data.get("items"))
    items = _apply_display_order(items, data.get("display_order"))
    scales = {item.scale for item in items}
    norms = _parse_norms(data.get("norms"), scales=scales, response_scale=response_scale)
    return Instrument(
        slug=slug,
        name=_text(data, "instrument"),
        short_name=_text(data, "short_name"),
        citation=_text(data, "citation"),
        permission=_text(data, "permission"),
        instructions=_text(data, "instructions", required=False),
        author_page=_text(data, "author_page", required=False),
        response_scale=response_scale,
        items=items,
        norms=norms,
    )


def _text(data: Mapping[str, object], key: str, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise InstrumentError(f"'{key}' must be a non-empty string")
    return value.strip()


def _is_int(value: object) -> bool:
    # bool is an int subclass; true/false in a data file is a mistake, not 1/0.
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_response_scale(raw: object) -> ResponseScale:
    if not isinstance(raw, dict):
        raise InstrumentError("'response_scale' must be an object")
    low, high = raw.get("min"), raw.get("max")
    if not (_is_int(low) and _is_int(high)) or low >= high:
        raise InstrumentError("'response_scale' needs whole numbers 'min' < 'max'")
    points = raw.get("points")
    if points is not None and points != high - low + 1:
        raise InstrumentError(
            f"'response_scale.points' is {points} but min-max spans {high - low + 1}"
        )
    labels_raw = raw.get("labels", {})
    if not isinstance(labels_raw, dict):
        raise InstrumentError("'response_scale.labels' must be an object")
    labels: dict[int, str] = {}
    for key, label in labels_raw.items():
        try:
            value = int(key)
        except (TypeError, ValueError):
            raise InstrumentError(f"response label key {key!r} is not a number") from None
        if not low <= value <= high:
            raise InstrumentError(f"response label {value} is outside {low}-{high}")
        if not isinstance(label, str) or not label.strip():
            raise InstrumentError(f"response label {value} must be a non-empty string")
        labels[value] = label.strip()
    return ResponseScale(low=low, high=high, labels=labels)


def _parse_items(raw: object) -> tuple[Item, ...]:
    if not isinstance(raw, list) or not raw:
        raise InstrumentError("'items' must be a non-empty list")
    items: list[Item] = []
    seen: set[int] = set()
    for position, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            raise InstrumentError(f"item #{position} must be an object")
        item_id = entry.get("id")
        if not _is_int(item_id) or item_id < 1:
            raise InstrumentError(f"item #{position} needs a positive whole-number 'id'")
        if item_id in seen:
            raise InstrumentError(f"item id {item_id} appears twice")
        seen.add(item_id)
        text, scale, reverse = entry.get("text"), entry.get("scale"), entry.get("reverse")
        if not isinstance(text, str) or not text.strip():
            raise InstrumentError(f"item {item_id} needs 'text'")
        if not isinstance(scale, str) or not scale.strip():
            raise InstrumentError(f"item {item_id} needs a 'scale' name")
        if not isinstance(reverse, bool):
            raise InstrumentError(f"item {item_id} needs 'reverse' true or false")
        items.append(Item(id=item_id, text=text.strip(), scale=scale.strip(), reverse=reverse))
    return tuple(items)


def _apply_display_order(items: tuple[Item, ...], order: object) -> tuple[Item, ...]:
    if order is None:
        return items
    by_id = {item.id: item for item in items}
    if (
        not isinstance(order, list)
        or not all(_is_int(item_id) for item_id in order)
        or sorted(order) != sorted(by_id)
    ):
        raise InstrumentError("'display_order' must list every item id exactly once")
    return tuple(by_id[item_id] for item_id in order)


def _parse_norms(raw: object, *, scales: set[str], response_scale: ResponseScale) -> Norms | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise InstrumentError("'norms' must be null or an object")
    source = _text(raw, "source")
    sample = _text(raw, "sample", required=False)
    scale_norms = raw.get("scales")
    if not isinstance(scale_norms, dict) or not scale_norms:
        raise InstrumentError("'norms.scales' must map scale names to a mean and sd")
    parsed: dict[str, ScaleNorm] = {}
    for scale, values in scale_norms.items():
        if scale not in scales:
            raise InstrumentError(f"norms given for unknown scale {scale!r}")
        if not isinstance(values, dict):
            raise InstrumentError(f"norms for {scale!r} must be an object")
        mean, sd = values.get("mean"), values.get("sd")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (mean, sd)):
            raise InstrumentError(f"norms for {scale!r} need numeric 'mean' and 'sd'")
        if not response_scale.low <= mean <= response_scale.high:
            raise InstrumentError(f"norm mean for {scale!r} is outside the response scale")
        if not sd > 0:
            raise InstrumentError(f"norm sd for {scale!r} must be positive")
        parsed[scale] = ScaleNorm(mean=float(mean), sd=float(sd))
    return Norms(source=source, sample=sample, scales=parsed)


# --- answers and scores --------------------------------------------------------------------


def clean_answers(
    instrument: Instrument, raw: Mapping[object, object], *, require_all: bool = True
) -> dict[int, int]:
    """Turn submitted answers (ids and values as int or str) into {item id: value}.

    With `require_all` false, unanswered items are allowed (a half-finished questionnaire);
    blank values count as unanswered. Raises AnswerError listing every unknown id, non-numeric
    or out-of-range value and (when `require_all`) every missing item, so the caller can
    highlight all of them at once.
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
        [i for i in instrument.item_ids if i not in answers and i not in problems]
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
    if _is_int(value):
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
    """Score a complete set of answers into the mean of each scale (keyed values).

    Raises AnswerError unless every item has an in-range answer and no unknown id is present.
    Percentiles are filled in only for scales the instrument carries norms for.
    """
    answers = clean_answers(instrument, raw_answers, require_all=True)
    totals: dict[str, int] = {}
    counts: dict[str, int] = {}
    for item in instrument.items:
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
        )
    return Score(instrument=instrument.slug, scales=scales)


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
