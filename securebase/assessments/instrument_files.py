"""Instrument files read and validated: JSON in, :mod:`.instrument` shapes out.

Pure domain code: standard library only, no Django. Every problem in a file raises
:class:`InstrumentError` naming the file and the place, so a broken instrument never loads.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from .instrument import (
    ENGLISH,
    INSTRUMENTS_DIR,
    MEAN,
    SUM,
    Instrument,
    InstrumentError,
    Item,
    ItemFlag,
    ResponseScale,
    Translation,
    is_int,
    text_field,
)
from .instrument_scales import parse_norms, parse_rules


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
    norms = parse_norms(data.get("norms"), scales=scales, response_scale=response_scale)
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
    translations = _parse_translations(
        data.get("translations"), items=items, response_scale=response_scale
    )
    if sorted(languages) != sorted([ENGLISH, *translations]):
        raise InstrumentError(
            "'languages' must list \"en\" and each language of 'translations' (a language "
            "without a cited, permitted translation is not offered)"
        )
    higher_is_worse = data.get("higher_is_worse", False)
    if not isinstance(higher_is_worse, bool):
        raise InstrumentError("'higher_is_worse' must be true or false")
    instrument = Instrument(
        slug=slug,
        name=text_field(data, "instrument"),
        short_name=text_field(data, "short_name"),
        citation=text_field(data, "citation"),
        permission=text_field(data, "permission"),
        instructions=text_field(data, "instructions", required=False),
        author_page=text_field(data, "author_page", required=False),
        response_scale=response_scale,
        items=items,
        norms=norms,
        score_method=method,
        languages=(ENGLISH, *translations),
        translations=translations,
        language_note=text_field(data, "language_note", required=False),
        higher_is_worse=higher_is_worse,
        loinc=text_field(data, "loinc", required=False),
    )
    rules = parse_rules(data, instrument)
    if not rules:
        return instrument
    return replace(instrument, rules=rules)


def _parse_translations(
    raw: object, *, items: tuple[Item, ...], response_scale: ResponseScale
) -> dict[str, Translation]:
    """Published translations by language: each cites its source and the permission to use it
    and gives the published wording of every item and answer label (we translate none)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InstrumentError("'translations' must map language codes to translations")
    translations: dict[str, Translation] = {}
    for language, entry in raw.items():
        where = f"translations.{language}"
        if not isinstance(language, str) or not language or language == ENGLISH:
            raise InstrumentError(f"{where}: the items' own language is English; name another")
        if not isinstance(entry, dict):
            raise InstrumentError(f"'{where}' must be an object")
        try:
            citation = text_field(entry, "citation")
            permission = text_field(entry, "permission")
        except InstrumentError:
            raise InstrumentError(
                f"'{where}' needs the 'citation' of the published, validated translation and "
                "the 'permission' to use it"
            ) from None
        texts = entry.get("items")
        if not isinstance(texts, dict):
            raise InstrumentError(f"'{where}.items' must map item ids to their published text")
        worded: dict[int, str] = {}
        for key, text in texts.items():
            if not str(key).isdigit() or not isinstance(text, str) or not text.strip():
                raise InstrumentError(f"'{where}.items' entry {key!r} needs an id and its text")
            worded[int(key)] = text.strip()
        if sorted(worded) != sorted(item.id for item in items):
            raise InstrumentError(f"'{where}.items' must give every item, and only those")
        labels = _parse_labels(
            entry.get("response_labels", {}),
            low=response_scale.low,
            high=response_scale.high,
            where=f"{where}.response_labels",
        )
        if set(labels) != set(response_scale.labels):
            raise InstrumentError(f"'{where}.response_labels' must word every English label")
        item_labels: dict[int, dict[int, str]] = {}
        raw_item_labels = entry.get("item_response_labels", {})
        if not isinstance(raw_item_labels, dict):
            raise InstrumentError(f"'{where}.item_response_labels' must be an object")
        for item in items:
            if item.labels is None:
                continue
            own = raw_item_labels.get(str(item.id))
            if own is None:
                raise InstrumentError(f"'{where}': item {item.id} needs its own answer labels")
            item_labels[item.id] = _parse_labels(
                own,
                low=response_scale.low,
                high=response_scale.high,
                where=f"{where} item {item.id} labels",
            )
        translations[language] = Translation(
            language=language,
            citation=citation,
            permission=permission,
            instructions=text_field(entry, "instructions", required=False),
            items=worded,
            labels=labels,
            item_labels=item_labels,
        )
    return translations


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
