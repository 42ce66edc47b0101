"""What the picker reads for its page: the columns it needs, in four queries, and the zone menu
it keeps per zone and language."""

from __future__ import annotations

from urllib.parse import urlencode

import time_machine
from django.test import TestCase
from django.urls import reverse

from securebase.bookings import free_times
from securebase.bookings.tests.helpers import la, open_hours
from securebase.testing import Personas, make_clinician

NOW = la(2026, 4, 1, 8, 0)


@time_machine.travel(NOW, tick=False)
class PickerReadsTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)
        cls.rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        open_hours(cls.rosa, days=[1, 3])

    def picker(self, **params):
        query = urlencode({"clinician": "any", "format": "in_person", **params})
        return self.client.get(f"{reverse('bookings:times')}?{query}")

    def test_it_reads_for_the_picker_the_rows_it_reads_for_a_booking(self):
        full = free_times.bookable_settings()
        slim = free_times.bookable_settings(for_picker=True)

        assert slim == full
        for a, b in zip(full, slim, strict=True):
            assert a.clinician == b.clinician
            assert a.clinician.display_name == b.clinician.display_name
            assert free_times.schedules_for([a], now=NOW)[0].availability == (
                free_times.schedules_for([b], now=NOW)[0].availability
            )

    def test_it_names_one_clinician_in_four_queries(self):
        with self.assertNumQueries(4):
            response = self.picker(clinician="rosa")

        assert response.status_code == 200
        self.assertContains(response, "Rosa Mendes")
        days = response.context["days"]
        assert {day["date"].weekday() for day in days} <= {1, 3}

    def test_it_marks_the_chosen_zone_in_the_menu_each_time(self):
        for zone in ("America/New_York", "Asia/Tokyo", "America/New_York"):
            response = self.picker(tz=zone)
            html = response.content.decode()
            assert f'<option value="{zone}" selected>' in html
            assert html.count(" selected>") == 1

    def test_it_names_the_zones_in_the_pages_language(self):
        self.picker(tz="Asia/Tokyo")
        response = self.client.get(
            f"{reverse('bookings:times')}?clinician=any&format=in_person&tz=Asia%2FTokyo",
            HTTP_ACCEPT_LANGUAGE="es",
        )

        html = response.content.decode()
        assert 'value="Asia/Tokyo" selected>Japón (Tokio)</option>' in html
