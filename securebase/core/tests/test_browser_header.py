"""The site header on a phone: the practice's name, "Need help now?", the safety plan link, the
navigation and the booking button each keep their own place, in English and in Spanish,
signed out and signed in, at 360 px and on a narrower 320 px screen. "¿Necesitas ayuda ahora?"
is long enough to have run over the name."""

from securebase.testing import BrowserTestCase, make_client

PARTS = (".brand", ".help-now", ".safety-plan-link", ".site-nav", ".book-cta")
WIDTHS = (360, 320)


class PhoneHeaderTests(BrowserTestCase):
    def assert_header_parts_apart(self, *, expected: set[str]) -> None:
        page = self.page
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 780})
            shown = {part for part in PARTS if page.locator(part).count()}
            assert shown == expected, f"{page.url} at {width} px"
            self.assert_apart(", ".join(PARTS))
            scrolled = page.evaluate("document.documentElement.scrollWidth")
            assert scrolled <= width, f"{page.url} at {width} px scrolls sideways ({scrolled}px)"

    def test_a_visitors_header_in_english_and_spanish(self):
        for language in ("en", "es"):
            self.page.goto(self.live_url(f"/?lang={language}"))
            self.assert_header_parts_apart(
                expected={".brand", ".help-now", ".site-nav", ".book-cta"}
            )

    def test_a_clients_header_with_the_safety_plan_link_in_english_and_spanish(self):
        self.log_in(make_client())
        for language in ("en", "es"):
            self.page.goto(self.live_url(f"/?lang={language}"))
            self.assert_header_parts_apart(expected=set(PARTS))
