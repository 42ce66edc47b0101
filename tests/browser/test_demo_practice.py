import os
import re

from playwright.sync_api import expect

from securebase.accounts.models import User
from securebase.practice.demo import seed_demo_practice
from securebase.testing import BrowserTestCase


class DemoPracticeTests(BrowserTestCase):
    def test_the_demo_clients_trends_chart_has_points(self):
        demo = seed_demo_practice()
        self.log_in(User.objects.get(pk=demo.client.pk))
        page = self.page
        page.goto(self.live_url("/check-in/trends/"))
        chart = page.locator("svg#chart-anxiety, svg[aria-labelledby^='chart-anxiety']")
        expect(chart).to_be_visible()
        assert chart.locator("circle").count() >= 5
        expect(page.get_by_role("heading", name="What your own data shows")).to_be_visible()
        assert page.locator(".insights li").count() >= 1
        # CI keeps the picture for people reviewing the change (SCREENSHOT_DIR set there).
        if folder := os.environ.get("SCREENSHOT_DIR"):
            page.screenshot(path=os.path.join(folder, "demo-trends-360.png"), full_page=True)

    def test_a_demo_clinician_sees_the_day_at_a_glance_and_follows_it(self):
        demo = seed_demo_practice()
        maya = User.objects.get(pk=demo.clinicians[0].pk)
        self.log_in(maya)
        page = self.page
        page.goto(self.live_url("/clinic/"))
        expect(page.get_by_role("heading", name="Your day at a glance")).to_be_visible()
        requests = page.get_by_role("region", name=re.compile("^Requests waiting"))
        expect(requests.get_by_role("link", name=re.compile("Riley Brooks"))).to_be_visible()
        news = page.get_by_role("region", name=re.compile("^Clients with something new"))
        expect(news.get_by_role("link", name=re.compile("Sam Demo"))).to_be_visible()
        self.assert_accessible()
        news.get_by_role("link", name=re.compile("Sam Demo")).click()
        expect(page.get_by_role("heading", name=re.compile("Sam Demo"))).to_be_visible()
        page.goto(self.live_url("/clinic/"))
        requests.get_by_role("link", name=re.compile("Riley Brooks")).click()
        expect(page.get_by_text("Riley Brooks").first).to_be_visible()
        page.goto(self.live_url("/book/clinic/"))
        page.goto(self.live_url("/care/clients/"))
