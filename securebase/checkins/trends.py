"""Summaries of a person's own practice over time: check-ins, with pauses and journal days.

Pure module: no Django import. The caller reads the facts from the database, passes ``now``
and the person's time zone, and renders what comes back.

Conventions every number on the trends page follows (docs/daily-practice.md repeats them):

- A *day* is a calendar day in the person's time zone.
- A day's anxiety is the mean of that day's check-ins, so a day with five check-ins counts
  as much as a day with one. Averages over days or weeks are means of day means.
- A protest behavior counts once per day and mark: acted on at least once that day, and/or
  resisted at least once that day. A behavior resisted in the morning and acted on at night
  counts once in each column.
- Averages are rounded half up to one decimal, and a difference is taken between the rounded
  figures, so the numbers shown beside a sentence always add up to the sentence.

Sentences (see :mod:`securebase.checkins.insights`) appear only above a minimum amount of
data, with the numbers behind them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from securebase.checkins import vocabulary
from securebase.checkins.activity import JournalActivity, journal_activity
from securebase.checkins.insights import Evidence, Insight, practice_insights
from securebase.checkins.stats import Day, iso_label, iso_monday
from securebase.core.dates import weekday_date
from securebase.core.numbers import mean, mean_to_tenths, round1

if TYPE_CHECKING:  # the pause tool is a separate app; only its summary's shape is needed
    from securebase.pause.summary import PauseSummary

__all__ = [
    "AnxietyPoint",
    "AnxietySeries",
    "BehaviorTotal",
    "BehaviorWeek",
    "CheckinFact",
    "DayMark",
    "Evidence",
    "Insight",
    "JournalActivity",
    "Streak",
    "Trends",
    "TriggerCount",
    "summarize_practice",
]

# Up to about three months a point per day reads well; beyond that a point per ISO week.
DAILY_SPAN_MAX_DAYS = 92
RECENT_DAYS = 28


@dataclass(frozen=True)
class CheckinFact:
    """One check-in as the summaries need it. ``at`` is timezone-aware."""

    at: datetime
    anxiety: int
    triggers: tuple[str, ...] = ()
    behaviors: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AnxietyPoint:
    start: date  # the day itself, or the Monday of the ISO week
    label: str  # "2025-03-04" or "2025-W10"
    mean: float
    low: int
    high: int
    checkins: int
    days: int


@dataclass(frozen=True)
class AnxietySeries:
    granularity: str  # "day" or "week"
    points: tuple[AnxietyPoint, ...]


@dataclass(frozen=True)
class DayMark:
    day: date
    checkins: int

    @property
    def weekday_text(self) -> str:
        return weekday_date(self.day)


@dataclass(frozen=True)
class Streak:
    current: int
    longest: int
    days_with_checkins: int
    recent: tuple[DayMark, ...]  # the last RECENT_DAYS days, oldest first, ending today


@dataclass(frozen=True)
class TriggerCount:
    key: str
    label: str
    checkins: int
    days: int


@dataclass(frozen=True)
class BehaviorWeek:
    start: date  # Monday
    label: str  # ISO week, "2025-W10"
    acted: int
    resisted: int
    checkin_days: int


@dataclass(frozen=True)
class BehaviorTotal:
    key: str
    label: str
    acted: int
    resisted: int


@dataclass(frozen=True)
class Trends:
    today: date
    checkins: int
    days: int
    first_day: date | None
    last_day: date | None
    anxiety: AnxietySeries
    streak: Streak
    triggers: tuple[TriggerCount, ...]
    behavior_weeks: tuple[BehaviorWeek, ...]
    behavior_totals: tuple[BehaviorTotal, ...]
    pause: PauseSummary | None  # None when the pause tool is not installed
    insights: tuple[Insight, ...]
    journal: JournalActivity | None  # None when the journal is not installed


def group_by_day(checkins: Iterable[CheckinFact], tz: tzinfo) -> dict[date, Day]:
    """Check-ins gathered by calendar day in ``tz``, in date order."""
    days: dict[date, Day] = {}
    for fact in checkins:
        local = fact.at.astimezone(tz).date()
        day = days.get(local)
        if day is None:
            day = days[local] = Day(local)
        day.add_anxiety(fact.anxiety)
        for key in set(fact.triggers):
            day.triggers[key] = day.triggers.get(key, 0) + 1
        for key, mark in fact.behaviors.items():
            if mark == vocabulary.ACTED:
                day.acted.add(key)
            elif mark == vocabulary.RESISTED:
                day.resisted.add(key)
    return dict(sorted(days.items()))


def anxiety_over_time(days: Mapping[date, Day]) -> AnxietySeries:
    """Anxiety per day, or per ISO week once the data spans more than about three months."""
    if not days:
        return AnxietySeries("day", ())
    ordered = list(days.values())
    span = (ordered[-1].day - ordered[0].day).days + 1
    if span <= DAILY_SPAN_MAX_DAYS:
        return AnxietySeries("day", tuple(_day_point(d) for d in ordered))
    weeks: dict[date, list[Day]] = {}
    for d in ordered:
        weeks.setdefault(iso_monday(d.day), []).append(d)
    points = tuple(_anxiety_point(start, iso_label(start), group) for start, group in weeks.items())
    return AnxietySeries("week", points)


def _anxiety_point(start: date, label: str, group: list[Day]) -> AnxietyPoint:
    return AnxietyPoint(
        start=start,
        label=label,
        mean=float(round1(mean(d.mean for d in group))),
        low=min(d.low for d in group),
        high=max(d.high for d in group),
        checkins=sum(d.checkins for d in group),
        days=len(group),
    )


def _day_point(day: Day) -> AnxietyPoint:
    """``_anxiety_point`` for a single day: the mean of one day mean is that mean, so it is
    rounded as it is. A page of daily points makes ninety of these; this skips the generic
    mean of a one-item group (a Decimal sum and division that change nothing), and rounds
    in whole numbers (``numbers.mean_to_tenths``)."""
    return AnxietyPoint(
        start=day.day,
        label=day.day.isoformat(),
        mean=mean_to_tenths(day.anxiety_total, day.checkins),
        low=day.low,
        high=day.high,
        checkins=day.checkins,
        days=1,
    )


def checkin_streak(days: Mapping[date, Day], today: date) -> Streak:
    """Consecutive days with a check-in.

    The current streak ends today, or yesterday when there is no check-in yet today — the
    day is not over, so nothing has been missed.
    """
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    cursor = today if today in days else today - timedelta(days=1)
    while cursor in days:
        current += 1
        cursor -= timedelta(days=1)
    recent = tuple(
        DayMark(d, days[d].checkins if d in days else 0)
        for d in (today - timedelta(days=n) for n in range(RECENT_DAYS - 1, -1, -1))
    )
    return Streak(current=current, longest=longest, days_with_checkins=len(days), recent=recent)


def trigger_frequency(days: Mapping[date, Day]) -> tuple[TriggerCount, ...]:
    """How often each trigger was noted, in check-ins and in days; most frequent first.

    Every offered trigger is listed (zeros included) so the chart keeps its shape; retired
    keys found in the data are added after them.
    """
    by_checkin: dict[str, int] = {t.key: 0 for t in vocabulary.TRIGGERS}
    by_day: dict[str, int] = dict.fromkeys(by_checkin, 0)
    for day in days.values():
        for key, count in day.triggers.items():
            by_checkin[key] = by_checkin.get(key, 0) + count
            by_day[key] = by_day.get(key, 0) + 1
    order = {key: index for index, key in enumerate(by_checkin)}
    rows = [
        TriggerCount(key, vocabulary.label_for("trigger", key), by_checkin[key], by_day[key])
        for key in by_checkin
    ]
    rows.sort(key=lambda row: (-row.days, -row.checkins, order[row.key]))
    return tuple(rows)


def behaviors_by_week(days: Mapping[date, Day]) -> tuple[BehaviorWeek, ...]:
    """Protest behaviors acted on and resisted per ISO week, counted in behavior-days.

    Weeks between the first and the last check-in with no check-in at all are included as
    zeros (with ``checkin_days`` 0) so the chart's time axis stays honest.
    """
    if not days:
        return ()
    tallies: dict[date, list[int]] = {}
    for day in days.values():
        tally = tallies.setdefault(iso_monday(day.day), [0, 0, 0])
        tally[0] += len(day.acted)
        tally[1] += len(day.resisted)
        tally[2] += 1
    first, last = min(tallies), max(tallies)
    weeks = []
    monday = first
    while monday <= last:
        acted, resisted, checkin_days = tallies.get(monday, (0, 0, 0))
        weeks.append(BehaviorWeek(monday, iso_label(monday), acted, resisted, checkin_days))
        monday += timedelta(days=7)
    return tuple(weeks)


def behavior_totals(days: Mapping[date, Day]) -> tuple[BehaviorTotal, ...]:
    """Each protest behavior's acted and resisted behavior-days over all the data."""
    acted: dict[str, int] = {t.key: 0 for t in vocabulary.PROTEST_BEHAVIORS}
    resisted: dict[str, int] = dict.fromkeys(acted, 0)
    for day in days.values():
        for key in day.acted:
            acted[key] = acted.get(key, 0) + 1
            resisted.setdefault(key, 0)
        for key in day.resisted:
            resisted[key] = resisted.get(key, 0) + 1
            acted.setdefault(key, 0)
    return tuple(
        BehaviorTotal(key, vocabulary.label_for("behavior", key), acted[key], resisted[key])
        for key in acted
    )


