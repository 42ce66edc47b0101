import re
from base64 import b32decode
from datetime import timedelta

from django.db.models import F
from django_otp.oath import TOTP, totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from securebase.testing import PASSWORD, BrowserTestCase, make_clinician


def code_now(device: TOTPDevice) -> str:
    device.refresh_from_db()
    return (
        f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():06d}"
    )


def wait_out(device: TOTPDevice, seconds: float) -> None:
    """As if ``seconds`` had passed since the last wrong code, without sleeping through them."""
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=F("throttling_failure_timestamp") - timedelta(seconds=seconds)
    )


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

    def test_a_right_code_after_wrong_ones_is_told_how_long_to_wait_then_accepted(self):
        make_clinician(email="theo@example.com", full_name="Theo Alvarez")
        device = TOTPDevice.objects.get(user__email="theo@example.com")
        page = self.page
        page.goto(self.live_url("/accounts/login/"))
        page.get_by_label("Email").fill("theo@example.com")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()

        # Wrong codes, each once the previous pause is over: the pauses grow 1, 2, 4, 8 s (the
        # last wrong code is moved back in time instead of waiting).
        for attempt in range(4):
            page.get_by_label("Code").fill(f"00000{attempt}")
            page.get_by_role("button", name="Continue").click()
            expect(page.get_by_text("That code didn’t match.")).to_be_visible()
            if attempt < 3:
                wait_out(device, 2**attempt + 0.3)
        device.refresh_from_db()
        assert device.throttling_failure_count == 4

        page.get_by_label("Code").fill(code_now(device))
        page.get_by_role("button", name="Continue").click()
        message = page.get_by_text(re.compile(r"Please wait (\d+) seconds?, then enter"))
        expect(message).to_be_visible()
        assert "didn’t match" not in page.content()
        self.assert_accessible()
        seconds = int(re.search(r"wait (\d+) second", message.inner_text()).group(1))
        assert 1 <= seconds <= 8

        wait_out(device, seconds + 0.5)
        page.get_by_label("Code").fill(code_now(device))
        page.get_by_role("button", name="Continue").click()
        expect(page.get_by_role("heading", name="Clinic", exact=True)).to_be_visible()
