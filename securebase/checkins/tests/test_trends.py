"""The trends summaries, on small data sets whose answers were worked out by hand."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from securebase.checkins import trends
from securebase.checkins.stats import iso_label
from securebase.checkins.trends import CheckinFact
from securebase.pause.summary import summarize_pauses

LA = ZoneInfo("America/Los_Angeles")


def at(day: date, hour: int = 12, tz=LA) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=tz)


def checkin(day: date, anxiety: int, *, hour: int = 12, triggers=(), behaviors=None):
    return CheckinFact(at(day, hour), anxiety, tuple(triggers), behaviors or {})


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (date(2025, 3, 10), "2025-W11"),
        (date(2024, 12, 30), "2025-W01"),
        (date(2021, 1, 3), "2020-W53"),
    ],
)
def test_it_labels_iso_weeks_with_the_iso_year(day, label):
    assert iso_label(day) == label


def test_it_puts_a_late_evening_check_in_on_the_persons_own_day():
    # 06:30 UTC on 10 March 2025 is 23:30 on 9 March in Los Angeles (PDT, UTC-7).
    fact = CheckinFact(datetime(2025, 3, 10, 6, 30, tzinfo=UTC), 5)
    days = trends.group_by_day([fact], LA)
    assert list(days) == [date(2025, 3, 9)]
    assert list(trends.group_by_day([fact], ZoneInfo("Europe/London"))) == [date(2025, 3, 10)]


def test_it_gives_each_day_one_vote_in_averages():
    # Day one: 2 and 4 (a day mean of 3); day two: a single 9. Mean of days = 6.0, whereas
    # the mean of the three check-ins would be 5.0.
    d1, d2 = date(2025, 5, 1), date(2025, 5, 2)
    facts = [checkin(d1, 2, hour=9), checkin(d1, 4, hour=20), checkin(d2, 9)]
    series = trends.anxiety_over_time(trends.group_by_day(facts, LA))
    assert series.granularity == "day"
    assert [(p.label, p.mean, p.low, p.high, p.checkins) for p in series.points] == [
        ("2025-05-01", 3.0, 2, 4, 2),
        ("2025-05-02", 9.0, 9, 9, 1),
    ]


def test_it_switches_to_iso_weeks_past_three_months():
    start = date(2025, 1, 6)  # a Monday
    facts = [
        checkin(start, 2),  # week 2: days 2 and (4+6)/2=5 -> 3.5
        checkin(start + timedelta(days=1), 4, hour=8),
        checkin(start + timedelta(days=1), 6, hour=18),
        checkin(start + timedelta(days=100), 7),  # Wednesday 16 April, week 16
    ]
    series = trends.anxiety_over_time(trends.group_by_day(facts, LA))
    assert series.granularity == "week"
    assert [
        (p.start, p.label, p.mean, p.low, p.high, p.checkins, p.days) for p in series.points
    ] == [
        (date(2025, 1, 6), "2025-W02", 3.5, 2, 6, 3, 2),
        (date(2025, 4, 14), "2025-W16", 7.0, 7, 7, 1, 1),
    ]


def test_it_keeps_daily_points_up_to_the_span_limit():
    start = date(2025, 1, 1)
    last = start + timedelta(days=trends.DAILY_SPAN_MAX_DAYS - 1)
    series = trends.anxiety_over_time(
        trends.group_by_day([checkin(start, 1), checkin(last, 2)], LA)
    )
    assert series.granularity == "day"


@pytest.mark.parametrize(
    ("today", "current"),
    [
        (date(2025, 1, 6), 2),  # a check-in today: 5 and 6 January
        (date(2025, 1, 7), 2),  # none yet today: the streak that ended yesterday still counts
        (date(2025, 1, 8), 0),  # yesterday was missed
    ],
)
def test_it_counts_the_current_and_longest_streak(today, current):
    days = [date(2025, 1, d) for d in (1, 2, 3, 5, 6)]
    streak = trends.checkin_streak(trends.group_by_day([checkin(d, 3) for d in days], LA), today)
    assert streak.current == current
    assert streak.longest == 3
    assert streak.days_with_checkins == 5


def test_it_lists_the_last_four_weeks_for_the_day_grid():
    today = date(2025, 2, 28)
    facts = [checkin(today, 3), checkin(today, 4, hour=20), checkin(date(2025, 2, 1), 5)]
    streak = trends.checkin_streak(trends.group_by_day(facts, LA), today)
    assert len(streak.recent) == 28
    assert streak.recent[0] == trends.DayMark(date(2025, 2, 1), 1)
    assert streak.recent[-1] == trends.DayMark(today, 2)
    assert sum(mark.checkins for mark in streak.recent) == 3


def test_it_counts_triggers_by_check_in_and_by_day():
    d1, d2 = date(2025, 6, 2), date(2025, 6, 3)
    facts = [
        checkin(d1, 5, hour=8, triggers=["slow_reply", "social_media"]),
        checkin(d1, 6, hour=20, triggers=["slow_reply"]),
        checkin(d2, 4, triggers=["slow_reply", "conflict"]),
    ]
    rows = trends.trigger_frequency(trends.group_by_day(facts, LA))
    counts = {row.key: (row.checkins, row.days) for row in rows}
    assert counts["slow_reply"] == (3, 2)
    assert counts["social_media"] == (1, 1)
    assert counts["conflict"] == (1, 1)
    assert counts["ex_reminder"] == (0, 0)
    # Most days first; ties keep the vocabulary's order (conflict before social media).
    assert [row.key for row in rows[:3]] == ["slow_reply", "conflict", "social_media"]
    assert len(rows) == 7


def test_it_keeps_a_retired_trigger_readable():
    rows = trends.trigger_frequency(
        trends.group_by_day([checkin(date(2025, 6, 2), 5, triggers=["old_word"])], LA)
    )
    assert rows[0].key == "old_word"
    assert rows[0].label == "Old word"


def test_it_counts_protest_behaviors_per_week_in_behavior_days():
    monday = date(2025, 3, 3)
    both = {"excessive_contact": "acted", "checking": "resisted"}
    facts = [
        # Monday: texting acted twice (counts once), checking resisted.
        checkin(monday, 7, hour=9, behaviors=both),
        checkin(monday, 8, hour=21, behaviors={"excessive_contact": "acted"}),
        # Wednesday: texting resisted in the morning, acted on at night: one in each column.
        checkin(monday + timedelta(days=2), 6, hour=9, behaviors={"excessive_contact": "resisted"}),
        checkin(monday + timedelta(days=2), 6, hour=22, behaviors={"excessive_contact": "acted"}),
        # Two weeks later, one resisted; the week between has no check-ins at all.
        checkin(
            monday + timedelta(days=15), 3, behaviors={"keeping_score": "resisted", "hostility": ""}
        ),
    ]
    days = trends.group_by_day(facts, LA)
    weeks = trends.behaviors_by_week(days)
    assert [(w.label, w.acted, w.resisted, w.checkin_days) for w in weeks] == [
        ("2025-W10", 2, 2, 2),
        ("2025-W11", 0, 0, 0),
        ("2025-W12", 0, 1, 1),
    ]
    totals = {
        t.key: (t.acted, t.resisted) for t in trends.behavior_totals(trends.group_by_day(facts, LA))
    }
    assert totals["excessive_contact"] == (2, 1)
    assert totals["checking"] == (0, 1)
    assert totals["keeping_score"] == (0, 1)
    assert totals["hostility"] == (0, 0)


def test_it_summarizes_nothing_without_failing():
    result = trends.summarize_practice(
        [], summarize_pauses([]), now=datetime(2025, 1, 1, tzinfo=UTC), tz=LA
    )
    assert result.checkins == 0
    assert result.first_day is None
    assert result.anxiety.points == ()
    assert result.behavior_weeks == ()
    assert result.pause.waited_percent is None
    assert result.pause.mean_anxiety_drop is None
    assert result.insights == ()
    assert result.today == date(2024, 12, 31)  # midnight UTC is still New Year's Eve in LA


def test_it_summarizes_the_whole_practice():
    now = datetime(2025, 3, 12, 20, tzinfo=LA)
    facts = [
        checkin(date(2025, 3, 10), 6, triggers=["conflict"]),
        checkin(date(2025, 3, 11), 4),
        checkin(date(2025, 3, 12), 2, behaviors={"checking": "resisted"}),
    ]
    result = trends.summarize_practice(facts, None, now=now, tz=LA)
    assert (result.checkins, result.days) == (3, 3)
    assert (result.first_day, result.last_day, result.today) == (
        date(2025, 3, 10),
        date(2025, 3, 12),
        date(2025, 3, 12),
    )
    assert result.streak.current == 3
    assert [p.mean for p in result.anxiety.points] == [6.0, 4.0, 2.0]
    assert result.behavior_weeks[0].resisted == 1
    assert result.insights == ()  # three days is far below every minimum


def test_it_counts_journal_entries_per_week_up_to_this_week():
    from securebase.checkins.activity import journal_activity

    # Two entries on Tuesday 4 March, one on Sunday 9 March (same ISO week 10), none in
    # week 11, and today falls in week 12.
    days = [date(2025, 3, 4), date(2025, 3, 4), date(2025, 3, 9)]
    activity = journal_activity(days, today=date(2025, 3, 18))
    assert (activity.entries, activity.days) == (3, 2)
    assert [(w.label, w.count) for w in activity.weeks] == [
        ("2025-W10", 3),
        ("2025-W11", 0),
        ("2025-W12", 0),
    ]
    assert journal_activity([], today=date(2025, 3, 18)).weeks == ()


def test_it_leaves_out_the_parts_of_apps_that_are_not_installed():
    result = trends.summarize_practice([], None, now=datetime(2025, 1, 1, tzinfo=UTC), tz=LA)
    assert result.pause is None
    assert result.journal is None
    assert result.insights == ()


@pytest.mark.parametrize("ratings", [[5], [3, 4], [0, 10, 7], [2, 3, 3, 9, 1, 6]])
def test_it_gives_a_day_its_own_point_as_the_generic_mean_would(ratings):
    day = trends.Day(date(2026, 3, 4))
    for rating in ratings:
        day.add_anxiety(rating)
    assert trends._day_point(day) == trends._anxiety_point(day.day, "2026-03-04", [day])
