"""The instruments this site offers, loaded once from the data files beside this module."""

from __future__ import annotations

from functools import cache

from securebase.assessments.instrument import (
    INSTRUMENTS_DIR,
    SYMPTOM_INSTRUMENTS_DIR,
    Instrument,
)
from securebase.assessments.instrument_files import load_instruments

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


# Symptom measures (PHQ-9, GAD-7): the same engine, offered by the questionnaires feature
# (`securebase.measures`) rather than the attachment self-assessment.
MEASURES = ("phq-9", "gad-7")


@cache
def _symptom_measures() -> dict[str, Instrument]:
    return load_instruments(SYMPTOM_INSTRUMENTS_DIR)


def measure_instruments() -> list[Instrument]:
    """The symptom measures, in the order they are listed."""
    loaded = _symptom_measures()
    return [loaded[slug] for slug in MEASURES if slug in loaded]


def get_measure(slug: str) -> Instrument | None:
    """The symptom measure with `slug`, or None."""
    return _symptom_measures().get(slug) if slug in MEASURES else None
