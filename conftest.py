"""Test-only settings that can change after Django has loaded (see securebase/testenv.py)."""

import pytest


@pytest.fixture(autouse=True, scope="session")
def _fast_test_settings(django_test_environment):
    from django.conf import settings

    # Argon2 is deliberately slow; tests do not need that.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    # Every full HTML page any test renders must show the crisis resources.
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "securebase.core.testing_middleware.CrisisFooterGuard",
    ]
