"""A booking form's submission key is not a bearer credential.

As found: posting another person's key showed their booking, email and links. The key now only
works in the browser session that sent it.
"""

import re

import time_machine
from django.core import mail
from django.test import Client, TestCase

from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import AfterCommit, details_url, form_data, la, open_hours
from securebase.testing import Personas

NOW = la(2026, 4, 1, 8, 0)


@time_machine.travel(NOW, tick=False)
class SubmissionKeyTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)

    def issued_key(self, client, url):
        page = client.get(url).content.decode()
        return re.search(r'name="submission_key" value="([^"]+)"', page).group(1)

    def test_it_lands_a_double_submit_on_the_first_booking_in_the_same_session(self):
        url = details_url(la(2026, 4, 2, 10, 0), fmt="in_person")
        key = self.issued_key(self.client, url)
        data = form_data("in_person", submission_key=key, email="vera@example.com")
        first = self.client.post(url, data)
        second = self.client.post(url, data)
        assert first.status_code == second.status_code == 302
        assert first["Location"] == second["Location"]
        assert Booking.objects.count() == 1

    def test_it_shows_nothing_of_the_booking_to_someone_posting_its_key(self):
        url = details_url(la(2026, 4, 2, 10, 0), fmt="in_person")
        key = self.issued_key(self.client, url)
        self.client.post(url, form_data("in_person", submission_key=key, email="vera@example.com"))
        booking = Booking.objects.get()
        mail.outbox.clear()

        stranger = Client()
        response = stranger.post(
            url,
            form_data("in_person", submission_key=key, email="nosy@example.com"),
            follow=True,
        )

        # The stranger is told the time is taken, like anyone else; nothing of Vera's shows.
        assert response.status_code == 409
        assert "vera@example.com" not in response.text
        assert str(booking.uid) not in response.text
        assert Booking.objects.count() == 1
        assert mail.outbox == []
