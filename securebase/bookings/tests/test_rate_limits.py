"""A script booking consultation after consultation is stopped, as the attack was found:
one address booking many times, and many addresses booking for one email."""

from datetime import timedelta

import time_machine
from django.core import mail
from django.test import TestCase

from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import AfterCommit, details_url, form_data, la, open_hours
from securebase.testing import Personas

NOW = la(2026, 4, 1, 8, 0)


@time_machine.travel(NOW, tick=False)
class BookingScriptTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)

    def book(self, number, *, email, address="203.0.113.1"):
        start = la(2026, 4, 3, 9, 0) + timedelta(minutes=15 * number)
        return self.client.post(
            details_url(start, fmt="in_person"),
            form_data("in_person", email=email),
            REMOTE_ADDR=address,
        )

    def test_it_stops_a_script_booking_from_one_address(self):
        statuses = [self.book(n, email=f"target{n}@example.com").status_code for n in range(30)]
        assert statuses == [302] * 10 + [429] * 20
        assert Booking.objects.count() == 10
        # Only the bookings that were made sent email: 20 attempts sent nothing.
        assert {m.to[0] for m in mail.outbox if m.to[0].startswith("target")} == {
            f"target{n}@example.com" for n in range(10)
        }

    def test_it_stops_many_addresses_booking_for_one_email(self):
        statuses = [
            self.book(n, email="someone@example.com", address=f"198.51.100.{n}").status_code
            for n in range(12)
        ]
        assert statuses == [302] * 5 + [429] * 7
        assert Booking.objects.filter(email="someone@example.com").count() == 5
        assert sum(m.to == ["someone@example.com"] for m in mail.outbox) == 5

    def test_it_answers_the_limit_with_a_kind_page_and_crisis_numbers(self):
        for n in range(10):
            self.book(n, email=f"target{n}@example.com")
        response = self.book(10, email="last@example.com")
        assert response.status_code == 429
        self.assertTemplateUsed(response, "core/limited.html")
        assert "988" in response.text
