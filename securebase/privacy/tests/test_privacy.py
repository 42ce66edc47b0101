import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.test import TestCase
from django.urls import reverse

from securebase.accounts.models import User
from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import book, open_hours
from securebase.privacy.models import AuditEvent
from securebase.privacy.services import record_access
from securebase.testing import PASSWORD, Personas, login_verified


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
