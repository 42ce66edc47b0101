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

Translations: an instrument's items are only ever shown in a language its authors (or a
validation study) published them in. A file may carry a ``translations`` block per language,
each with the published item wording, the citation of the translation and the permission to
use it; we never translate items ourselves. ``items_language`` picks the language the items
are shown in, and ``in_language`` gives the instrument with its items in that language.

This module holds the shapes and the two field checks every reader uses (``text_field``,
``is_int``); ``instrument_files`` and ``instrument_scales`` read and validate the files into
them.
"""

from __future__ import annotations

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


def text_field(data: Mapping[str, object], key: str, *, required: bool = True) -> str:
    """The string at ``key`` of a file's object, stripped; "" when absent and not required.

    Raises InstrumentError when it is missing (and required), empty or not a string.
    """
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


ENGLISH = "en"


@dataclass(frozen=True)
class Translation:
    """A published, validated translation of an instrument's items, with where it comes from.

    ``citation`` names the published translation (and its validation); ``permission`` is the
    statement that allows showing it. Both are required: without them there is no translation.
    """

    language: str
    citation: str
    permission: str
    instructions: str
    # Item id to the published wording; every item of the instrument has one.
    items: Mapping[int, str]
    # Answer labels, as the instrument's (same keys).
    labels: Mapping[int, str]
    # Item id to its own answer labels, for the items that have their own in English.
    item_labels: Mapping[int, Mapping[int, str]] = field(default_factory=dict)


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
    # Languages the items are available in (English, then those of `translations`), with a
    # note saying why no others are.
    languages: tuple[str, ...] = (ENGLISH,)
    language_note: str = ""
    translations: Mapping[str, Translation] = field(default_factory=dict)
    # The language the items (and answer labels, instructions) of this copy are in.
    items_language: str = ENGLISH
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


def base_language(code: str) -> str:
    """ "es-us" and "es_MX" are "es"; "" is English."""
    return (code or ENGLISH).replace("_", "-").split("-")[0].lower()


def items_language(instrument: Instrument, wanted: str) -> str:
    """The language `instrument`'s items are shown in for a reader of `wanted`.

    `wanted` itself when the instrument carries a cited, permitted translation into it (or it
    is English); English otherwise. We never offer items in a language nobody published them in.
    """
    language = base_language(wanted)
    if language == ENGLISH:
        return ENGLISH
    translation = instrument.translations.get(language)
    if translation is None or not translation.citation or not translation.permission:
        return ENGLISH
    return language


def in_language(instrument: Instrument, wanted: str) -> Instrument:
    """`instrument` with its items, answer labels and instructions in the language
    `items_language` picks for `wanted` (the instrument itself when that is English).

    Scoring is unchanged: item ids, scales and keys stay the same, only the words change.
    """
    language = items_language(instrument, wanted)
    if language == instrument.items_language:
        return instrument
    if language == ENGLISH:
        raise ValueError("in_language() starts from the English instrument")
    translation = instrument.translations[language]
    items = tuple(
        replace(
            item,
            text=translation.items[item.id],
            labels=translation.item_labels.get(item.id, item.labels),
        )
        for item in instrument.items
    )
    return replace(
        instrument,
        items=items,
        instructions=translation.instructions or instrument.instructions,
        response_scale=replace(instrument.response_scale, labels=translation.labels),
        items_language=language,
    )
