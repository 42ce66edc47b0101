"""Test-only settings that can change after Django has loaded (see securebase/testenv.py)."""

import pytest


@pytest.fixture(autouse=True, scope="session")
def _fast_test_settings(request):
    # Pure modules' tests may run with `-p no:django`; they need no Django settings.
    if not request.config.pluginmanager.hasplugin("django"):
        return
    request.getfixturevalue("django_test_environment")
    from django.conf import settings

    # Argon2 is deliberately slow; tests do not need that.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    # Every full HTML page any test renders must show the crisis resources, and every page
    # rendered in Spanish must be in Spanish.
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "securebase.core.testing_middleware.CrisisFooterGuard",
        "securebase.core.testing_middleware.SpanishPageGuard",
    ]
    # A template variable that does not resolve fails the test instead of printing nothing.
    from securebase.core import testing_templates

    testing_templates.install()


@pytest.fixture(autouse=True)
def _fresh_rate_limit_counts(request):
    """Start every Django test with empty rate-limit counters.

    In the database cache (the default) a TestCase's transaction rolls them back, but Django's
    flush between transaction and live-server tests leaves the cache table alone; Redis (with
    REDIS_URL set) keeps everything between tests.
    """
    cls = getattr(request, "cls", None)
    if cls is None or not request.config.pluginmanager.hasplugin("django"):
        return
    from django.conf import settings
    from django.core.cache import cache
    from django.test import TestCase, TransactionTestCase

    if not issubclass(cls, TransactionTestCase):
        return
    if "DatabaseCache" not in settings.CACHES["default"]["BACKEND"]:
        cache.clear()
    elif not issubclass(cls, TestCase):
        request.getfixturevalue("django_db_setup")
        with request.getfixturevalue("django_db_blocker").unblock():
            cache.clear()


@pytest.fixture(autouse=True)
def _no_kept_public_pages(request):
    """Start every Django test with no kept public page and no remembered generation.

    Both live in the worker's memory (core/pagecache.py), which a TestCase's rollback leaves
    alone: a page kept in one test must not answer the next.
    """
    if not request.config.pluginmanager.hasplugin("django"):
        return
    request.getfixturevalue("django_test_environment")
    from django.core.cache import caches

    from securebase.core.pagecache import PAGES_CACHE

    caches[PAGES_CACHE].clear()


@pytest.fixture(autouse=True)
def _default_language_around_each_test(request):
    """Start and end every test in the default language.

    A request answered in Spanish leaves Spanish active in the thread (LocaleMiddleware sets
    it and nothing resets it), which would make the next test's directly rendered pages and
    formatted dates Spanish.
    """
    if not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()
