"""On a 360 px phone: jump to a date in the slot picker with and without JavaScript, choose a
time zone before any time is shown, and add a booked consultation to a calendar."""

import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from django.utils import timezone
from playwright.sync_api import expect

from securebase.accounts.zones import practice_zone
from securebase.bookings import links
from securebase.bookings.templatetags.booking_time import day_name
from securebase.bookings.tests.helpers import book, open_hours
from securebase.testing import BrowserTestCase, make_clinician

PICKER = "/book/times/?clinician=any&format=in_person"


class PickerBrowserTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.theo = make_clinician()
        open_hours(self.theo)
        self.today = timezone.now().astimezone(practice_zone()).date()

    def without_javascript(self):
        self.use_context_without_javascript(timezone_id="America/Los_Angeles")

    def jump(self, days_ahead: int):
        target = self.today + timedelta(days=days_ahead)
        self.page.goto(self.live_url(PICKER + "&tz=America%2FLos_Angeles"))
        expect(self.page.get_by_role("heading", name="Choose a time")).to_be_visible()
        self.page.get_by_label("Jump to a date").fill(target.isoformat())
        self.page.get_by_role("button", name="Show times").click()
        return target

    def test_it_jumps_to_a_date_with_javascript(self):
        target = self.jump(12)

        expect(self.page.get_by_role("heading", name=day_name(target))).to_be_visible()
        expect(self.page).to_have_url(re.compile(f"week={target.isoformat()}$"))
        # htmx swapped only the picker: the time zone menu above it is the same element.
        expect(self.page.get_by_label("Show times in")).to_have_value("America/Los_Angeles")
        self.page.get_by_role("link", name="Earlier times").click()
        expect(self.page.get_by_role("heading", name=day_name(target))).to_be_hidden()
        self.assert_accessible()

    def test_it_jumps_to_a_date_without_javascript(self):
        self.without_javascript()

        target = self.jump(20)

        expect(self.page.get_by_role("heading", name=day_name(target))).to_be_visible()
        assert parse_qs(urlsplit(self.page.url).query)["week"] == [target.isoformat()]
        self.assert_accessible()

    def test_it_lets_a_visitor_without_javascript_choose_a_zone_before_the_times(self):
        self.without_javascript()
        page = self.page
        page.goto(self.live_url("/book/"))

        page.get_by_label("In person").check()
        page.get_by_label("Show times in").select_option("Europe/London")
        page.get_by_role("button", name="See available times").click()

        expect(page.get_by_role("heading", name="Choose a time")).to_be_visible()
        expect(page.get_by_text("Times are shown in Europe/London")).to_be_visible()
        # 9:00 in Los Angeles is 17:00 in London (16:00 for the weeks their clocks differ). The
        # first slot shown may be later than 9:00 (the notice period cuts into the first day),
        # so look for the opening hour among the days shown.
        opening = page.locator(".slot-list a.slot", has_text=re.compile(r"^(4|5):00 PM"))
        expect(opening.first).to_be_visible()
        self.assert_accessible()

    def test_it_offers_google_outlook_apple_and_a_file_with_a_neutral_title(self):
        start = timezone.now().astimezone(practice_zone()).replace(
            hour=10, minute=0, second=0, microsecond=0
        ) + timedelta(days=3)
        booking = book(self.theo, start, now=timezone.now(), fmt="in_person")
        page = self.page
        page.goto(self.live_url(links.path(booking, links.VIEW)))

        calendar = page.get_by_role("region", name="Add to your calendar")
        google = calendar.get_by_role("link", name="Google Calendar")
        outlook = calendar.get_by_role("link", name="Outlook")
        expect(google).to_have_attribute("href", re.compile(r"^https://calendar\.google\.com/"))
        expect(outlook).to_have_attribute("href", re.compile(r"^https://outlook\.live\.com/"))
        google_query = parse_qs(urlsplit(google.get_attribute("href")).query)
        assert google_query["text"] == ["Appointment with Theo Alvarez"]
        expect(calendar.get_by_text("Appointment with Theo Alvarez")).to_be_visible()
        with page.expect_download() as download:
            calendar.get_by_role("link", name="Other apps (.ics file)").click()
        ics = Path(download.value.path()).read_text(encoding="utf-8")
        assert "SUMMARY:Appointment with Theo Alvarez" in ics
        apple = calendar.get_by_role("link", name="Apple Calendar")
        expect(apple).to_have_attribute("href", re.compile(r"/consultation\.ics$"))
        self.assert_accessible()
