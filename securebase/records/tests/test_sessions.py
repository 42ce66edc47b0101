"""The clinician's start of a telehealth session, and what the telehealth booking asks for."""

from __future__ import annotations

from datetime import timedelta

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from securebase.bookings.forms import DetailsForm
from securebase.bookings.models import Format
from securebase.privacy.models import AuditEvent
from securebase.records.models import SessionStart
from securebase.records.tests.helpers import a_booking
from securebase.testing import Personas, login_verified


class StartSessionTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.booking = a_booking(
            cls.theo,
            timezone.now() - timedelta(minutes=2),
            session_address="12 Palm Ave, Santa Monica, CA",
            emergency_contact="Sam Park, 310 555 0101",
        )

    def url(self, booking=None):
        return reverse("records:start_session", args=[(booking or self.booking).uid])

    def test_it_prefills_what_the_client_gave_when_booking(self):
        login_verified(self.client, self.theo)
        page = self.client.get(self.url()).content.decode()
        assert "12 Palm Ave, Santa Monica, CA" in page
        assert "Sam Park, 310 555 0101" in page

    def test_it_records_nothing_until_identity_place_and_contact_are_confirmed(self):
        login_verified(self.client, self.theo)
        response = self.client.post(
            self.url(), {"in_california": "yes", "address": "", "emergency_contact": "x"}
        )
        assert response.status_code == 200
        assert "Confirm who you are speaking with" in response.content.decode()
        assert "Say where the client is" in response.content.decode()
        assert not SessionStart.objects.exists()

    def test_a_client_outside_california_gets_the_booking_flows_answer_and_it_is_recorded(self):
        login_verified(self.client, self.theo)
        response = self.client.post(
            self.url(),
            {"identity_confirmed": "on", "in_california": "no", "address": "Reno, NV"},
        )
        assert response.status_code == 200
        self.assertTemplateUsed(response, "records/outside_california.html")
        assert "can’t go ahead by telehealth" in response.content.decode()
        assert "988" in response.content.decode()
        start = SessionStart.objects.get()
        assert (start.in_california, start.address, start.clinician) == (
            False,
            "Reno, NV",
            self.theo,
        )
        assert AuditEvent.objects.filter(action="started telehealth session").exists()

    def test_it_is_recorded_once(self):
        login_verified(self.client, self.theo)
        data = {
            "identity_confirmed": "on",
            "in_california": "yes",
            "address": "12 Palm Ave",
            "emergency_contact": "Sam",
        }
        self.client.post(self.url(), data)
        self.client.post(self.url(), {**data, "address": "elsewhere"})
        assert SessionStart.objects.get().address == "12 Palm Ave"

    def test_no_one_else_and_no_in_person_consultation(self):
        self.client.force_login(self.ben)
        assert self.client.get(self.url()).status_code == 404
        in_person = a_booking(
            self.theo, timezone.now() + timedelta(days=1), format=Format.IN_PERSON
        )
        login_verified(self.client, self.theo)
        assert self.client.get(self.url(in_person)).status_code == 404


def test_the_telehealth_booking_form_asks_for_the_address_and_an_emergency_contact():
    data = {
        "full_name": "Ada Park",
        "email": "ada@example.com",
        "contact_method": "email",
        "contact_consent": "on",
        "in_california": "on",
        "telehealth_consent": "on",
    }
    form = DetailsForm(data, fmt=Format.TELEHEALTH)
    assert not form.is_valid()
    assert set(form.errors) == {"session_address", "emergency_contact"}
    assert DetailsForm(data, fmt=Format.IN_PERSON).is_valid()
