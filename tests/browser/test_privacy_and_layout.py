from urllib.parse import urlsplit

from securebase.testing import BrowserTestCase

MAIN_PAGES = [
    "/",
    "/learn/",
    "/learn/understanding-anxious-attachment/",
    "/clinicians/",
    "/services/",
    "/privacy-notice/",
    "/help-now/",
    "/accounts/login/",
    "/accounts/signup/",
    "/book/",
    "/assessment/",
    "/check-in/",
    "/pause/",
    "/journal/",
    "/reality-check/",
]


class NoThirdPartyRequestTests(BrowserTestCase):
    def test_it_makes_no_request_outside_the_site_and_breaks_no_policy(self):
        origin = urlsplit(self.live_server_url).netloc
        requests: list[str] = []
        violations: list[str] = []
        failures: list[str] = []
        self.page.on("request", lambda request: requests.append(request.url))
        self.page.on(
            "response",
            lambda response: (
                failures.append(f"{response.status} {response.url}")
                if response.status >= 400
                else None
            ),
        )
        self.page.on(
            "console",
            lambda message: (
                violations.append(message.text)
                if "Content Security Policy" in message.text or "Refused to" in message.text
                else None
            ),
        )
        for path in MAIN_PAGES:
            self.page.goto(self.live_url(path))
            self.page.wait_for_load_state("networkidle")
        elsewhere = [
            url
            for url in requests
            if urlsplit(url).scheme not in {"data", "blob"} and urlsplit(url).netloc != origin
        ]
        assert len(requests) >= len(MAIN_PAGES)
        assert elsewhere == []
        assert violations == []
        assert failures == []  # every stylesheet, script and image the pages ask for exists
        assert any(url.endswith("/static/css/site.css") for url in requests)


class NarrowScreenTests(BrowserTestCase):
    viewport = {"width": 360, "height": 740}

    def assert_no_horizontal_scroll(self, path: str) -> None:
        self.page.goto(self.live_url(path))
        widths = self.page.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert widths[0] <= widths[1], f"{path}: content {widths[0]}px in a {widths[1]}px window"

    def test_it_fits_the_home_page_into_360_pixels(self):
        self.assert_no_horizontal_scroll("/")

    def test_it_fits_the_article_into_360_pixels(self):
        self.assert_no_horizontal_scroll("/learn/understanding-anxious-attachment/")
