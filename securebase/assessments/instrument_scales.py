"""What an instrument file says about each scale's totals, read and validated: severity
bands, a screening cut-off and reliable-change figures (``parse_rules``), and the published
norms a result is compared with (``parse_norms``).

Pure domain code: standard library only, no Django. ``instrument_files`` reads the rest of the
file and calls these; every problem raises :class:`InstrumentError` naming the place.
"""

from __future__ import annotations

from collections.abc import Mapping

from .instrument import (
    SUM,
    Band,
    Instrument,
    InstrumentError,
    Norms,
    ReliabilityFigures,
    ResponseScale,
    ScaleNorm,
    ScaleRules,
    is_int,
    text_field,
)


def parse_rules(data: Mapping[str, object], instrument: Instrument) -> dict[str, ScaleRules]:
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
                key=text_field(entry, "key"),
                label=text_field(entry, "label"),
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
    return value, text_field(raw, "source")


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
        reliability_source=text_field(raw, "reliability_source"),
        sd=float(sd),
        sd_source=text_field(raw, "sd_source"),
    )


def parse_norms(raw: object, *, scales: set[str], response_scale: ResponseScale) -> Norms | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise InstrumentError("'norms' must be null or an object")
    source = text_field(raw, "source")
    sample = text_field(raw, "sample", required=False)
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
