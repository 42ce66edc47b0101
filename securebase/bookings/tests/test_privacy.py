"""The booking part of a client's data export, and deletion with the account."""

import json

import time_machine
from django.test import TestCase

from securebase.bookings.models import Booking
from securebase.bookings.privacy import export_user_data
from securebase.bookings.tests.helpers import book, la, open_hours
from securebase.privacy.exports import export_user_data as export_everything
from securebase.privacy.services import delete_account
from securebase.testing import Personas

NOW = la(2026, 4, 1, 8, 0)


@time_machine.travel(NOW, tick=False)
class PrivacyTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)

    def setUp(self):
        self.booking = book(self.theo, la(2026, 4, 3, 10), now=NOW, reason="Fear of leaving.")
        self.booking.client = self.ada
        self.booking.private_note = "Clinician's working note."
        self.booking.save()

    def test_it_exports_the_clients_own_bookings_in_plain_text(self):
        data = export_user_data(self.ada)

        (consultation,) = data["consultations"]
        assert consultation["what_brings_you_here"] == "Fear of leaving."
        assert consultation["clinician"] == "Theo Alvarez"
        assert consultation["california_attested_at"] == "2026-04-01T15:00:00+00:00"
        assert "Clinician's working note." not in json.dumps(data)

    def test_it_is_found_by_the_site_wide_export(self):
        assert export_everything(self.ada)["bookings"]["consultations"]

    def test_it_gives_ben_none_of_adas_bookings(self):
        assert export_user_data(self.ben) == {"consultations": []}

    def test_it_keeps_bookings_as_records_of_care_when_the_account_goes(self):
        delete_account(user=self.ada)

        booking = Booking.objects.get()
        assert booking.client is None
        assert booking.email == "ada@example.com"
        assert booking.private_note == "Clinician's working note."
