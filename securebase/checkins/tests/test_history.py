"""The trends page's window and long view give what the plain reference gives."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from django.test import TestCase
from django.urls import reverse

from securebase.checkins import queries, rollups, vocabulary
from securebase.checkins.history import (
    Earlier,
    practice_history,
    summarize_earlier,
    window_start,
)
from securebase.checkins.models import Checkin
from securebase.checkins.stats import Day
from securebase.checkins.tests.test_trends_page import pause
from securebase.checkins.trends import checkin_streak, group_by_day
from securebase.core import dates
from securebase.journal.models import Entry
from securebase.pause.models import PauseSession
from securebase.testing import Personas

ZONES = ("America/Los_Angeles", "Pacific/Auckland", "Australia/Adelaide")
NOW = datetime(2025, 12, 20, 19, tzinfo=UTC)


def add(user, at: datetime, anxiety: int, triggers=(), behaviors=None) -> Checkin:
    return Checkin.objects.create(
        user=user,
        created_at=at,
        updated_at=at,
        anxiety=anxiety,
        triggers=list(triggers),
        behaviors=behaviors or {},
        token=uuid.uuid4(),
    )


def days(*dates: date) -> dict[date, Day]:
    found = {}
    for day in dates:
        found[day] = Day(day)
        found[day].add_anxiety(5)
    return found


def test_it_counts_a_run_that_crosses_into_the_window_whole():
    today = date(2025, 6, 18)
    since = window_start(today)
    before = [since - timedelta(days=n) for n in range(40, 0, -1)]
    window = [since + timedelta(days=n) for n in range((today - since).days)]  # not today
    everything = days(*before, *window)
    earlier = summarize_earlier(everything, since=since)
    assert (earlier.longest_run, earlier.run_to_window) == (40, 40)
    result = practice_history(
        {d: v for d, v in everything.items() if d >= since}, earlier, today=today, since=since
    )
    assert result.streak == checkin_streak(everything, today)
    assert result.streak.current == result.streak.longest == 40 + len(window)


def test_it_keeps_the_longest_run_from_before_the_window():
    today = date(2025, 6, 18)
    since = window_start(today)
    old = [date(2024, 1, 1) + timedelta(days=n) for n in range(200)]
    everything = days(*old, since, today)
    window = {d: v for d, v in everything.items() if d >= since}
    result = practice_history(
        window, summarize_earlier(everything, since=since), today=today, since=since
    )
    assert (result.streak.current, result.streak.longest) == (1, 200)
    assert (result.checkins, result.days, result.first_day) == (202, 202, date(2024, 1, 1))
    assert [m.start for m in result.months][:2] == [date(2024, 1, 1), date(2024, 2, 1)]


def test_it_takes_the_windows_streak_from_the_caller_as_it_would_work_it_out():
    today = date(2025, 6, 18)
    since = window_start(today)
    everything = days(
        *(since - timedelta(days=n) for n in range(30, 0, -1)),
        *(since + timedelta(days=n) for n in (0, 1, 2, 5, 6)),
        today - timedelta(days=1),
        today,
    )
    window = {d: v for d, v in everything.items() if d >= since}
    earlier = summarize_earlier(everything, since=since)
    given = practice_history(
        window, earlier, today=today, since=since, recent=checkin_streak(window, today)
    )
    assert given == practice_history(window, earlier, today=today, since=since)
    assert (given.streak.current, given.streak.longest) == (2, 33)


def test_it_shows_nothing_for_no_check_ins():
    result = practice_history({}, Earlier(), today=date(2025, 6, 18), since=date(2025, 3, 24))
    assert (result.checkins, result.days, result.first_day, result.months) == (0, 0, None, ())


class WindowAndMonthsTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        rng = random.Random(5)
        triggers = [t.key for t in vocabulary.TRIGGERS]
        behaviors = [t.key for t in vocabulary.PROTEST_BEHAVIORS]
        # Sparse over two years, then every day for the last five months (a run that
        # crosses into the window), several near midnight in one zone or another.
        start = NOW - timedelta(days=730)
        moments = [start + timedelta(hours=rng.randint(0, 24 * 575)) for _ in range(300)]
        moments += [NOW - timedelta(days=n, hours=rng.randint(0, 9)) for n in range(1, 150)]
        for at in moments:
            marks = {key: rng.choice(("acted", "resisted")) for key in rng.sample(behaviors, 2)}
            add(cls.ada, at, rng.randint(0, 10), rng.sample(triggers, rng.randint(0, 2)), marks)
        add(cls.ben, NOW - timedelta(days=400), 9, ["conflict"])

    def test_it_reads_what_the_reference_gives_in_any_time_zone(self):
        for zone in ZONES:
            self.ada.time_zone = zone
            self.ada.save()
            rollups.rebuild([self.ada])
            tz = ZoneInfo(zone)
            today = NOW.astimezone(tz).date()
            since = window_start(today)
            with self.assertNumQueries(1):
                window, earlier = queries.practice_days(self.ada, tz, since=since)
            everything = group_by_day(queries.checkin_facts(self.ada), tz)
            assert window == {d: v for d, v in everything.items() if d >= since}, zone
            reference = summarize_earlier(everything, since=since)
            assert (earlier.longest_run, earlier.run_to_window) == (
                reference.longest_run,
                reference.run_to_window,
            )
            fast = practice_history(window, earlier, today=today, since=since)
            plain = practice_history(window, reference, today=today, since=since)
            assert fast == plain, zone
            assert fast.streak == checkin_streak(everything, today), zone
            assert fast.checkins == Checkin.objects.filter(user=self.ada).count()

    def test_it_reads_only_the_persons_own_zone_and_rows(self):
        rollups.rebuild([self.ada, self.ben])
        since = window_start(NOW.date())
        window, _ = queries.practice_days(self.ada, self.ada.tzinfo, since=since)
        assert window
        ben = queries.practice_days(self.ben, self.ben.tzinfo, since=date(2000, 1, 1))[0]
        assert [day.triggers for day in ben.values()] == [{"conflict": 1}]  # Ben's only
        # Rows kept in another zone than the person's are never read: a zone changed around
        # ``User.save()`` (here, not saved at all; or by ``QuerySet.update()``) shows nothing
        # until they are counted again (``checkin_rollups rebuild``).
        self.ada.time_zone = "Pacific/Auckland"
        assert queries.practice_days(self.ada, self.ada.tzinfo, since=since) == ({}, Earlier())
        rollups.rebuild([self.ada])
        window, earlier = queries.practice_days(self.ada, self.ada.tzinfo, since=since)
        assert window and earlier.months

    @time_machine.travel(NOW, tick=False)
    def test_the_page_costs_the_same_queries_whatever_the_history(self):
        self.client.force_login(self.ben)
        rollups.rebuild([self.ben])
        self.client.get(reverse("checkins:trends"))
        with self.assertNumQueries(5):
            self.client.get(reverse("checkins:trends"))
        self.client.force_login(self.ada)
        rollups.rebuild([self.ada])
        self.client.get(reverse("checkins:trends"))
        with self.assertNumQueries(5):
            response = self.client.get(reverse("checkins:trends"))
        history = response.context["history"]
        assert history.checkins == 449
        assert response.context["trends"].checkins < 100  # the window only
        self.assertContains(response, "Month by month")
        self.assertContains(response, '<th scope="row">Dec 2023</th>')
        self.assertContains(response, f"Current run: <strong>{history.streak.current} days")
        assert history.streak.current >= 149


def wrote(user, at: datetime) -> Entry:
    return Entry.objects.create(
        user=user, body="x", submission_key=uuid.uuid4(), created_at=at, updated_at=at
    )


@time_machine.travel(NOW, tick=False)
class PausesAndJournalAroundTheWindow(Personas, TestCase):
    """Ada's pauses before and in the window, and a journal entry before it. The page says its
    charts, tables and sentences cover the recent weeks: the pauses and journal dates it shows
    are the window's too, and older ones are only counted."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.since = window_start(NOW.astimezone(cls.ada.tzinfo).date())
        # The window's first local midnight, and a minute before it.
        cls.start = start = datetime.combine(cls.since, datetime.min.time(), cls.ada.tzinfo)
        for at in (start - timedelta(minutes=1), start - timedelta(days=90)):
            pause(cls.ada, "breathing", 8, 4, "waited", at=at)
        for at in (start, NOW - timedelta(days=2), NOW - timedelta(days=1)):
            pause(cls.ada, "breathing", 7, 5, "waited", at=at)
        wrote(cls.ada, start - timedelta(minutes=1))  # the journal: only before the window
        rollups.rebuild([cls.ada])

    def setUp(self):
        self.client.force_login(self.ada)
        self.shown = dates.short_date(self.since, language=self.ada_language)


