from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

from django.test import TestCase
from django.utils import timezone

from securebase.bookings import links, presenting
from securebase.bookings.tests.helpers import book, open_hours
from securebase.testing import make_clinician


class CalendarLinksTests(TestCase):
    def setUp(self):
        self.theo = make_clinician()
        open_hours(self.theo)
        start = timezone.now().replace(hour=18, minute=0, second=0, microsecond=0)
        self.booking = book(self.theo, start + timedelta(days=3), now=timezone.now())

    def query(self, url: str) -> dict:
        return parse_qs(urlsplit(url).query)

    def test_the_third_party_forms_carry_no_link_that_acts_on_the_booking(self):
        calendar = presenting.calendar_links(self.booking)
        for url, field in ((calendar["google"], "details"), (calendar["outlook"], "body")):
            notes = self.query(url)[field][0]
            assert "consultation with" in notes
            assert "Reschedule" not in notes and "Cancel" not in notes
            assert links.make_token(self.booking, links.CANCEL) not in url

    def test_the_ics_file_the_person_keeps_still_has_them(self):
        event = presenting.emails.calendar_event(self.booking)
        assert "Reschedule: " in event.description and "Cancel: " in event.description
