"""Questionnaires as data: the shape of an instrument file, loaded and validated.

Pure domain code: standard library only, no Django. An instrument is a JSON file shaped like
``instruments/ecr-r.json``: a list of items, each belonging to one scale and possibly
reverse-keyed, a numeric response scale, and optional norms. Nothing here knows the ECR-R by
name, so the short form (or any other instrument of the same shape) goes through the same code.

Symptom measures (``instruments/symptoms/phq-9.json``, ``gad-7.json``) use the same shape with
a few optional extras: ``score_method`` "sum" (scale totals instead of means), severity
``bands`` and a clinical ``cutoff`` per scale, ``reliable_change`` figures per scale, items that
are shown but not scored (``"scored": false``) or may be left blank (``"required": false``),
items with their own answer labels (``response_labels``), and per-item ``flag`` rules (an
answer above a value raises a named flag, e.g. PHQ-9 item 9).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path

INSTRUMENTS_DIR = Path(__file__).resolve().parent / "instruments"
# Symptom measures live one folder down, so the attachment questionnaires listed by
# ``load_instruments()`` stay exactly the ECR-R and ECR-S.
SYMPTOM_INSTRUMENTS_DIR = INSTRUMENTS_DIR / "symptoms"

MEAN = "mean"
SUM = "sum"

# The two dimensions the map and the regions are drawn on. Other scales still score; they
# simply have no map.
ANXIETY = "anxiety"
AVOIDANCE = "avoidance"


class InstrumentError(ValueError):
    """The instrument data file is malformed; the message names the first problem found."""


@dataclass(frozen=True)
class ItemFlag:
    """An answer above `above` to this item raises the flag `kind` (e.g. "self-harm")."""

    above: int
    kind: str


@dataclass(frozen=True)
class Item:
    id: int
    text: str
    # "" for an item that is shown but not scored.
    scale: str
    reverse: bool
    scored: bool = True
    required: bool = True
    # Answer labels of this item when they differ from the instrument's (same range).
    labels: Mapping[int, str] | None = None
    flag: ItemFlag | None = None


@dataclass(frozen=True)
class Band:
    """A published severity range of a scale total, both ends included."""

    key: str
    label: str
    low: int
    high: int

    def contains(self, total: int) -> bool:
        return self.low <= total <= self.high


@dataclass(frozen=True)
class ReliabilityFigures:
    """What the Jacobson-Truax reliable change index needs, with where each figure comes from."""

    reliability: float
    reliability_source: str
    sd: float
    sd_source: str


@dataclass(frozen=True)
class ScaleRules:
    bands: tuple[Band, ...] = ()
    cutoff: int | None = None
    cutoff_source: str = ""
    reliable_change: ReliabilityFigures | None = None


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
    # "mean" (the ECR family) or "sum" (the PHQ-9 and GAD-7).
    score_method: str = MEAN
    rules: Mapping[str, ScaleRules] = field(default_factory=dict)
    # Languages the items are available in, with a note saying why no others are.
    languages: tuple[str, ...] = ("en",)
    language_note: str = ""
    # For symptom measures a higher total means more symptoms.
    higher_is_worse: bool = False
    # The LOINC code of the whole questionnaire (used when exporting to FHIR), where known.
    loinc: str = ""

    @property
    def item_ids(self) -> tuple[int, ...]:
        return tuple(item.id for item in self.items)

    @property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.scored)

    @property
    def scales(self) -> tuple[str, ...]:
        """Scale names in the order their first scored item appears."""
        seen: dict[str, None] = {}
        for item in self.scored_items:
            seen.setdefault(item.scale, None)
        return tuple(seen)

    @property
    def flagged_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.flag is not None)

    def labels_for(self, item: Item) -> Mapping[int, str]:
        """The answer labels shown for `item` (its own, or the instrument's)."""
        return item.labels if item.labels is not None else self.response_scale.labels

    def total_range(self, scale: str) -> tuple[int, int]:
        """Lowest and highest possible total of `scale` (a sum of its scored items)."""
        count = sum(1 for item in self.scored_items if item.scale == scale)
        return count * self.response_scale.low, count * self.response_scale.high

    def band_for(self, scale: str, total: int) -> Band | None:
        """The published severity band `total` falls in, or None when the scale has none."""
        rules = self.rules.get(scale)
        if rules is None:
            return None
        for band in rules.bands:
            if band.contains(total):
                return band
        return None

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
    items = _parse_items(data.get("items"), response_scale=response_scale)
    items = _apply_display_order(items, data.get("display_order"))
    scales = {item.scale for item in items if item.scored}
    norms = _parse_norms(data.get("norms"), scales=scales, response_scale=response_scale)
    method = data.get("score_method", MEAN)
    if method not in (MEAN, SUM):
        raise InstrumentError('\'score_method\' must be "mean" or "sum"')
    languages = data.get("languages", ["en"])
    if (
        not isinstance(languages, list)
        or not languages
        or not all(isinstance(code, str) and code for code in languages)
    ):
        raise InstrumentError("'languages' must be a non-empty list of language codes")
    higher_is_worse = data.get("higher_is_worse", False)
    if not isinstance(higher_is_worse, bool):
        raise InstrumentError("'higher_is_worse' must be true or false")
    instrument = Instrument(
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
        score_method=method,
        languages=tuple(languages),
        language_note=_text(data, "language_note", required=False),
        higher_is_worse=higher_is_worse,
        loinc=_text(data, "loinc", required=False),
    )
    rules = _parse_rules(data, instrument)
    if not rules:
        return instrument
    return replace(instrument, rules=rules)


def _text(data: Mapping[str, object], key: str, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise InstrumentError(f"'{key}' must be a non-empty string")
    return value.strip()


def is_int(value: object) -> bool:
    """True for a whole number given as an int (not a bool, not a float)."""
    # bool is an int subclass; true/false in a data file is a mistake, not 1/0.
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_response_scale(raw: object) -> ResponseScale:
    if not isinstance(raw, dict):
        raise InstrumentError("'response_scale' must be an object")
    low, high = raw.get("min"), raw.get("max")
    if not (is_int(low) and is_int(high)) or low >= high:
        raise InstrumentError("'response_scale' needs whole numbers 'min' < 'max'")
    points = raw.get("points")
    if points is not None and points != high - low + 1:
        raise InstrumentError(
            f"'response_scale.points' is {points} but min-max spans {high - low + 1}"
        )
    labels = _parse_labels(raw.get("labels", {}), low=low, high=high, where="response_scale.labels")
    return ResponseScale(low=low, high=high, labels=labels)


def _parse_labels(labels_raw: object, *, low: int, high: int, where: str) -> dict[int, str]:
    if not isinstance(labels_raw, dict):
        raise InstrumentError(f"'{where}' must be an object")
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
    return labels


def _parse_items(raw: object, *, response_scale: ResponseScale) -> tuple[Item, ...]:
    if not isinstance(raw, list) or not raw:
        raise InstrumentError("'items' must be a non-empty list")
    items: list[Item] = []
    seen: set[int] = set()
    for position, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            raise InstrumentError(f"item #{position} must be an object")
        item_id = entry.get("id")
        if not is_int(item_id) or item_id < 1:
            raise InstrumentError(f"item #{position} needs a positive whole-number 'id'")
        if item_id in seen:
            raise InstrumentError(f"item id {item_id} appears twice")
        seen.add(item_id)
        text = entry.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InstrumentError(f"item {item_id} needs 'text'")
        scored, required = entry.get("scored", True), entry.get("required", True)
        if not isinstance(scored, bool) or not isinstance(required, bool):
            raise InstrumentError(f"item {item_id}: 'scored' and 'required' must be true or false")
        if scored:
            scale, reverse = entry.get("scale"), entry.get("reverse")
            if not isinstance(scale, str) or not scale.strip():
                raise InstrumentError(f"item {item_id} needs a 'scale' name")
            if not isinstance(reverse, bool):
                raise InstrumentError(f"item {item_id} needs 'reverse' true or false")
            scale = scale.strip()
        else:
            if "scale" in entry or entry.get("reverse", False):
                raise InstrumentError(f"item {item_id} is not scored, so it has no scale")
            scale, reverse = "", False
        labels = None
        if "response_labels" in entry:
            labels = _parse_labels(
                entry["response_labels"],
                low=response_scale.low,
                high=response_scale.high,
                where=f"item {item_id} response_labels",
            )
        items.append(
            Item(
                id=item_id,
                text=text.strip(),
                scale=scale,
                reverse=reverse,
                scored=scored,
                required=required,
                labels=labels,
                flag=_parse_flag(entry.get("flag"), item_id=item_id, scale=response_scale),
            )
        )
    if not any(item.scored for item in items):
        raise InstrumentError("at least one item must be scored")
    return tuple(items)


def _parse_flag(raw: object, *, item_id: int, scale: ResponseScale) -> ItemFlag | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise InstrumentError(f"item {item_id} 'flag' must be an object")
    above, kind = raw.get("above"), raw.get("kind")
    if not is_int(above) or not scale.low <= above < scale.high:
        raise InstrumentError(f"item {item_id} flag needs 'above' inside the response scale")
    if not isinstance(kind, str) or not kind.strip():
        raise InstrumentError(f"item {item_id} flag needs a 'kind'")
    return ItemFlag(above=above, kind=kind.strip())


def _parse_rules(data: Mapping[str, object], instrument: Instrument) -> dict[str, ScaleRules]:
    """Bands, cut-off and reliable-change figures per scale, checked against the totals."""
    names = ("bands", "cutoff", "reliable_change")
    present = {name: data.get(name) for name in names if data.get(name) is not None}
    if not present:
        return {}
    if instrument.score_method != SUM:
        raise InstrumentError("'bands', 'cutoff' and 'reliable_change' need score_method \"sum\"")
    for name, value in present.items():
        if not isinstance(value, dict):
            raise InstrumentError(f"'{name}' must map scale names to their figures")
        for scale in value:
            if scale not in instrument.scales:
                raise InstrumentError(f"'{name}' given for unknown scale {scale!r}")
    rules: dict[str, ScaleRules] = {}
    for scale in instrument.scales:
        low, high = instrument.total_range(scale)
        bands = _parse_bands(present.get("bands", {}).get(scale), scale=scale, low=low, high=high)
        cutoff, cutoff_source = _parse_cutoff(
            present.get("cutoff", {}).get(scale), scale=scale, low=low, high=high
        )
        figures = _parse_reliability(present.get("reliable_change", {}).get(scale), scale=scale)
        rules[scale] = ScaleRules(
            bands=bands, cutoff=cutoff, cutoff_source=cutoff_source, reliable_change=figures
        )
    return rules


def _parse_bands(raw: object, *, scale: str, low: int, high: int) -> tuple[Band, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        raise InstrumentError(f"bands for {scale!r} must be a non-empty list")
    bands: list[Band] = []
    expected = low
    for entry in raw:
        if not isinstance(entry, dict):
            raise InstrumentError(f"each band for {scale!r} must be an object")
        band_low, band_high = entry.get("min"), entry.get("max")
        if not (is_int(band_low) and is_int(band_high)) or band_low > band_high:
            raise InstrumentError(f"a band for {scale!r} needs whole numbers 'min' <= 'max'")
        if band_low != expected:
            raise InstrumentError(
                f"bands for {scale!r} must run on from {expected} without gaps or overlaps"
            )
        bands.append(
            Band(
                key=_text(entry, "key"),
                label=_text(entry, "label"),
                low=band_low,
                high=band_high,
            )
        )
        expected = band_high + 1
    if expected != high + 1:
        raise InstrumentError(f"bands for {scale!r} must end at the highest total, {high}")
    return tuple(bands)


def _parse_cutoff(raw: object, *, scale: str, low: int, high: int) -> tuple[int | None, str]:
    if raw is None:
        return None, ""
    if not isinstance(raw, dict):
        raise InstrumentError(f"cutoff for {scale!r} must be an object")
    value = raw.get("value")
    if not is_int(value) or not low < value <= high:
        raise InstrumentError(f"cutoff for {scale!r} needs a whole 'value' inside {low}-{high}")
    return value, _text(raw, "source")


def _parse_reliability(raw: object, *, scale: str) -> ReliabilityFigures | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise InstrumentError(f"reliable_change for {scale!r} must be an object")
    reliability, sd = raw.get("reliability"), raw.get("sd")
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (reliability, sd))
    if not numbers or not 0 < reliability < 1 or not sd > 0:
        raise InstrumentError(
            f"reliable_change for {scale!r} needs 'reliability' between 0 and 1 and a positive 'sd'"
        )
    return ReliabilityFigures(
        reliability=float(reliability),
        reliability_source=_text(raw, "reliability_source"),
        sd=float(sd),
        sd_source=_text(raw, "sd_source"),
    )


def _apply_display_order(items: tuple[Item, ...], order: object) -> tuple[Item, ...]:
    if order is None:
        return items
    by_id = {item.id: item for item in items}
    if (
        not isinstance(order, list)
        or not all(is_int(item_id) for item_id in order)
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
