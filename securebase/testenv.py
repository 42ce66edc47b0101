"""Environment for the test suite, loaded as a pytest plugin (``-p securebase.testenv``).

It runs before pytest-django reads the settings, which is why it is not in conftest.py.
Tests import the settings with the local defaults (DEBUG on at import: no HTTPS redirect or
secure-only cookies on the plain-HTTP live server); Django's test runner still turns DEBUG off
while tests run. Explicit environment variables win.
"""

import os

from cryptography.fernet import Fernet

os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("FIELD_ENCRYPTION_KEYS", Fernet.generate_key().decode())
