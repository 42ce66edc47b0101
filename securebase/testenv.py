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
# The risk screen's optional sentence encoder is off unless a test turns it on: the rest of the
# suite describes the lighter default screen (core/tests/test_risk_encoder.py covers the other).
os.environ.setdefault("SECUREBASE_RISK_ENCODER", "off")

# Property tests check results, not speed: on a busy machine (two test workers, Chromium, a
# database) an example may take longer than Hypothesis's 200 ms deadline, and drawing examples
# may be slow. Neither is a failure. A test may still ask for more or fewer examples.
from hypothesis import HealthCheck, settings

settings.register_profile("securebase", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("securebase")
