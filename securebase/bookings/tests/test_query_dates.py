"""Dates at the calendar's ends in query strings answer 400 with a reason, never a 500."""

from datetime import date, datetime, time, timedelta

import pytest
from django.core.exceptions import BadRequest
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from securebase.bookings import links
from securebase.bookings.forms import within_range
from securebase.bookings.tests.helpers import LA, book, open_hours
from securebase.testing import Personas

REASON = "That date is outside the range this page can show."


class QueryDateTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)

    def assert_bad_request(self, response):
        assert response.status_code == 400
        assert REASON in response.text
        assert 'href="tel:988"' in response.text

    def test_it_refuses_a_week_at_the_end_of_the_calendar(self):
        for week in ("9999-12-31", "0001-01-01"):
            response = self.client.get(
                reverse("bookings:times"), {"format": "in_person", "week": week}
            )
            self.assert_bad_request(response)

    def test_it_refuses_a_start_at_the_start_of_the_calendar(self):
        for start in ("0001-01-01T00:00+05:00", "9999-12-31T23:00-05:00"):
            response = self.client.get(
                reverse("bookings:details"),
                {"clinician": "any", "format": "in_person", "start": start},
            )
            self.assert_bad_request(response)

    def test_it_refuses_such_dates_on_the_reschedule_page(self):
        now = timezone.now()
        day = now.astimezone(LA).date() + timedelta(days=3)
        booking = book(self.theo, datetime.combine(day, time(10), tzinfo=LA), now=now)
        path = links.path(booking, links.RESCHEDULE)
        self.assert_bad_request(self.client.get(path, {"week": "9999-12-31"}))
        self.assert_bad_request(self.client.get(path, {"start": "0001-01-01T00:00+05:00"}))

    def test_it_still_shows_an_ordinary_week(self):
        response = self.client.get(
            reverse("bookings:times"), {"format": "in_person", "week": "2030-01-07"}
        )
        assert response.status_code == 200


@pytest.mark.parametrize("raw", ["1899-12-31", "3000-01-01"])
def test_it_draws_the_line_just_outside_the_range(raw):
    with pytest.raises(BadRequest):
        within_range(date.fromisoformat(raw))