class WindowCoversPausesAndJournalTests(PausesAndJournalAroundTheWindow):
    def test_the_pauses_and_journal_shown_are_the_windows_and_the_page_says_so(self):
        response = self.client.get(reverse("checkins:trends"))
        trends = response.context["trends"]
        assert (trends.pause.sessions, trends.pause.earlier) == (3, 2)
        assert trends.pause.mean_anxiety_before == 7.0  # the window's pauses alone
        assert (trends.journal.entries, trends.journal.earlier) == (0, 1)
        # Every pause in the lead; the window named without "Month by month" (no check-ins).
        self.assertContains(response, "From 5 pauses. Only you can see this page.")
        self.assertContains(
            response,
            f"The charts, tables and sentences below cover the recent weeks, since {self.shown}.",
        )
        self.assertNotContains(response, "Month by month")
        self.assertContains(response, f"Since {self.shown}: 3 pauses saved")
        self.assertContains(response, f"No journal entries since {self.shown}.")
        self.assertNotContains(response, "No journal entries yet.")
        # Five pauses rated twice would give a sentence; the window's three do not.
        assert not [i for i in trends.insights if i.key == "pause-drop"]

    def test_with_nothing_before_the_window_it_names_no_window(self):
        PauseSession.objects.filter(user=self.ada, started_at__lt=self.start).delete()
        Entry.objects.filter(user=self.ada).delete()
        pause(self.ada, "breathing", 8, 4, "waited", at=NOW - timedelta(hours=1))
        wrote(self.ada, NOW - timedelta(hours=1))
        response = self.client.get(reverse("checkins:trends"))
        assert (
            response.context["trends"].pause.sessions,
            response.context["trends"].pause.earlier,
        ) == (4, 0)
        self.assertContains(response, "From 4 pauses. Only you can see this page.")
        self.assertNotContains(response, "cover the recent weeks")
        self.assertNotContains(response, "Since ")
        self.assertContains(response, "4 pauses saved")
        self.assertContains(response, "1 entry on 1 day.")

    def test_with_check_ins_it_points_to_the_months_for_all_of_them(self):
        add(self.ada, NOW - timedelta(days=3), 6)
        rollups.rebuild([self.ada])
        response = self.client.get(reverse("checkins:trends"))
        self.assertContains(
            response,
            f"cover the recent weeks, since {self.shown}; “Month by month” covers all your "
            "check-ins.",
        )


