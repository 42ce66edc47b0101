"""The trends page: sentences from data with a known answer, charts, tables, query count."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from django.test import TestCase
from django.urls import reverse

from securebase.checkins import rollups
from securebase.checkins.models import Checkin
from securebase.journal.models import Entry
from securebase.pause.models import PauseSession
from securebase.testing import Personas, make_client

LA = ZoneInfo("America/Los_Angeles")
NOW = datetime(2025, 3, 31, 21, 0, tzinfo=LA)


def checkin(user, days_back: int, anxiety: int, *, triggers=(), behaviors=None, hour=12):
    day = NOW.date() - timedelta(days=days_back)
    at = datetime(day.year, day.month, day.day, hour, tzinfo=LA)
    saved = Checkin.objects.create(
        user=user,
        created_at=at,
        updated_at=at,
        anxiety=anxiety,
        triggers=list(triggers),
        behaviors=behaviors or {},
        token=uuid.uuid4(),
    )
    # Saved around the services, so the kept day counts are brought up to date here.
    rollups.refresh_days(user, [saved.local_day(user.tzinfo)])
    return saved


def pause(user, exercise, before, after, outcome, *, at=None):
    """A pause rated ``before`` and ``after`` (anxiety and urge alike), a day before NOW unless
    ``at`` says when."""
    at = NOW - timedelta(days=1) if at is None else at
    return PauseSession.objects.create(
        user=user,
        started_at=at,
        finished_at=at,
        urge="text",
        exercise=exercise,
        urge_before=before,
        anxiety_before=before,
        urge_after=after,
        anxiety_after=after,
        outcome=outcome,
        token=uuid.uuid4(),
    )


@time_machine.travel(NOW, tick=False)
class TrendsPageTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # Slow-reply days (0-6): 7,7,7,7,7,7,6 -> 48/7 = 6.857 -> 6.9.
        for n, value in enumerate([7, 7, 7, 7, 7, 7, 6]):
            checkin(cls.ada, n, value, triggers=["slow_reply"])
        # Other days (7-11): 4,5,5,5,5 -> 24/5 = 4.8. Difference 2.1 points.
        for n, value in enumerate([4, 5, 5, 5, 5], start=7):
            checkin(cls.ada, n, value, behaviors={"checking": "resisted"})
        # Pauses: before 8,7,9,6,8 = 38/5 = 7.6; after 5,4,5,4,4 = 22/5 = 4.4; drop 3.2.
        # Outcomes: waited four times, sent once: 4 of 5 = 80%.
        for before, after, outcome in [
            (8, 5, "waited"),
            (7, 4, "waited"),
            (9, 5, "sent"),
            (6, 4, "waited"),
            (8, 4, "waited"),
        ]:
            pause(cls.ada, "breathing", before, after, outcome)
        # Two journal entries on one day (only their dates are read).
        for _ in range(2):
            Entry.objects.create(
                user=cls.ada,
                body="Dear diary",
                submission_key=uuid.uuid4(),
                created_at=NOW - timedelta(days=2),
                updated_at=NOW - timedelta(days=2),
            )
        # Ben's data must never show on Ada's page.
        checkin(cls.ben, 0, 10, triggers=["conflict"])
        Entry.objects.create(
            user=cls.ben, body="Ben's", submission_key=uuid.uuid4(), created_at=NOW, updated_at=NOW
        )

    def setUp(self):
        self.client.force_login(self.ada)

    def test_it_states_the_sentences_with_the_numbers_behind_them(self):
        response = self.client.get(reverse("checkins:trends"))
        assert response.status_code == 200
        self.assertContains(
            response,
            "On days you noted a slow reply, your anxiety averaged 2.1 points higher than on "
            "other days.",
        )
        self.assertContains(response, "<dt>Average anxiety on those days</dt><dd>6.9</dd>")
        self.assertContains(response, "<dt>Average anxiety on other days</dt><dd>4.8</dd>")
        self.assertContains(
            response, "After a pause, your anxiety was 3.2 points lower on average."
        )
        self.assertContains(response, "You waited out 4 of the 5 urges you paused for (80%).")

    def test_it_draws_every_chart_with_a_table_beside_it(self):
        response = self.client.get(reverse("checkins:trends"))
        body = response.content.decode()
        for chart in (
            "chart-anxiety",
            "chart-streak",
            "chart-triggers",
            "chart-behaviors",
            "chart-pause-change",
            "chart-pause-outcomes",
            "chart-journal",
        ):
            assert f'aria-labelledby="{chart}-title {chart}-desc"' in body, chart
        assert body.count("<table") >= 8
        self.assertContains(response, "2 entries on 1 day.")
        assert "Dear diary" not in body
        assert "style=" not in body.split("<main", 1)[1]
        self.assertContains(response, "Current run: <strong>12 days</strong>", html=False)
        self.assertContains(response, '<th scope="row">A slow reply</th><td>7</td><td>7</td>')
        self.assertContains(
            response, '<th scope="row">A conflict or argument</th><td>0</td><td>0</td>'
        )
        # Check-ins per day over the last four weeks, ending today (a Monday), and the pauses
        # rated before and after, per exercise.
        self.assertContains(response, '<th scope="row">Mon, Mar 31, 2025</th><td>1</td>')
        self.assertContains(response, '<th scope="row">Tue, Mar 4, 2025</th><td>0</td>')
        self.assertContains(
            response,
            '<th scope="row">Paced breathing</th><td>5</td><td>7.6</td><td>4.4</td><td>3.2</td>',
        )

    def test_it_uses_a_constant_number_of_queries(self):
        self.client.get(reverse("checkins:trends"))
        # Session, user, check-in days, pauses, journal dates (the session is not written:
        # its expiry moved by less than a minute).
        with self.assertNumQueries(5):
            self.client.get(reverse("checkins:trends"))
        for n in range(12, 80):
            checkin(self.ada, n, 3, triggers=["conflict"], behaviors={"hostility": "acted"})
            pause(self.ada, "grounding", 6, 3, "other")
        with self.assertNumQueries(5):
            response = self.client.get(reverse("checkins:trends"))
        assert response.context["trends"].checkins == 80

    def test_it_invites_a_first_check_in_when_there_is_nothing_yet(self):
        self.client.force_login(make_client(email="new@example.com", full_name="Noa"))
        response = self.client.get(reverse("checkins:trends"))
        self.assertContains(response, "Nothing here yet.")
        self.assertContains(response, "Your first check-in will start this chart.")
        self.assertContains(response, "once there is enough to go on")

    def test_after_months_away_the_charts_say_none_since_the_window_not_none_yet(self):
        # Someone back after half a year: every check-in is older than the recent window.
        away = make_client(email="away@example.com", full_name="Ines")
        checkin(away, 200, 6, triggers=["slow_reply"], behaviors={"checking": "acted"})
        self.client.force_login(away)
        response = self.client.get(reverse("checkins:trends"))
        since = response.context["since"]
        assert since > (NOW - timedelta(days=200)).date()
        day = f"{since:%b} {since.day}, {since.year}"
        self.assertContains(response, f"No check-ins since {day}.")
        self.assertContains(response, f"No triggers noted since {day}.")
        self.assertContains(response, f"No protest behaviors marked since {day}.")
        self.assertNotContains(response, "Your first check-in will start this chart.")
        for none_yet in ("No check-ins yet.", "No triggers noted yet.", "marked yet."):
            self.assertNotContains(response, none_yet)
        self.assertContains(response, "Month by month")
