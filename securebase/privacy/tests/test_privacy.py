import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from securebase.accounts.models import User
from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import book, open_hours
from securebase.privacy.models import AuditEvent
from securebase.privacy.services import record_access, record_accesses
from securebase.testing import PASSWORD, Personas, login_verified, make_client

AUDIT_FIELDS = ("at", "viewer", "viewer_email", "subject", "subject_email", "action", "detail")


class ExportTests(Personas, TestCase):
    def test_it_downloads_the_account_as_json(self):
        self.client.force_login(self.ada)
        response = self.client.post(reverse("privacy:export"))
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["Cache-Control"] == "no-store"
        data = json.loads(response.content)
        assert data["account"]["email"] == "ada@example.com"
        assert "ben@example.com" not in response.text

    def test_it_requires_login(self):
        response = self.client.post(reverse("privacy:export"))
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:login"))


class DeleteAccountTests(Personas, TestCase):
    def test_it_deletes_the_account_after_the_password_and_confirmation(self):
        self.client.force_login(self.ada)
        response = self.client.post(
            reverse("privacy:delete_account"), {"password": PASSWORD, "confirm": "on"}
        )
        assert response.status_code == 302
        assert not User.objects.filter(email="ada@example.com").exists()
        assert "_auth_user_id" not in self.client.session

    def test_it_refuses_a_wrong_password_and_keeps_everything(self):
        self.client.force_login(self.ada)
        response = self.client.post(
            reverse("privacy:delete_account"), {"password": "nope", "confirm": "on"}
        )
        assert "isn’t right" in response.text
        assert User.objects.filter(email="ada@example.com").exists()

    def test_it_keeps_the_audit_trail_when_a_client_leaves(self):
        record_access(viewer=self.theo, subject=self.ada, action="viewed check-ins")
        self.client.force_login(self.ada)
        self.client.post(reverse("privacy:delete_account"), {"password": PASSWORD, "confirm": "on"})
        event = AuditEvent.objects.get()
        assert event.subject is None
        assert event.subject_email == "ada@example.com"
        assert event.viewer_email == self.theo.email

    def test_it_explains_why_a_clinician_with_consultations_cannot_delete_here(self):
        open_hours(self.theo)
        now = datetime(2026, 3, 2, 9, tzinfo=ZoneInfo("America/Los_Angeles"))
        book(self.theo, now + timedelta(days=2), now=now)
        login_verified(self.client, self.theo)
        response = self.client.post(
            reverse("privacy:delete_account"), {"password": PASSWORD, "confirm": "on"}
        )
        assert response.status_code == 409
        assert "ask the practice to close it" in response.text
        assert User.objects.filter(pk=self.theo.pk).exists()
        assert Booking.objects.filter(clinician__user=self.theo).count() == 1
        assert int(self.client.session["_auth_user_id"]) == self.theo.pk


@time_machine.travel(datetime(2026, 3, 2, 17, 30, tzinfo=ZoneInfo("UTC")), tick=False)
class RecordAccessesTests(Personas, TestCase):
    def written(self, events) -> list[tuple]:
        return list(events.order_by("pk").values_list(*AUDIT_FIELDS))

    def test_it_writes_the_rows_bulk_create_writes_in_order_in_one_statement(self):
        shown = [
            (self.ada, "viewed check-ins", "caseload"),
            (self.ben, "viewed pause history", "caseload"),
            (self.ada, "x" * 90, "d" * 300),
        ]
        # The plain way: a model instance per row, as record_access makes them.
        AuditEvent.objects.bulk_create(
            [
                AuditEvent(
                    viewer=self.theo,
                    viewer_email=self.theo.email,
                    subject=subject,
                    subject_email=subject.email,
                    action=action[:80],
                    detail=detail[:255],
                )
                for subject, action, detail in shown
            ]
        )
        expected = self.written(AuditEvent.objects.all())
        AuditEvent.objects.all().delete()
        with CaptureQueriesContext(connection) as queries:
            assert record_accesses(viewer=self.theo, shown=shown) == 3
        assert len(queries) == 1
        assert self.written(AuditEvent.objects.all()) == expected
        event = AuditEvent.objects.order_by("pk").first()
        assert event.at == datetime(2026, 3, 2, 17, 30, tzinfo=ZoneInfo("UTC"))
        assert (event.viewer, event.subject) == (self.theo, self.ada)

    def test_past_the_parameter_limit_it_writes_every_row(self):
        people = [make_client(email=f"c{index}@example.com") for index in range(3)]
        shown = [(people[index % 3], f"viewed {index}", "list") for index in range(400)]
        assert record_accesses(viewer=self.theo, shown=shown) == 400
        rows = list(AuditEvent.objects.order_by("pk").values_list("subject", "action"))
        assert rows == [(person.pk, action) for person, action, _ in shown]

    def test_nothing_shown_writes_nothing(self):
        with CaptureQueriesContext(connection) as queries:
            assert record_accesses(viewer=self.theo, shown=[]) == 0
        assert len(queries) == 0
