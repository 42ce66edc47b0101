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
    # Every full HTML page any test renders must show the crisis resources.
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "securebase.core.testing_middleware.CrisisFooterGuard",
    ]


@pytest.fixture(autouse=True)
def _fresh_rate_limit_counts(request):
    """Start every live-server or transaction test with empty rate-limit counters.

    The counters live in the database cache, whose table Django's flush between transaction
    tests leaves alone; tests in a TestCase transaction need nothing (it is rolled back).
    """
    cls = getattr(request, "cls", None)
    if cls is None or not request.config.pluginmanager.hasplugin("django"):
        return
    from django.test import TestCase, TransactionTestCase

    if issubclass(cls, TransactionTestCase) and not issubclass(cls, TestCase):
        from django.core.cache import cache

        request.getfixturevalue("django_db_setup")
        with request.getfixturevalue("django_db_blocker").unblock():
            cache.clear()
