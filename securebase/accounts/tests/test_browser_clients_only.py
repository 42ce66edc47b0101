"""A clinician who follows a public page's link to a client's tool is told what the page is and
finds the way back to the clinic, from the keyboard, at 360 px."""

from playwright.sync_api import expect

from securebase.testing import BrowserTestCase, make_clinician


class ClinicianOnAClientsToolTests(BrowserTestCase):
    def test_the_home_pages_check_in_link_explains_itself_to_a_clinician(self):
        self.log_in(make_clinician())
        page = self.page
        page.goto(self.live_url("/"))
        page.get_by_role("link", name="Check in daily").click()
        expect(
            page.get_by_role("heading", level=1, name="This page is a client’s own tool")
        ).to_be_visible()
        expect(page.get_by_text("You are signed in with a practice account")).to_be_visible()
        self.assert_fits_width()
        self.assert_accessible()

        back = page.get_by_role("link", name="Go to the clinic home")
        back.focus()
        page.keyboard.press("Enter")
        expect(page).to_have_url(self.live_url("/clinic/"))
