"""On a phone the header leaves the page room: at most a quarter of the screen's height."""

import os

from securebase.testing import BrowserTestCase, make_client, make_clinician

PAGES = ("/", "/check-in/", "/accounts/settings/")


class HeaderHeightTests(BrowserTestCase):
    # A small phone: 360 px wide, the height left once the browser's own bars are drawn.
    viewport = {"width": 360, "height": 640}

    def header_heights(self, who: str) -> dict[str, float]:
        heights = {}
        for path in PAGES:
            self.page.goto(self.live_url(path))
            box = self.page.locator("header.site-header").bounding_box()
            heights[path] = box["height"]
        if folder := os.environ.get("SCREENSHOT_DIR"):
            self.page.screenshot(path=os.path.join(folder, f"header-{who}-360.png"))
        return heights

    def assert_quarter_at_most(self, who: str) -> None:
        limit = self.viewport["height"] / 4
        heights = self.header_heights(who)
        assert all(h <= limit for h in heights.values()), f"{who}: {heights}, limit {limit}"
        width = self.page.evaluate("document.documentElement.scrollWidth")
        assert width <= self.viewport["width"], f"{who}: page is {width}px wide"

    def test_signed_out(self):
        self.assert_quarter_at_most("visitor")

    def test_signed_in_as_a_client(self):
        self.log_in(make_client())
        self.assert_quarter_at_most("client")
        # Every navigation link can still be reached (the row scrolls sideways).
        nav = self.page.get_by_role("navigation", name="Main")
        last = nav.get_by_role("button", name="Log out")
        last.scroll_into_view_if_needed()
        assert last.is_visible()

    def test_signed_in_as_a_clinician(self):
        self.log_in(make_clinician())
        self.assert_quarter_at_most("clinician")
