"""The long view of a person's check-ins: month by month, totals and runs since the start.

The trends page summarizes a recent window day by day (``trends.summarize_days`` over the
last ``WINDOW_WEEKS`` weeks). Everything before the window arrives already counted per month
(``Earlier``, read from the kept day counts), so the work grows with the months shown, not
with the check-ins behind them. ``summarize_earlier`` is the plain reference for ``Earlier``.

Pure module: no Django import. Months and days are calendar ones in the person's time zone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from securebase.checkins.stats import Day, iso_monday
from securebase.checkins.trends import Streak, checkin_streak
from securebase.core import dates
from securebase.core.numbers import round1

# Thirteen weeks: daily points read well (at most 91, under trends.DAILY_SPAN_MAX_DAYS), and
# the two four-week windows the sentences compare fit inside with room to spare.
WINDOW_WEEKS = 13


@dataclass(frozen=True)
class MonthCount:
    """One month's check-in days added up. ``mean_total`` is the sum of the day means."""

    first_day: date  # the month's first day with a check-in
    days: int
    checkins: int
    mean_total: Decimal
    low: int
    high: int
    acted: int
    resisted: int


@dataclass(frozen=True)
class Earlier:
    """What came before the window: months, the longest run, the run ending at the window."""

    months: tuple[MonthCount, ...] = ()
    longest_run: int = 0
    run_to_window: int = 0  # days in a row with a check-in ending the day before the window


@dataclass(frozen=True)
class MonthFigures:
    start: date  # the first of the month
    days: int
    checkins: int
    mean: Decimal  # average of the day means, rounded half up to one decimal
    low: int
    high: int
    acted: int
    resisted: int

    @property
    def start_text(self) -> str:
        return dates.month_year(self.start)


@dataclass(frozen=True)
class History:
    checkins: int
    days: int
    first_day: date | None
    months: tuple[MonthFigures, ...]  # oldest first; months without a check-in left out
    streak: Streak  # runs over the whole history; ``recent`` is the last four weeks


def window_start(today: date) -> date:
    """The first day of the recent window: a Monday, so its weeks are whole."""
    return iso_monday(today) - timedelta(weeks=WINDOW_WEEKS - 1)


def _month_counts(days: list[Day]) -> list[MonthCount]:
    months: dict[date, list[Day]] = {}
    for day in days:
        months.setdefault(day.day.replace(day=1), []).append(day)
    return [
        MonthCount(
            first_day=group[0].day,
            days=len(group),
            checkins=sum(d.checkins for d in group),
            mean_total=sum((d.mean for d in group), Decimal(0)),
            low=min(d.low for d in group),
            high=max(d.high for d in group),
            acted=sum(len(d.acted) for d in group),
            resisted=sum(len(d.resisted) for d in group),
        )
        for group in months.values()
    ]


def _runs(days: list[date]) -> list[tuple[date, int]]:
    """Each run of consecutive days as (its last day, its length), in order."""
    runs: list[tuple[date, int]] = []
    for day in days:
        if runs and day - runs[-1][0] == timedelta(days=1):
            runs[-1] = (day, runs[-1][1] + 1)
        else:
            runs.append((day, 1))
    return runs


def summarize_earlier(days: Mapping[date, Day], *, since: date) -> Earlier:
    """The plain reference: ``Earlier`` from every check-in day before ``since``, in order."""
    before = [day for day in days.values() if day.day < since]
    runs = _runs([day.day for day in before])
    return Earlier(
        months=tuple(_month_counts(before)),
        longest_run=max((length for _, length in runs), default=0),
        run_to_window=next((n for last, n in runs if last == since - timedelta(days=1)), 0),
    )


def _merge(first: MonthCount, second: MonthCount) -> MonthCount:
    return MonthCount(
        first_day=min(first.first_day, second.first_day),
        days=first.days + second.days,
        checkins=first.checkins + second.checkins,
        mean_total=first.mean_total + second.mean_total,
        low=min(first.low, second.low),
        high=max(first.high, second.high),
        acted=first.acted + second.acted,
        resisted=first.resisted + second.resisted,
    )


def practice_history(
    window: Mapping[date, Day],
    earlier: Earlier,
    *,
    today: date,
    since: date,
    recent: Streak | None = None,
) -> History:
    """Totals, months and runs over the whole history.

    ``window`` holds the check-in days from ``since`` on, oldest first; ``earlier`` what came
    before ``since``. A run that crosses into the window is counted whole. ``recent`` is
    ``trends.checkin_streak(window, today)`` when the caller has it already (the trends
    page's summary does), so it is not worked out twice.
    """
    months: dict[date, MonthCount] = {m.first_day.replace(day=1): m for m in earlier.months}
    for count in _month_counts(list(window.values())):
        start = count.first_day.replace(day=1)
        months[start] = _merge(months[start], count) if start in months else count
    figures = tuple(
        MonthFigures(
            start=start,
            days=m.days,
            checkins=m.checkins,
            mean=round1(m.mean_total / m.days),
            low=m.low,
            high=m.high,
            acted=m.acted,
            resisted=m.resisted,
        )
        for start, m in sorted(months.items())
    )
    if recent is None:
        recent = checkin_streak(window, today)
    end = today if today in window else today - timedelta(days=1)
    current = recent.current
    if current and end - timedelta(days=current - 1) == since:
        current += earlier.run_to_window
    runs = _runs(list(window))
    leading = runs[0][1] if runs and runs[0][0] - timedelta(days=runs[0][1] - 1) == since else 0
    longest = max(recent.longest, earlier.longest_run, earlier.run_to_window + leading)
    days = sum(m.days for m in figures)
    first_day = earlier.months[0].first_day if earlier.months else next(iter(window), None)
    return History(
        checkins=sum(m.checkins for m in figures),
        days=days,
        first_day=first_day,
        months=figures,
        streak=Streak(current, longest, days, recent.recent),
    )
