"""On a 360 px phone, in Spanish: a visitor whose browser asks for Spanish books a telehealth
consultation, reads the telehealth information and agrees to it in Spanish, and gets the
confirmation email in Spanish; with JavaScript and without it."""

from securebase.bookings.tests.helpers import open_hours
from securebase.bookings.tests.spanish_journey import book_telehealth_in_spanish
from securebase.testing import BrowserTestCase, make_clinician


class SpanishBookingJourneyTests(BrowserTestCase):
    locale = "es-US"

    def setUp(self):
        super().setUp()
        self.theo = make_clinician()
        open_hours(self.theo, video_link="https://video.example/theo")

    def test_it_books_telehealth_in_spanish_and_emails_in_spanish(self):
        book_telehealth_in_spanish(self)

    def test_it_books_telehealth_in_spanish_without_javascript(self):
        self.use_context_without_javascript(timezone_id="America/Los_Angeles")

        book_telehealth_in_spanish(self)
