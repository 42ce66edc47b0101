import re

from django.core import mail
from playwright.sync_api import expect

from securebase.accounts.models import User
from securebase.testing import BrowserTestCase, link_path


class VisitorJourneyTests(BrowserTestCase):
    def test_it_goes_from_home_to_article_signs_up_logs_out_and_in(self):
        page = self.page
        page.goto(self.live_url("/"))
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Learn").click()
        page.get_by_role("link", name="Understanding anxious attachment").click()
        expect(page.get_by_role("heading", name="How healing begins")).to_be_visible()

        page.get_by_role("link", name="Log in").click()
        page.get_by_role("link", name="Create an account").click()
        page.get_by_label("Your name").fill("Rae")
        page.get_by_label("Email").fill("rae@example.com")
        page.get_by_label("Password", exact=True).fill("slow-mornings-and-tea-7")
        page.get_by_label("Password again").fill("slow-mornings-and-tea-7")
        page.get_by_role("button", name="Create account").click()
        expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
        page.goto(self.live_url(link_path(mail.outbox[-1], "/signup/confirm/")))
        page.get_by_role("button", name="Create my account").click()
        expect(page.get_by_role("heading", name="Hello, Rae")).to_be_visible()
        assert User.objects.get(email="rae@example.com").is_client

        page.get_by_role("button", name="Log out").click()
        expect(page.get_by_role("link", name="Log in")).to_be_visible()

        page.get_by_role("link", name="Log in").click()
        page.get_by_label("Email").fill("rae@example.com")
        page.get_by_label("Password").fill("slow-mornings-and-tea-7")
        page.get_by_role("button", name="Log in").click()
        expect(page).to_have_url(re.compile(r"/home/$"))
        expect(page.get_by_role("heading", name="Hello, Rae")).to_be_visible()