class SpanishWindowCoversPausesAndJournalTests(PausesAndJournalAroundTheWindow):
    ada_language = "es"

    def test_it_says_in_spanish_what_the_pauses_and_journal_cover(self):
        response = self.client.get(reverse("checkins:trends"))
        self.assertContains(response, "Según 5 pausas. Solo tú puedes ver esta página.")
        self.assertContains(response, f"abarcan las semanas recientes, desde el {self.shown}.")
        self.assertContains(response, f"Desde el {self.shown}: 3 pausas guardadas")
        self.assertContains(response, f"No hay entradas en el diario desde el {self.shown}.")

    def test_with_check_ins_it_points_to_the_months_for_all_of_them(self):
        add(self.ada, NOW - timedelta(days=3), 6)
        rollups.rebuild([self.ada])
        response = self.client.get(reverse("checkins:trends"))
        self.assertContains(response, "“Mes a mes” abarca todos tus registros.")


@time_machine.travel(NOW, tick=False)
class SpanishLongViewTests(Personas, TestCase):
    ada_language = "es"

    def test_it_says_in_spanish_what_the_window_and_the_months_cover(self):
        for days_back in (200, 199, 3):
            add(self.ada, NOW - timedelta(days=days_back), 6)
        rollups.rebuild([self.ada])
        self.client.force_login(self.ada)
        response = self.client.get(reverse("checkins:trends"))
        self.assertContains(response, "abarcan las semanas recientes")
        self.assertContains(response, "Mes a mes")
        self.assertContains(response, "Ansiedad mes a mes, promedio por mes")
        self.assertContains(response, '<th scope="row">jun 2025</th>')
        assert response.context["history"].checkins == 3


def test_the_rollup_statement_picks_each_moments_offset_from_the_zones_changes():
    for zone in ZONES:
        tz = ZoneInfo(zone)
        *changes, (empty, first) = queries._offsets_since_1970(tz)
        assert (
            empty == ""
            and first == datetime(1970, 1, 1, tzinfo=UTC).astimezone(tz).utcoffset().total_seconds()
        )
        assert [c for c, _ in changes] == sorted((c for c, _ in changes), reverse=True)
        start = datetime(2025, 9, 22, tzinfo=tz)
        for hours in range(0, 24 * 400, 7):
            moment = (start + timedelta(hours=hours)).astimezone(UTC)
            stamp = moment.strftime("%Y-%m-%d %H:%M:%S")
            # What the statement's CASE picks: the first change at or before the moment.
            chosen = next((s for since, s in changes if stamp >= since), first)
            assert chosen == moment.astimezone(tz).utcoffset().total_seconds(), (zone, moment)
    assert len(queries._offsets_since_1970(ZoneInfo(ZONES[0]))) > 100
