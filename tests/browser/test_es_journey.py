"""The whole first hour in Spanish on a 360 px phone, across the apps: a visitor whose browser
asks for English switches the site to Spanish on the home page, reads the first article in
Spanish, follows its link to book, books a telehealth consultation (the California attestation
and the telehealth consent in Spanish), and gets the confirmation email in Spanish. The choice
is the switcher's cookie, not the browser's preference, so every page after it proves the
choice is remembered."""

from playwright.sync_api import expect

from securebase.bookings.tests.helpers import open_hours
from securebase.bookings.tests.spanish_journey import book_telehealth_in_spanish
from securebase.testing import BrowserTestCase, make_clinician


class SpanishFirstHourTests(BrowserTestCase):
    locale = "en-US"

    def test_a_visitor_switches_to_spanish_reads_and_books_in_spanish(self):
        open_hours(make_clinician(), video_link="https://video.example/theo")
        page = self.page
        page.goto(self.live_url("/"))
        expect(page.locator("html")).to_have_attribute("lang", "en")

        switch = page.get_by_role("link", name="Español")
        expect(switch).to_have_attribute("lang", "es")
        switch.click()
        expect(page.locator("html")).to_have_attribute("lang", "es")
        assert page.url == self.live_url("/")
        expect(page.get_by_role("link", name="English")).to_have_attribute("hreflang", "en")
        self.assert_accessible()

        page.get_by_role("navigation", name="Principal").get_by_role("link", name="Aprende").click()
        page.get_by_role("link", name="Entender el apego ansioso").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Entender el apego ansioso")
        self.assert_fits_width()
        self.assert_accessible()

        page.get_by_role("link", name="Reserva una consulta gratis de 15 minutos").click()
        book_telehealth_in_spanish(self, start=None)
