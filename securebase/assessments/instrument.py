"""Attachment questionnaires as data: the shape of an instrument file, loaded and validated.

Pure domain code: standard library only, no Django. An instrument is a JSON file shaped like
``instruments/ecr-r.json``: a list of items, each belonging to one scale and possibly
reverse-keyed, a numeric response scale, and optional norms. Nothing here knows the ECR-R by
name, so the short form (or any other instrument of the same shape) goes through the same code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

INSTRUMENTS_DIR = Path(__file__).resolve().parent / "instruments"

# The two dimensions the map and the regions are drawn on. Other scales still score; they
# simply have no map.
ANXIETY = "anxiety"
AVOIDANCE = "avoidance"


class InstrumentError(ValueError):
    """The instrument data file is malformed; the message names the first problem found."""


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
        if not is_int(item_id) or item_id < 1:
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
