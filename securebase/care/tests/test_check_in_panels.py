"""The clinician's check-in, behavior and pause panels read as the client's own trends page
does: the recent window from the kept day counts, every check-in month by month, and words that
are true for a clinician reading them."""

from __future__ import annotations

import uuid
from datetime import timedelta

import time_machine
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from securebase.bookings.tests.helpers import la
from securebase.care import areas
from securebase.care.tests.helpers import area_url, connect
from securebase.checkins import rollups
from securebase.checkins.models import Checkin
from securebase.pause.models import PauseSession
from securebase.testing import Personas, login_verified

NOW = la(2026, 4, 1, 8, 0)


def check_in(user, days_back: int, anxiety: int, **marks) -> None:
    at = NOW - timedelta(days=days_back)
    saved = Checkin.objects.create(
        user=user, created_at=at, updated_at=at, anxiety=anxiety, token=uuid.uuid4(), **marks
    )
    rollups.refresh_days(user, [saved.local_day(user.tzinfo)])


@time_machine.travel(NOW, tick=False)
class CheckInPanelTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # Last September, before the recent window, with a protest behavior acted on.
        check_in(cls.ada, 200, 8, behaviors={"checking": "acted"})
        check_in(cls.ada, 199, 6)
        for days_back in (0, 1, 2):
            check_in(cls.ada, days_back, 4, triggers=["slow_reply"])

    def setUp(self):
        login_verified(self.client, self.theo)

    def test_it_shows_the_recent_window_and_every_check_in_month_by_month(self):
        connect(self.ada, self.theo, areas=[areas.CHECKINS], now=NOW)
        response = self.client.get(area_url(self.ada, areas.CHECKINS))
        self.assertContains(response, "5 check-ins on 5 days, since Sep 13, 2025.")
        self.assertContains(response, "Current run 3 days; longest 3.")
        self.assertContains(
            response,
            "The charts and tables below cover the recent weeks, since Jan 5, 2026, as on the "
            "client’s own trends page; “Month by month” covers every check-in.",
        )
        self.assertContains(response, "Month by month")
        self.assertContains(
            response,
            '<th scope="row">Sep 2025</th><td>2</td><td>2</td><td>7.0</td><td>6</td><td>8</td>'
            "</tr>",
        )
        # The recent window day by day, as on the client's page.
        self.assertContains(response, '<th scope="row">Mar 31, 2026</th><td>4.0</td>')
        self.assertNotContains(response, '<th scope="row">Sep 13, 2025</th>')
        # Protest behaviors are another area, not granted here: not even the month's counts.
        self.assertNotContains(response, "Acted on")
        self.assertNotContains(response, "Resisted")

    def test_the_area_promises_what_the_panel_shows_each_day_not_each_check_in(self):
        # Two check-ins on one day reach the clinician as that day's average, lowest and
        # highest, which is what the client is told when they share the area.
        check_in(self.ben, 0, 2)
        check_in(self.ben, 0, 8)
        connect(self.ben, self.theo, areas=[areas.CHECKINS], now=NOW)
        response = self.client.get(area_url(self.ben, areas.CHECKINS))
        self.assertContains(
            response, '<th scope="row">Apr 1, 2026</th><td>5.0</td><td>2</td><td>8</td><td>2</td>'
        )
        sees = str(next(area for area in areas.AREAS if area.key == areas.CHECKINS).sees)
        assert "as the average, lowest and highest" in sees
        assert "each check-in" not in sees

    def test_it_reads_the_day_counts_in_as_many_queries_however_long_the_history(self):
        connect(self.ada, self.theo, areas=[areas.CHECKINS], now=NOW)
        url = area_url(self.ada, areas.CHECKINS)
        self.client.get(url)
        with CaptureQueriesContext(connection) as before:
            self.client.get(url)
        for days_back in range(100, 160):
            check_in(self.ada, days_back, 5)
        with CaptureQueriesContext(connection) as after:
            response = self.client.get(url)
        assert len(after.captured_queries) == len(before.captured_queries)
        # From the kept day counts: not one check-in row is read.
        assert not any('checkins_checkin"' in q["sql"] for q in after.captured_queries)
        assert any("checkins_checkinday" in q["sql"] for q in after.captured_queries)
        self.assertContains(response, "65 check-ins on 65 days")

    def test_the_behaviors_panel_says_which_weeks_it_covers(self):
        connect(self.ada, self.theo, areas=[areas.BEHAVIORS], now=NOW)
        response = self.client.get(area_url(self.ada, areas.BEHAVIORS))
        self.assertContains(response, "Since Jan 5, 2026, as on the client’s own trends page.")
        self.assertContains(response, "No protest behaviors marked since Jan 5, 2026.")

    def test_no_chart_speaks_to_the_clinician_as_if_they_were_the_client(self):
        connect(self.ben, self.theo, areas=[areas.CHECKINS, areas.PAUSES], now=NOW)
        PauseSession.objects.create(
            user=self.ben,
            started_at=NOW - timedelta(days=1),
            urge="text",
            urge_before=7,
            anxiety_before=7,
            token=uuid.uuid4(),
        )
        checkins = self.client.get(area_url(self.ben, areas.CHECKINS))
        self.assertContains(checkins, "No check-ins yet.")
        self.assertNotContains(checkins, "Your first check-in")
        self.assertNotContains(checkins, "Month by month")
        pauses = self.client.get(area_url(self.ben, areas.PAUSES))
        self.assertContains(pauses, "No pause rated before and after yet.")
        self.assertNotContains(pauses, "Rate a pause")
