"""Dark pages when the phone or computer asks for them, light ones otherwise and on paper.

Every page a browser test reaches is also checked by axe-core in both schemes
(``securebase.testing.axe_violations``); these tests check that the dark scheme is really
applied, that charts keep a light panel under their light colors, and that printing stays light.
"""

import uuid
from datetime import timedelta

from django.utils import timezone

from securebase.checkins.forms import CheckinEntry
from securebase.checkins.services import record_checkin
from securebase.testing import BrowserTestCase, make_client


def luminance(css_color: str) -> float:
    """Relative luminance (WCAG) of an ``rgb(...)`` color as the browser reports it."""
    red, green, blue = (int(part) / 255 for part in css_color[4:-1].split(",")[:3])

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


class ColorSchemeTests(BrowserTestCase):
    def style(self, selector: str, prop: str) -> str:
        return self.page.locator(selector).first.evaluate(
            "(element, prop) => getComputedStyle(element)[prop]", prop
        )

    def test_the_site_follows_the_devices_dark_setting_and_prints_light(self):
        page = self.page
        page.goto(self.live_url("/"))
        assert luminance(self.style("body", "backgroundColor")) > 0.8
        assert luminance(self.style("body", "color")) < 0.05

        page.emulate_media(color_scheme="dark")
        assert luminance(self.style("body", "backgroundColor")) < 0.02
        assert luminance(self.style("body", "color")) > 0.7
        assert luminance(self.style(".site-header", "backgroundColor")) < 0.05
        self.assert_accessible()

        page.emulate_media(color_scheme="dark", media="print")
        assert luminance(self.style("body", "backgroundColor")) > 0.9
        assert luminance(self.style("body", "color")) < 0.05

    def test_a_chart_keeps_a_light_panel_on_a_dark_page(self):
        ada = make_client()
        now = timezone.now()
        for days_ago, anxiety in ((3, 7), (2, 5), (1, 4)):
            record_checkin(
                user=ada,
                token=uuid.uuid4(),
                entry=CheckinEntry(anxiety=anxiety),
                now=now - timedelta(days=days_ago),
            )
        self.log_in(ada)
        page = self.page
        page.emulate_media(color_scheme="dark")
        page.goto(self.live_url("/check-in/trends/"))
        chart = "svg.chart"
        page.locator(chart).first.wait_for()
        assert luminance(self.style("main", "color")) > 0.7
        assert luminance(self.style(chart, "backgroundColor")) > 0.9
        self.assert_accessible()

    def test_a_dark_page_is_dark_before_its_stylesheet_arrives(self):
        # A slow connection at night: no white flash while site.css is on its way.
        page = self.page
        page.route("**/site.css", lambda route: route.abort())
        page.emulate_media(color_scheme="dark")
        page.goto(self.live_url("/"))
        # The browser's own dark colors: light text (on a dark canvas).
        assert luminance(self.style("body", "color")) > 0.7
