"""How a no-contact stretch is counted. Pure module: no Django; ``today`` is passed in.

The count runs from the start date, or from the latest slip the person chose to restart it
from. A slip on its own never resets anything: that is the person's decision, not ours.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class SlipFact:
    happened_on: date
    restarted_count: bool


@dataclass(frozen=True, slots=True)
class Stretch:
    started_on: date
    counting_from: date
    days_so_far: int
    days_since_start: int
    slips: int


def summarize_stretch(*, started_on: date, slips: Iterable[SlipFact], today: date) -> Stretch:
    """Days of no contact so far, counted in whole calendar days in the person's time zone.

    ``today`` is the person's local date. Day counts never go below zero (a start date in the
    future counts as zero days). ``counting_from`` is the start date or the latest restart,
    whichever is later; restarts dated before the start date are ignored.
    """
    slips = list(slips)
    restarts = [s.happened_on for s in slips if s.restarted_count and s.happened_on >= started_on]
    counting_from = max([started_on, *restarts])
    return Stretch(
        started_on=started_on,
        counting_from=counting_from,
        days_so_far=max(0, (today - counting_from).days),
        days_since_start=max(0, (today - started_on).days),
        slips=len(slips),
    )
