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
