"""The site header on a phone: the practice's name, "Need help now?", the safety plan link, the
navigation and the booking button each keep their own place, in English and in Spanish,
signed out and signed in, at 360 px and on a narrower 320 px screen. "¿Necesitas ayuda ahora?"
is long enough to have run over the name."""

from itertools import combinations

from securebase.testing import BrowserTestCase, make_client

PARTS = (".brand", ".help-now", ".safety-plan-link", ".site-nav", ".book-cta")
WIDTHS = (360, 320)


def _overlap(one: dict, other: dict) -> bool:
    # Half a pixel of slack for subpixel layout: touching edges are not an overlap.
    return (
        one["x"] < other["x"] + other["width"] - 0.5
        and other["x"] < one["x"] + one["width"] - 0.5
        and one["y"] < other["y"] + other["height"] - 0.5
        and other["y"] < one["y"] + one["height"] - 0.5
    )


class PhoneHeaderTests(BrowserTestCase):
    def assert_header_parts_apart(self, *, expected: set[str]) -> None:
        page = self.page
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 780})
            boxes = {
                part: page.locator(part).first.bounding_box()
                for part in PARTS
                if page.locator(part).count()
            }
            where = f"{page.url} at {width} px"
            assert set(boxes) == expected, where
            overlapping = [
                (one, other)
                for one, other in combinations(boxes, 2)
                if _overlap(boxes[one], boxes[other])
            ]
            assert overlapping == [], f"{where}: {overlapping} overlap"
            scrolled = page.evaluate("document.documentElement.scrollWidth")
            assert scrolled <= width, f"{where} scrolls sideways ({scrolled}px)"

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
