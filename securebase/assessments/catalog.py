"""The instruments this site offers, loaded once from the data files beside this module."""

from __future__ import annotations

from functools import cache

from securebase.assessments.instrument import INSTRUMENTS_DIR, Instrument, load_instruments

# The order people are offered them in: the full form first, it is the one the map and the
# explanations were written for; the short form for a quicker check.
OFFERED = ("ecr-r", "ecr-s")


@cache
def _loaded() -> dict[str, Instrument]:
    return load_instruments(INSTRUMENTS_DIR)


def offered_instruments() -> list[Instrument]:
    """Every instrument offered to visitors, in the order they are listed."""
    loaded = _loaded()
    return [loaded[slug] for slug in OFFERED if slug in loaded]


def get_instrument(slug: str) -> Instrument | None:
    """The offered instrument with `slug`, or None (an unknown slug is a 404, not an error)."""
    return _loaded().get(slug) if slug in OFFERED else None
