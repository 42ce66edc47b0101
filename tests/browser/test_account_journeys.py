import json
import re
import uuid
from datetime import timedelta

from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from securebase.accounts.models import User
from securebase.accounts.zones import COMMON_ZONES
from securebase.checkins import services as checkin_services
from securebase.checkins.forms import CheckinEntry
from securebase.testing import PASSWORD, BrowserTestCase, make_client


class AccountJourneyTests(BrowserTestCase):
    def test_it_changes_settings_downloads_the_data_and_deletes_the_account(self):
        ada = make_client(email="ada@example.com", full_name="Ada Park")
        self.log_in(ada)
        page = self.page
        page.goto(self.live_url("/home/"))
        page.get_by_role("link", name="Account").click()
        page.get_by_label("Time zone").select_option("America/New_York")
        page.get_by_role("button", name="Save settings").click()
        expect(page.get_by_text("Your settings are saved.")).to_be_visible()
        ada.refresh_from_db()
        assert ada.time_zone == "America/New_York"

        page.get_by_role("link", name="Download everything we hold about you").click()
        with page.expect_download() as download_info:
            page.get_by_role("button", name="Download my data").click()
        download = download_info.value
        with open(download.path(), encoding="utf-8") as handle:
            assert json.load(handle)["account"]["email"] == "ada@example.com"

        page.goto(self.live_url("/accounts/settings/"))
        page.get_by_role("link", name="Delete your account and what you made here").click()
        expect(page.get_by_role("heading", name="Deleted straight away, for good")).to_be_visible()
        expect(page.get_by_role("listitem").filter(has_text="Check-ins")).to_be_visible()
        expect(
            page.get_by_role("heading", name="Kept by the practice for 7 years after your last")
        ).to_be_visible()
        expect(page.get_by_role("listitem").filter(has_text="The audit log")).to_be_visible()
        page.get_by_label("Your password").fill(PASSWORD)
        page.get_by_label("I understand").check()
        page.get_by_role("button", name="Delete my account").click()
        expect(
            page.get_by_text("Your account and what you made here have been deleted.")
        ).to_be_visible()
        assert not User.objects.filter(email="ada@example.com").exists()

    def test_a_new_time_zone_counts_the_check_in_days_again(self):
        ada = make_client(time_zone="America/Los_Angeles")
        # 07:30 and 20:00 UTC: one day in London, two in Los Angeles (the first is the
        # evening before there).
        midnight = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
        for hours, anxiety in ((7.5, 6), (20, 4)):
            checkin_services.record_checkin(
                user=ada,
                token=uuid.uuid4(),
                entry=CheckinEntry(
                    anxiety=anxiety, emotions=[], triggers=[], behaviors={}, helped=[], note=""
                ),
                now=midnight - timedelta(days=3) + timedelta(hours=hours),
            )
        self.log_in(ada)
        page = self.page
        page.goto(self.live_url("/check-in/trends/"))
        expect(page.get_by_text("Days with a check-in: 2.")).to_be_visible()

        page.goto(self.live_url("/accounts/settings/"))
        page.get_by_label("Time zone").select_option("Europe/London")
        page.get_by_role("button", name="Save settings").click()
        expect(page.get_by_text("Your settings are saved.")).to_be_visible()
        page.goto(self.live_url("/check-in/trends/"))
        expect(page.get_by_text("Days with a check-in: 1.")).to_be_visible()

    def test_it_resets_a_forgotten_password_through_the_emailed_link(self):
        make_client(email="ada@example.com")
        page = self.page
        page.goto(self.live_url("/accounts/login/"))
        page.get_by_role("link", name="Forgot your password?").click()
        page.get_by_label("Email").fill("ada@example.com")
        page.get_by_role("button", name="Send the link").click()
        expect(page.get_by_role("heading", name="Check your email")).to_be_visible()

        link = re.search(r"https?://\S+/password-reset/\S+/", mail.outbox[-1].body).group(0)
        page.goto(self.live_url("/" + link.split("://", 1)[1].split("/", 1)[1]))
        page.get_by_label("New password", exact=True).fill("a-fresh-start-2027")
        page.get_by_label("New password confirmation").fill("a-fresh-start-2027")
        page.get_by_role("button", name="Save the new password").click()
        expect(page.get_by_role("heading", name="Your password is changed")).to_be_visible()

        page.get_by_role("link", name="Log in").last.click()
        page.get_by_label("Email").fill("ada@example.com")
        page.get_by_label("Password").fill("a-fresh-start-2027")
        page.get_by_role("button", name="Log in").click()
        expect(page).to_have_url(re.compile(r"/home/$"))

    def fill_sign_up(self, page, *, zone: str) -> None:
        page.get_by_label("Your name").fill("Rae")
        page.get_by_label("Email").fill("rae@example.com")
        page.get_by_label("Not in the list? Type a city or region").fill(zone)
        page.get_by_label("Password", exact=True).fill("slow-mornings-and-tea-7")
        page.get_by_label("Password again").fill("slow-mornings-and-tea-7")
        page.get_by_role("button", name="Create account").click()

    def test_it_explains_a_time_zone_it_cannot_find(self):
        page = self.page
        page.goto(self.live_url("/accounts/signup/"))
        menu = page.get_by_label("Time zone", exact=True)
        assert menu.locator("option").count() == len(COMMON_ZONES)
        self.fill_sign_up(page, zone="Atlantis")
        expect(page.get_by_text("We don’t know a time zone called “Atlantis”")).to_be_visible()
        self.assert_accessible()
        assert mail.outbox == []

    def test_it_signs_up_with_a_time_zone_typed_in_without_javascript(self):
        context = self.browser.new_context(viewport=self.viewport, java_script_enabled=False)
        page = context.new_page()
        page.goto(self.live_url("/accounts/signup/"))
        self.fill_sign_up(page, zone="Bogota")
        expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
        link = re.search(r"https?://\S+/signup/confirm/\S+", mail.outbox[-1].body).group(0)
        page.goto(self.live_url("/" + link.split("://", 1)[1].split("/", 1)[1]))
        page.get_by_role("button", name="Create my account").click()
        expect(page).to_have_url(re.compile(r"/home/$"))
        assert User.objects.get(email="rae@example.com").time_zone == "America/Bogota"
        context.close()
