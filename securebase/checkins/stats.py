"""Days and weeks shared by the trends summaries and the sentences built from them.

Pure module: no Django import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property

from securebase.core import dates
from securebase.core.numbers import mean


@dataclass
class Day:
    """Everything one person noted on one calendar day in their own time zone."""

    day: date
    anxieties: list[int] = field(default_factory=list)
    triggers: dict[str, int] = field(default_factory=dict)  # key -> check-ins naming it
    acted: set[str] = field(default_factory=set)
    resisted: set[str] = field(default_factory=set)

    @cached_property
    def mean(self) -> Decimal:
        """The day's anxiety: the mean of its check-ins (read once the day is complete)."""
        return mean(self.anxieties)


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
