"""Days and weeks shared by the trends summaries and the sentences built from them.

Pure module: no Django import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from securebase.core import dates


class _kept:
    """``functools.cached_property`` without the lock Python 3.11 takes on a first read: a
    page makes a hundred Days, and two threads reading a new one at once would only work out
    the same value twice."""

    def __init__(self, method):
        self.method = method
        self.name = method.__name__
        self.__doc__ = method.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.method(instance)
        return value


@dataclass
class Day:
    """Everything one person noted on one calendar day in their own time zone.

    Anxiety is kept as its count, sum, lowest and highest: that is all any summary reads,
    and it is what a database can roll up by day (``checkins.queries.checkin_days``).
    """

    day: date
    checkins: int = 0
    anxiety_total: int = 0
    low: int = 10
    high: int = 0
    triggers: dict[str, int] = field(default_factory=dict)  # key -> check-ins naming it
    acted: set[str] = field(default_factory=set)
    resisted: set[str] = field(default_factory=set)

    def add_anxiety(self, value: int) -> None:
        """Count one check-in's anxiety rating (0-10) into the day."""
        self.checkins += 1
        self.anxiety_total += value
        self.low = min(self.low, value)
        self.high = max(self.high, value)

    @_kept
    def mean(self) -> Decimal:
        """The day's anxiety: the mean of its check-ins (read once the day is complete)."""
        if not self.checkins:
            raise ValueError("mean of no values")
        return Decimal(self.anxiety_total) / Decimal(self.checkins)


def iso_monday(day: date) -> date:
    """The Monday that starts ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def iso_label(day: date) -> str:
    """``day``'s ISO week as "2025-W03" (the ISO year, which can differ near New Year)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def short_date(day: date, *, with_year: bool = False) -> str:
    """ "Mar 4" or "Mar 4, 2025", as ``core/dates.py`` writes every date on the site."""
    return dates.short_date(day) if with_year else dates.month_day(day)
