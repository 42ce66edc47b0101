"""The caseload: what each row shows, only from shared areas, in a fixed number of queries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from securebase.bookings.tests.helpers import la
from securebase.care import areas, caseload, registry, services, sparkline
from securebase.care.tests.helpers import connect
from securebase.checkins.models import Checkin
from securebase.privacy.models import AuditEvent
from securebase.testing import Personas, login_verified, make_client

NOW = la(2026, 4, 1, 20, 0)


def checkin(user, at, anxiety):
    return Checkin.objects.create(
        user=user, created_at=at, updated_at=at, anxiety=anxiety, token=uuid.uuid4()
    )


@time_machine.travel(NOW, tick=False)
class CaseloadTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for days_ago, values in ((0, (6, 7)), (1, (4,)), (3, (2,)), (20, (9,))):
            for value in values:
                checkin(cls.ada, NOW - timedelta(days=days_ago, hours=1), value)
        checkin(cls.ben, NOW - timedelta(hours=1), 9)

    def test_it_draws_the_trend_only_for_clients_who_share_check_ins(self):
        connect(self.ada, self.theo, areas=[areas.CHECKINS], now=NOW)
        connect(self.ben, self.theo, now=NOW)
        login_verified(self.client, self.theo)
        response = self.client.get(reverse("care:caseload"))
        rows = {row.client.email: row for row in response.context["rows"]}
        ada, ben = rows["ada@example.com"], rows["ben@example.com"]
        assert ada.trend[-1] == 6.5 and ada.trend[-2] == 4.0 and ada.trend[-4] == 2.0
        assert ada.trend[:10] == [None] * 10  # the check-in 20 days ago is outside the window
        assert len(ada.trend) == 14
        assert ada.last_activity == NOW - timedelta(hours=1)
        self.assertContains(response, "3 of the last 14 days with a check-in")
        self.assertContains(response, '<svg xmlns="http://www.w3.org/2000/svg" class="sparkline"')
        assert ben.trend is None and ben.last_activity is None
        # One audit row: Ada's check-ins were shown; nothing of Ben's was.
        event = AuditEvent.objects.get()
        assert (event.subject, event.detail) == (self.ada, "caseload")
        assert event.action == registry.area(areas.CHECKINS).action

    def test_search_and_sort(self):
        connect(self.ada, self.theo, areas=[areas.CHECKINS], now=NOW)
        connect(self.ben, self.theo, now=NOW)
        login_verified(self.client, self.theo)
        found = self.client.get(reverse("care:caseload"), {"q": "okaf"})
        assert [r.client for r in found.context["rows"]] == [self.ben]
        by_name = self.client.get(reverse("care:caseload"), {"sort": "name"})
        assert [r.client for r in by_name.context["rows"]] == [self.ada, self.ben]
        services.assign_homework(
            relationship=by_name.context["rows"][1].relationship,
            kind="pause_exercise",
            target="breathing",
            due_on=(NOW - timedelta(days=2)).date(),
        )
        by_homework = self.client.get(reverse("care:caseload"), {"sort": "homework"})
        rows = by_homework.context["rows"]
        assert [r.client for r in rows] == [self.ben, self.ada]
        assert (rows[0].homework_open, rows[0].homework_overdue) == (1, 1)
        self.assertContains(by_homework, "1 overdue")

    def test_registered_providers_fill_questionnaires_due_and_safety_markers(self):
        connect(self.ada, self.theo, now=NOW)

        def due(clinician, client_ids):
            return {client_id: ["GAD-7"] for client_id in client_ids}

        registry.register_caseload_facts(registry.DUE, due)
        try:
            login_verified(self.client, self.theo)
            response = self.client.get(reverse("care:caseload"))
            assert response.context["rows"][0].due == ["GAD-7"]
        finally:
            registry._caseload_facts[registry.DUE].remove(due)

    def test_providers_that_take_memo_share_one_dict_for_the_page(self):
        connect(self.ada, self.theo, now=NOW)
        seen = []

        def due(clinician, client_ids, *, memo):
            seen.append(memo)
            memo["read"] = memo.get("read", 0) + 1
            return {}

        def markers(clinician, client_ids, *, memo):
            seen.append(memo)
            return {client_id: [f"read {memo['read']}"] for client_id in client_ids}

        registry.register_caseload_facts(registry.DUE, due)
        registry.register_caseload_facts(registry.MARKERS, markers)
        try:
            login_verified(self.client, self.theo)
            response = self.client.get(reverse("care:caseload"))
            assert response.context["rows"][0].markers[-1] == "read 1"
            assert len(seen) == 2 and seen[0] is seen[1]
        finally:
            registry._caseload_facts[registry.DUE].remove(due)
            registry._caseload_facts[registry.MARKERS].remove(markers)

    def test_the_query_count_does_not_grow_with_clients_or_data(self):
        login_verified(self.client, self.theo)
        connect(self.ada, self.theo, areas=[areas.CHECKINS, areas.PAUSES], now=NOW)
        self.client.get(reverse("care:caseload"))
        with CaptureQueriesContext(connection) as few:
            self.client.get(reverse("care:caseload"))
        for index in range(6):
            other = make_client(email=f"c{index}@example.com", full_name=f"Client {index}")
            for day in range(30):
                checkin(other, NOW - timedelta(days=day), day % 10)
            connect(other, self.theo, areas=[areas.CHECKINS], now=NOW)
        with CaptureQueriesContext(connection) as many:
            response = self.client.get(reverse("care:caseload"))
        assert len(response.context["rows"]) == 7
        assert len(many) == len(few)


def test_the_sparkline_text_says_what_the_line_shows():
    values = [None] * 11 + [2.0, None, 6.5]
    text = sparkline.describe(values)
    assert text.startswith("2 of the last 14 days with a check-in")
    assert "2 on the first, 6.5 on the latest" in text
    svg = sparkline.sparkline(values, title="t<")
    assert "t&lt;" in svg and "<circle" in svg
    assert sparkline.describe([None] * 14) == "No check-ins in the last 14 days."


class TrendAcrossDaylightSavingTests(Personas, TestCase):
    def test_each_check_in_falls_on_its_local_day_as_a_plain_conversion_says(self):
        now = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)
        tokyo = make_client(email="kei@example.com", full_name="Kei", time_zone="Asia/Tokyo")
        moments = [
            datetime(2026, 3, 8, 7, 30, tzinfo=UTC),  # Mar 7, 23:30 PST
            datetime(2026, 3, 8, 9, 59, tzinfo=UTC),  # Mar 8, 01:59 PST
            datetime(2026, 3, 8, 10, 0, tzinfo=UTC),  # Mar 8, 03:00 PDT
            datetime(2026, 3, 9, 6, 30, tzinfo=UTC),  # Mar 8, 23:30 PDT
            datetime(2026, 3, 9, 7, 30, tzinfo=UTC),  # Mar 9, 00:30 PDT
        ]
        for index, moment in enumerate(moments):
            for user in (self.ada, tokyo):
                checkin(user, moment, index * 2)
        connect(self.ada, self.theo, areas=[areas.CHECKINS], now=now)
        connect(tokyo, self.theo, areas=[areas.CHECKINS], now=now)
        rows = caseload.caseload_rows(self.theo, now=now)
        caseload.fill_details(self.theo, rows, now=now)
        for row in rows:
            zone = ZoneInfo(row.client.time_zone)
            today = now.astimezone(zone).date()
            by_day: dict = {}
            for index, moment in enumerate(moments):
                by_day.setdefault(moment.astimezone(zone).date(), []).append(index * 2)
            expected = [
                sum(by_day[d]) / len(by_day[d]) if d in by_day else None
                for d in (today - timedelta(days=o) for o in range(13, -1, -1))
            ]
            assert row.trend == expected, row.client.time_zone


@time_machine.travel(NOW, tick=False)
class CaseloadPagesTests(Personas, TestCase):
    def test_a_long_caseload_comes_in_pages_and_only_the_page_shown_is_audited(self):
        for index in range(caseload.PAGE_SIZE + 3):
            other = make_client(email=f"p{index:03d}@example.com", full_name=f"P {index:03d}")
            connect(other, self.theo, areas=[areas.CHECKINS], now=NOW)
        login_verified(self.client, self.theo)
        first = self.client.get(reverse("care:caseload"))
        assert len(first.context["rows"]) == caseload.PAGE_SIZE
        assert AuditEvent.objects.count() == caseload.PAGE_SIZE
        self.assertContains(first, "Page 1 of 2")
        second = self.client.get(reverse("care:caseload"), {"page": 2})
        assert [r.client.full_name for r in second.context["rows"]] == [
            "P 050",
            "P 051",
            "P 052",
        ]
        assert AuditEvent.objects.count() == caseload.PAGE_SIZE + 3
