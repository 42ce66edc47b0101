"""What a series of PHQ-9 or GAD-7 totals says: bands, and reliable change since the first and
the last result. Pure code: no Django."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from securebase.assessments.change import ReliableChange, reliable_change
from securebase.assessments.instrument import Band, Instrument

TOTAL = "total"


@dataclass(frozen=True)
class Reading:
    taken_at: datetime
    total: int
    band: Band | None


@dataclass(frozen=True)
class Series:
    instrument: Instrument
    readings: tuple[Reading, ...]
    # Change from the first result to the latest, and from the one before the latest to it.
    since_first: ReliableChange | None
    since_last: ReliableChange | None

    @property
    def latest(self) -> Reading | None:
        return self.readings[-1] if self.readings else None


def change_between(instrument: Instrument, first: int, last: int) -> ReliableChange | None:
    """Reliable change from `first` to `last` with the figures in `instrument`'s data file,
    or None when the file cites none."""
    rules = instrument.rules.get(TOTAL)
    if rules is None or rules.reliable_change is None:
        return None
    return reliable_change(
        first=first,
        last=last,
        sd=rules.reliable_change.sd,
        reliability=rules.reliable_change.reliability,
        cutoff=rules.cutoff,
        higher_is_worse=instrument.higher_is_worse,
    )


def read_series(instrument: Instrument, totals: Sequence[tuple[datetime, int]]) -> Series:
    """Band every total (given oldest first) and say how the latest one changed."""
    readings = tuple(
        Reading(taken_at=when, total=total, band=instrument.band_for(TOTAL, total))
        for when, total in totals
    )
    since_first = since_last = None
    if len(readings) > 1:
        since_first = change_between(instrument, readings[0].total, readings[-1].total)
        since_last = change_between(instrument, readings[-2].total, readings[-1].total)
    return Series(
        instrument=instrument, readings=readings, since_first=since_first, since_last=since_last
    )
