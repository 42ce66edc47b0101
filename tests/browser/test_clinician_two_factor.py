from base64 import b32decode

from django_otp.oath import totp
from playwright.sync_api import expect

from securebase.testing import PASSWORD, BrowserTestCase, make_clinician


class ClinicianTwoFactorTests(BrowserTestCase):
    def test_it_sends_a_new_clinician_to_enroll_and_then_to_the_clinic(self):
        make_clinician(email="nia@example.com", full_name="Nia Brooks", two_factor=False)
        page = self.page
        page.goto(self.live_url("/accounts/login/"))
        page.get_by_label("Email").fill("nia@example.com")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()

        expect(page.get_by_role("heading", name="Set up two-factor authentication")).to_be_visible()
        # Any other page sends the clinician back here until they have enrolled.
        page.goto(self.live_url("/clinic/"))
        expect(page.get_by_role("heading", name="Set up two-factor authentication")).to_be_visible()

        secret = page.locator("#totp-secret").inner_text().replace(" ", "")
        key = b32decode(secret + "=" * (-len(secret) % 8))
        page.get_by_label("Code").fill(f"{totp(key):06d}")
        page.get_by_role("button", name="Turn on two-factor").click()

        expect(page.get_by_role("heading", name="Two-factor authentication is on")).to_be_visible()
        page.get_by_role("link", name="Continue").click()
        expect(page.get_by_role("heading", name="Clinic", exact=True)).to_be_visible()
        expect(page.get_by_text("Welcome, Nia Brooks.")).to_be_visible()
