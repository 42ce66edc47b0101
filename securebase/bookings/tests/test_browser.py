"""On a 360 px phone: book a telehealth consultation, get the email, cancel through its link,
and the clinician sees the cancellation on the dashboard."""

import re
from urllib.parse import urlsplit

from django.core import mail
from playwright.sync_api import expect

from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import open_hours
from securebase.testing import BrowserTestCase, link_path, make_clinician


class BookingJourneyTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        # A visitor in New York, to see times in their own zone with the practice's noted.
        self.context.close()
        self.context = self.browser.new_context(
            viewport=self.viewport, timezone_id="America/New_York"
        )
        self.context.set_default_timeout(15_000)
        self.page = self.context.new_page()
        self.csp_violations = []
        self.page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text
                and self.csp_violations.append(message.text)
            ),
        )
        self.theo = make_clinician()
        open_hours(self.theo, video_link="https://video.example/theo")

    def test_it_books_telehealth_gets_the_email_and_cancels_through_the_link(self):
        page = self.page
        page.goto(self.live_url("/"))
        page.get_by_role("link", name="Book a free consultation").first.click()

        expect(page.get_by_role("heading", name="Book a free consultation")).to_be_visible()
        expect(page.get_by_label("First available clinician")).to_be_checked()
        page.get_by_label("Telehealth (video)").check()
        page.get_by_label("In California", exact=True).check()
        # The browser's zone is preselected, and the picker opens in it.
        expect(page.get_by_label("Show times in")).to_have_value("America/New_York")
        self.assert_fits_width()
        page.get_by_role("button", name="See available times").click()

        expect(page.get_by_role("heading", name="Choose a time")).to_be_visible()
        expect(page.get_by_label("Show times in")).to_have_value("America/New_York")
        expect(page.get_by_text("the practice is in Los Angeles")).to_be_visible()
        self.assert_fits_width()
        # Each time is a link named by its clock time and day.
        times = page.get_by_role("link", name=re.compile(r"^\d{1,2}:\d{2} [AP]M on "))
        expect(times.first).to_be_visible()
        self.choose_a_time()

        expect(page.get_by_role("heading", name="Your details")).to_be_visible()
        expect(page.get_by_text("Business and Professions Code §2290.5")).to_be_visible()
        page.get_by_label("Your name").fill("Ada Park")
        page.get_by_role("textbox", name="Email").fill("ada@example.com")
        page.get_by_label("I agree to be contacted").check()
        page.get_by_label("I will be physically in California").check()
        page.get_by_label("I have read the telehealth information").check()
        page.get_by_label("The address where you will be").fill("12 Palm Ave, Santa Monica, CA")
        page.get_by_label("Emergency contact").fill("Sam Park, 310 555 0101")
        self.assert_fits_width()
        page.get_by_role("button", name="Book telehealth consultation").click()

        # Signed out: the time is held until the visitor confirms their email.
        expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
        self.assert_fits_width()
        check = next(m for m in mail.outbox if "/book/confirm-email/" in m.body)
        page.goto(self.live_url(link_path(check, "/book/confirm-email/")))
        self.assert_fits_width()
        page.get_by_role("button", name="Confirm and keep this time").click()

        expect(page.get_by_role("heading", name="You’re booked")).to_be_visible()
        expect(page.get_by_text("https://video.example/theo")).to_be_visible()
        booking = Booking.objects.get()
        assert booking.session_address == "12 Palm Ave, Santa Monica, CA"
        assert booking.emergency_contact == "Sam Park, 310 555 0101"
        self.assert_fits_width()

        to_client = next(m for m in mail.outbox if m.to == ["ada@example.com"] and m.attachments)
        assert to_client.attachments[0][0] == "consultation.ics"
        cancel_link = re.search(r"https?://\S+/book/cancel/\S+/", to_client.body).group(0)
        page.goto(self.live_url(urlsplit(cancel_link).path))
        expect(page.get_by_role("heading", name="Cancel your consultation?")).to_be_visible()
        self.assert_fits_width()
        page.get_by_role("button", name="Yes, cancel it").click()
        expect(page.get_by_role("heading", name="Consultation cancelled")).to_be_visible()

        self.log_in(self.theo)
        page.goto(self.live_url("/book/clinic/"))
        cancelled = page.get_by_role("region", name="Cancelled or declined (last 14 days)")
        expect(cancelled.get_by_role("link", name="Ada Park")).to_be_visible()
        expect(cancelled.get_by_text("Cancelled by the client")).to_be_visible()
        self.assert_fits_width()
        assert self.csp_violations == []

    def test_a_picker_opened_without_a_zone_reloads_in_the_browsers(self):
        page = self.page
        page.goto(self.live_url("/book/times/?format=telehealth"))

        expect(page.get_by_label("Show times in")).to_have_value("America/New_York")
        # The picker itself reloads: its address and its times now say New York.
        expect(page).to_have_url(re.compile(r"tz=America%2FNew_York"))
        expect(page.get_by_text("the practice is in Los Angeles")).to_be_visible()
        assert self.csp_violations == []
