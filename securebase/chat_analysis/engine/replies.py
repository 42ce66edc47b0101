"""Reply times of one person: summaries, histogram, heatmap and months.

* A wait **spans the night** when at least 2½ hours of it fall between 01:00 and 06:00 local
  time, or when it lasts a day or more. Such replies are summarised separately: a night's
  sleep is not a slow reply.
* Quantiles use linear interpolation between the closest ranks (the common "type 7"
  definition): for sorted values v and q in [0, 1], position (n - 1)·q.

All times are seconds; `starts` are local wall-clock times.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import fast

NIGHT_START = 1 * 3600
NIGHT_END = 6 * 3600
NIGHT_MINIMUM = int(2.5 * 3600)
# Histogram bin edges in seconds, roughly doubling: an even spacing on a log time axis.
HISTOGRAM_EDGES = (
    0,
    60,
    2 * 60,
    5 * 60,
    10 * 60,
    20 * 60,
    40 * 60,
    90 * 60,
    3 * 3600,
    6 * 3600,
    12 * 3600,
    24 * 3600,
    2 * 86400,
    4 * 86400,
)
# The one threshold for small samples, for the web report and analyze_chat alike: the report
# (presentation/report.py) shows no median, quartile, percentile or "usually" from fewer
# replies than this, and a silence is compared only with at least this many of theirs.
MIN_REPLIES = 5
HOURS_IN_WEEK = 7 * 24


@dataclass(frozen=True)
class Summary:
    """A distribution of durations (seconds). Quantiles are None when there are no values."""

    count: int
    median: float | None
    q1: float | None
    q3: float | None
    p90: float | None


@dataclass(frozen=True)
class Cell:
    """One hour-of-day × weekday cell: how many replies and their median (seconds)."""

    weekday: int  # Monday = 0
    hour: int
    count: int
    median: float | None


@dataclass(frozen=True)
class MonthValue:
    month: str  # "2024-03"
    count: int
    median: float | None


@dataclass(frozen=True)
class ReplyStats:
    """Reply times of one person to the other."""

    day: Summary  # replies whose wait did not span the night
    overnight: Summary  # replies whose wait spanned the night
    all: Summary
    histogram: tuple[int, ...]  # counts per HISTOGRAM_EDGES bin, all replies
    heatmap: tuple[Cell, ...]  # by local weekday and hour the wait started, all replies
    monthly: tuple[MonthValue, ...]  # by the local month the wait started, all replies


def quantile(sorted_values: Sequence[float], q: float) -> float | None:
    """Linear-interpolation quantile of already sorted values (None if empty)."""
    n = len(sorted_values)
    if not n:
        return None
    position = (n - 1) * q
    low = int(position)
    high = min(low + 1, n - 1)
    fraction = position - low
    below, above = sorted_values[low], sorted_values[high]
    if not isinstance(below, float):  # numpy integers become Python ones: exact arithmetic
        below, above = int(below), int(above)
    # Rounded to a millisecond so that worked examples compare exactly.
    return round(below + (above - below) * fraction, 3)


def spans_night(start_wall: int, seconds: int) -> bool:
    """Whether a wait starting at local `start_wall` and lasting `seconds` spans the night."""
    if seconds >= 86400:
        return True
    if seconds < NIGHT_MINIMUM:
        return False
    end = start_wall + seconds
    midnight = start_wall - start_wall % 86400
    for day in (midnight, midnight + 86400):
        overlap = min(end, day + NIGHT_END) - max(start_wall, day + NIGHT_START)
        if overlap >= NIGHT_MINIMUM:
            return True
    return False


def night_flags(starts: Sequence[int], waits: Sequence[int]) -> Sequence[bool]:
    """`spans_night()` for every wait."""
    return fast.spans_night_many(
        starts, waits, night_start=NIGHT_START, night_end=NIGHT_END, minimum=NIGHT_MINIMUM
    )


def month_label(key: int) -> str:
    """Months since year 0 (year * 12 + month - 1) as "YYYY-MM"."""
    return f"{key // 12:04d}-{key % 12 + 1:02d}"


def reply_stats(gaps: Sequence[int], starts: Sequence[int], night: Sequence[bool]) -> ReplyStats:
    """Statistics of one person's replies: wait lengths, wall-clock starts, night flags."""
    ordered, day, overnight = fast.sort_split_by_flag(gaps, night)
    # Weekday (Monday = 0) and hour of the wait's start as one number, 0..167: 1970-01-01
    # was a Thursday, so hour h since the epoch is hour (h + 72) % 168 of a Monday week.
    cells = (fast.column(starts) + 3 * 86400) // 3600 % HOURS_IN_WEEK
    heatmap = tuple(
        Cell(weekday=key // 24, hour=key % 24, count=len(group), median=quantile(group, 0.5))
        for key, group in enumerate(fast.sorted_groups(cells, gaps, HOURS_IN_WEEK))
    )
    return ReplyStats(
        day=summary_of_sorted(day),
        overnight=summary_of_sorted(overnight),
        all=summary_of_sorted(ordered),
        histogram=tuple(fast.bin_counts(ordered, HISTOGRAM_EDGES)),
        heatmap=heatmap,
        monthly=monthly_medians(starts, gaps),
    )


def monthly_medians(starts: Sequence[int], gaps: Sequence[int]) -> tuple[MonthValue, ...]:
    """Count and median of `gaps` by the local month of `starts`, months with replies only."""
    if not len(gaps):
        return ()
    months = fast.month_keys(starts)
    first = int(months.min())
    groups = fast.sorted_groups(months - first, gaps, int(months.max()) - first + 1)
    return tuple(
        MonthValue(month=month_label(first + key), count=len(group), median=quantile(group, 0.5))
        for key, group in enumerate(groups)
        if len(group)
    )


def summary_of_sorted(ordered: Sequence[int]) -> Summary:
    return Summary(
        count=len(ordered),
        median=quantile(ordered, 0.5),
        q1=quantile(ordered, 0.25),
        q3=quantile(ordered, 0.75),
        p90=quantile(ordered, 0.9),
    )