def summarize_practice(
    checkins: Iterable[CheckinFact],
    pause: PauseSummary | None,
    *,
    now: datetime,
    tz: tzinfo,
    journal_days: Iterable[date] | None = None,
) -> Trends:
    """Everything the trends page shows, for one person's own check-ins and pauses.

    ``now`` is timezone-aware; ``tz`` is the person's time zone, which decides where each
    day begins and ends. ``journal_days`` are the local dates of their journal entries.
    ``pause`` is the pause tool's summary (``pause.summary.summarize_pauses``); it and
    ``journal_days`` are None when that feature is not installed, and so is their part of
    the result.

    This is the plain reference: it reads every check-in. The page passes days already
    rolled up by the database to :func:`summarize_days`, which gives the same result.
    """
    return summarize_days(
        group_by_day(checkins, tz),
        pause,
        today=now.astimezone(tz).date(),
        journal_days=journal_days,
    )


def summarize_days(
    days: Mapping[date, Day],
    pause: PauseSummary | None,
    *,
    today: date,
    journal_days: Iterable[date] | None = None,
    journal_earlier: int = 0,
    insights: bool = True,
) -> Trends:
    """Everything the trends page shows, from check-in days in date order.

    ``days`` maps each local date with a check-in to its :class:`Day`, oldest first (as
    :func:`group_by_day` or ``checkins.queries.checkin_days`` make them); ``today`` is the
    person's local date. The work grows with the number of days, never with check-ins.
    ``insights=False`` leaves the sentences out (``insights`` is empty) for a page that does
    not show them, such as the clinician's panels. ``journal_earlier`` counts the journal
    entries older than ``journal_days`` (left out of them, as days before ``days`` are).
    """
    return Trends(
        today=today,
        checkins=sum(day.checkins for day in days.values()),
        days=len(days),
        first_day=next(iter(days), None),
        last_day=next(reversed(days), None) if days else None,
        anxiety=anxiety_over_time(days),
        streak=checkin_streak(days, today),
        triggers=trigger_frequency(days),
        behavior_weeks=behaviors_by_week(days),
        behavior_totals=behavior_totals(days),
        pause=pause,
        insights=practice_insights(days, pause, today=today) if insights else (),
        journal=None
        if journal_days is None
        else journal_activity(journal_days, today=today, earlier=journal_earlier),
    )
