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


def contrast(one: str, other: str) -> float:
    """The WCAG contrast ratio of two ``rgb(...)`` colors."""
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


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
        # No label touches the panel's edge: every chart's text sits 6 px or more inside it.
        room = page.evaluate(
            """selector => Math.min(...[...document.querySelectorAll(selector)].flatMap(svg => {
                const box = svg.getBoundingClientRect();
                return [...svg.querySelectorAll("text")].map(text => {
                    const r = text.getBoundingClientRect();
                    return Math.min(r.left - box.left, box.right - r.right,
                                    r.top - box.top, box.bottom - r.bottom);
                });
            }))""",
            chart,
        )
        assert room >= 6, room
        self.assert_accessible()

    def test_the_pacer_and_the_wave_are_drawn_dark_at_night(self):
        # No bright panel in a dark room: the moving shapes stand out from the dark page (3:1,
        # as a graphic must), and the faint guide lines are dark too.
        page = self.page
        for path, svg, guide, moving in (
            ("/pause/do/breathing/", ".pacer-svg", ".pacer-ring", {".pacer-circle": "fill"}),
            (
                "/pause/do/urge_surfing/",
                ".wave-svg",
                ".wave-line",
                {".wave-path": "stroke", ".wave-marker": "fill"},
            ),
        ):
            page.emulate_media(color_scheme="dark")  # axe leaves the page light
            page.goto(self.live_url(path))
            background = self.style("body", "backgroundColor")
            assert self.style(svg, "backgroundColor") == "rgba(0, 0, 0, 0)", path
            assert luminance(self.style(guide, "stroke")) < 0.1, guide
            for shape, paint in moving.items():
                assert contrast(self.style(shape, paint), background) >= 3, shape
                # and is drawn whole, not cut off at the picture's edge
                inside = page.locator(shape).evaluate(
                    """shape => {
                        const r = shape.getBoundingClientRect();
                        const box = shape.ownerSVGElement.getBoundingClientRect();
                        return r.left >= box.left && r.right <= box.right
                            && r.top >= box.top && r.bottom <= box.bottom;
                    }"""
                )
                assert inside, shape
            self.assert_accessible()

    def test_a_dark_page_is_dark_before_its_stylesheet_arrives(self):
        # A slow connection at night: no white flash while site.css is on its way.
        page = self.page
        page.route("**/site.css", lambda route: route.abort())
        page.emulate_media(color_scheme="dark")
        page.goto(self.live_url("/"))
        # The browser's own dark colors: light text (on a dark canvas).
        assert luminance(self.style("body", "color")) > 0.7
