"""People and helpers every test shares.

The personas: ``theo`` (a clinician with two-factor set up), ``ada`` and ``ben`` (clients).
For every view that shows private data, a test proves that ben cannot see ada's.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import unittest
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.test import Client, override_settings
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User
from securebase.practice.models import ClinicianProfile

PASSWORD = "a-long-test-password-42"  # noqa: S105


def make_client(*, email: str = "ada@example.com", full_name: str = "Ada Park", **fields) -> User:
    return User.objects.create_user(
        email=email, password=PASSWORD, full_name=full_name, role=User.Role.CLIENT, **fields
    )


def make_clinician(
    *,
    email: str = "theo@example.com",
    full_name: str = "Theo Alvarez",
    two_factor: bool = True,
    **profile,
) -> User:
    """A clinician with a public profile, and (unless told otherwise) a confirmed TOTP device."""
    user = User.objects.create_user(
        email=email, password=PASSWORD, full_name=full_name, role=User.Role.CLINICIAN
    )
    slug = profile.pop("slug", email.split("@")[0])
    defaults = {
        "license_type": ClinicianProfile.License.LMFT,
        "license_number": "LMFT 123456",
        "languages": ["English"],
        "approach": "Attachment-focused, warm and collaborative.",
    }
    ClinicianProfile.objects.create(user=user, slug=slug, **{**defaults, **profile})
    if two_factor:
        TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    return user


class Personas:
    """Mixin for TestCase: theo, ada and ben, made once per class. A class that sets
    ``ada_language = "es"`` gets an Ada whose account reads the site in Spanish."""

    ada_language = "en"

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.theo = make_clinician()
        cls.ada = make_client(
            email="ada@example.com", full_name="Ada Park", language=cls.ada_language
        )
        cls.ben = make_client(email="ben@example.com", full_name="Ben Okafor")


def link_path(message, fragment: str) -> str:
    """The site-relative path of the first link in an email whose address contains `fragment`."""
    for word in message.body.split():
        if "://" in word and fragment in word:
            return "/" + word.split("://", 1)[1].split("/", 1)[1]
    raise AssertionError(f"no link with {fragment!r} in {message.subject!r}")


def _verified_session(client: Client, user: User) -> None:
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    if user.needs_two_factor:
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            raise AssertionError(f"{user.email} has no confirmed TOTP device to verify with")
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()


def login_verified(client: Client, user: User) -> None:
    """Log a test client in as ``user``, with two-factor satisfied for clinicians and staff."""
    _verified_session(client, user)


@contextmanager
def site_without(*app_names: str) -> Iterator[None]:
    """The site as if ``app_names`` were taken out of ``INSTALLED_APPS``, URLs included.

    ``securebase/urls.py`` is executed afresh against the smaller app registry (it mounts only
    installed apps), without touching the module the rest of the suite uses.
    """
    remaining = [app for app in settings.INSTALLED_APPS if app not in app_names]
    with override_settings(INSTALLED_APPS=remaining):
        # Built inside: the URLconf must see the smaller app registry.
        spec = importlib.util.find_spec(settings.ROOT_URLCONF)
        urlconf = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(urlconf)
        with override_settings(ROOT_URLCONF=urlconf):
            yield


def chromium_path() -> str | None:
    return (
        os.environ.get("CHROMIUM_PATH")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )


SEED_MIGRATIONS = [
    ("securebase.articles.migrations.0002_first_article", "add_article"),
    ("securebase.articles.migrations.0006_first_article_spanish", "add_spanish_version"),
    ("securebase.records.migrations.0002_starter_documents", "add_documents"),
    ("securebase.records.migrations.0004_spanish_starter_documents", "add_spanish"),
]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


_TRANSITIONS_OVER = (
    "() => document.getAnimations().every("
    "a => !(a instanceof CSSTransition) || a.playState !== 'running')"
)


def axe_violations(page) -> str:
    """axe-core's report of every violation on ``page`` as it is now, in the light color scheme
    and again in the dark one (the site follows the device's setting); empty when none."""
    from axe_playwright_python.sync_playwright import Axe

    lines = []
    try:
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            # Colors that change with the scheme may ease into place (the admin's do): axe
            # reads them once they are there.
            page.wait_for_function(_TRANSITIONS_OVER)
            results = Axe().run(page)
            for violation in results.response["violations"] if results.violations_count else ():
                targets = ", ".join(str(node["target"]) for node in violation["nodes"][:5])
                summary = f"{violation['id']} ({violation['impact']}): {violation['help']}"
                lines.append(f"- {scheme}: {summary} — {targets}")
    finally:
        page.emulate_media(color_scheme="light")  # every test's browser context starts light
    return "\n".join(lines)


@pytest.mark.browser
class BrowserTestCase(StaticLiveServerTestCase):
    """Playwright driving the system Chromium against a live server.

    Skips with a reason where no Chromium exists, unless REQUIRE_BROWSER=1 (CI), where a
    missing browser is a failure. Each test gets a fresh context and page at ``viewport``.
    """

    viewport = {"width": 360, "height": 780}
    # The browser's language preference (Accept-Language), such as "es-US" for Spanish pages.
    locale: str | None = None
    host = "localhost"

    @classmethod
    def setUpClass(cls):
        path = chromium_path()
        if path is None:
            if os.environ.get("REQUIRE_BROWSER") == "1":
                raise RuntimeError("REQUIRE_BROWSER=1 but no Chromium was found (CHROMIUM_PATH)")
            raise unittest.SkipTest("no Chromium found: install Debian's chromium package")
        # Playwright's sync API runs an event loop in this thread; the ORM calls made by the
        # test itself are still synchronous.
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
        super().setUpClass()
        from playwright.sync_api import expect, sync_playwright

        # Assertions wait as long as actions do: on a busy machine a script or a swap may take
        # longer than Playwright's default of five seconds.
        expect.set_options(timeout=15_000)
        cls._playwright = sync_playwright().start()
        try:
            cls.browser = cls._playwright.chromium.launch(
                executable_path=path, headless=True, args=CHROMIUM_ARGS
            )
        except Exception:
            cls._playwright.stop()
            super().tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        cls._playwright.stop()
        super().tearDownClass()

    def setUp(self):
        super().setUp()
        # The live server's database is emptied after every test; put back what the data
        # migrations seed, as a fresh install has it.
        for module, function in SEED_MIGRATIONS:
            getattr(import_module(module), function)(django_apps, None)
        self.context = self.browser.new_context(**self._context_options())
        self.context.set_default_timeout(15_000)
        self._javascript = True
        self.page = self.context.new_page()
        self._pages_reached: list[str] = []
        self._pages_checked: set[str] = set()
        self.page.on("framenavigated", self._remember_page)

    def tearDown(self):
        try:
            self._check_pages_reached()
        finally:
            self.context.close()
            super().tearDown()

    # --- accessibility ----------------------------------------------------------------------
    # Every page a journey reaches is checked with axe-core, in the light and the dark color
    # scheme: the page as it stands when a test calls ``assert_accessible()`` (form errors,
    # panels shown once), and at the end of the test every other page the browser navigated
    # to, opened again in the same session.

    def assert_fits_width(self, page=None) -> None:
        """Fail when ``page`` (the test's page by default) scrolls sideways at the viewport.

        A test that follows a link waits for something on the new page first; the wait here
        only covers a document that has been committed but not yet parsed."""
        page = page or self.page
        page.wait_for_function("document.documentElement !== null")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= self.viewport["width"], f"{page.url} scrolls sideways ({width}px)"

    def assert_apart(self, selector: str, page=None) -> None:
        """Fail when any two of the elements ``selector`` matches on ``page`` overlap, as a pill
        or a button does when the screen is too narrow for its row (half a pixel of slack for
        subpixel layout: touching edges are not an overlap)."""
        page = page or self.page
        boxes = page.locator(selector).evaluate_all(
            "els => els.map(e => { const r = e.getBoundingClientRect();"
            " return [e.textContent.trim().slice(0, 30), r.left, r.right, r.top, r.bottom]; })"
        )
        overlapping = [
            (one[0], other[0])
            for i, one in enumerate(boxes)
            for other in boxes[i + 1 :]
            if min(one[2], other[2]) - max(one[1], other[1]) > 0.5
            and min(one[4], other[4]) - max(one[3], other[3]) > 0.5
        ]
        assert boxes, f"nothing matches {selector!r} on {page.url}"
        assert overlapping == [], f"{page.url}: {selector!r} overlap: {overlapping}"

    def choose_a_time(self, page=None) -> None:
        """On the times page, follow the third time listed (or the last, when fewer are shown).

        The first time listed can sit right at the edge of the minimum notice: listed a second
        before the edge, it is too soon by the time the form is sent, and the booking is
        refused, as it should be. The third time is two intervals past the edge (half an hour at
        the default interval), slack enough for any journey."""
        page = page or self.page
        times = page.locator(".slot-list a.slot")
        times.first.wait_for()
        times.nth(min(2, times.count() - 1)).click()

    def _context_options(self) -> dict:
        options: dict = {"viewport": self.viewport}
        if self.locale:
            options["locale"] = self.locale
        return options

    def _remember_page(self, frame) -> None:
        if frame.parent_frame is None and frame.url.startswith(self.live_server_url):
            self._pages_reached.append(frame.url.split("#", 1)[0])

    def use_context_without_javascript(self, **options) -> None:
        """Make ``self.page`` a page of a browser context with JavaScript off, for the journeys
        of a visitor without it. axe-core runs in the page, so it checks these pages by opening
        them again in a context with JavaScript that carries the same cookies."""
        self.context.close()
        self.context = self.browser.new_context(
            **self._context_options(), java_script_enabled=False, **options
        )
        self.context.set_default_timeout(15_000)
        self._javascript = False
        self.page = self.context.new_page()
        self.page.on("framenavigated", self._remember_page)

    def _checking_context(self):
        """The context axe's pages are opened in: the test's own, or a copy with JavaScript."""
        if self._javascript:
            return self.context
        context = self.browser.new_context(
            **self._context_options(), storage_state=self.context.storage_state()
        )
        context.set_default_timeout(15_000)
        return context

    def assert_accessible(self, page=None) -> None:
        """Fail on any axe-core violation on ``page`` (the test's page by default) as it is."""
        page = page or self.page
        self._pages_checked.add(page.url.split("#", 1)[0])
        if self._javascript or page.context is not self.context:
            report = axe_violations(page)
        else:
            report = self._violations_at(page.url)
        if report:
            self.fail(f"axe-core found violations on {page.url}:\n{report}")

    def _violations_at(self, url: str) -> str:
        context = self._checking_context()
        page = context.new_page()
        try:
            response = page.goto(url)
            content_type = response.headers.get("content-type", "") if response else ""
            if response is not None and response.ok and content_type.startswith("text/html"):
                return axe_violations(page)
            return ""
        finally:
            page.close()
            if context is not self.context:
                context.close()

    def _check_pages_reached(self) -> None:
        failures = []
        for url in dict.fromkeys(self._pages_reached):
            if url in self._pages_checked:
                continue
            self._pages_checked.add(url)
            report = self._violations_at(url)
            if report:
                failures.append(f"{url}:\n{report}")
        if failures:
            self.fail("axe-core found violations:\n" + "\n".join(failures))

    def live_url(self, path: str) -> str:
        return f"{self.live_server_url}{path}"

    def log_in(self, user: User) -> None:
        """Give the browser a signed-in (and two-factor verified) session for ``user``."""
        client = Client()
        _verified_session(client, user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        self.context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "url": self.live_server_url}]
        )
