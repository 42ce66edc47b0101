"""Twenty people press "Book" for the same time at once, over real HTTP against a live server.

Exactly one gets the consultation; the other nineteen get the friendly "that time was just
taken" page with other times, and nobody sees a server error. Run on the file SQLite database
(the default) and on PostgreSQL (DATABASE_URL=postgres://...), where the exclusion constraint
is the last word.
"""

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, time, timedelta
from http.cookiejar import CookieJar
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import HTTPCookieProcessor, Request, build_opener

import pytest
from django.db import connection
from django.test import LiveServerTestCase, override_settings

from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import LA, details_url, form_data, open_hours
from securebase.testing import make_clinician

ATTEMPTS = 20


# Twenty different people, each from their own address behind one trusted proxy, so the
# per-address rate limit sees twenty visitors (as it would in production).
@override_settings(TRUSTED_PROXY_COUNT=1)
class ConcurrentBookingTests(LiveServerTestCase):
    host = "localhost"

    def setUp(self):
        self.theo = make_clinician()
        open_hours(self.theo)
        day = datetime.now(LA).date() + timedelta(days=3)
        self.start = datetime.combine(day, time(10), tzinfo=LA)

    def test_it_books_one_of_20_simultaneous_attempts_on_file_sqlite(self):
        if connection.vendor != "sqlite":
            self.skipTest("this variant is for SQLite; the PostgreSQL one runs instead")
        assert not connection.is_in_memory_db(), "the race needs a real file database"
        self.race()

    @pytest.mark.postgres
    def test_it_books_one_of_20_simultaneous_attempts_on_postgresql(self):
        if connection.vendor != "postgresql":
            self.skipTest(
                "DATABASE_URL is not PostgreSQL; run with "
                "DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to race on PostgreSQL"
            )
        self.race()

    def race(self):
        url = self.live_server_url + details_url(self.start)
        ready = threading.Barrier(ATTEMPTS)

        def attempt(index):
            opener = build_opener(HTTPCookieProcessor(CookieJar()))
            form = opener.open(url, timeout=30).read().decode()
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
            body = urlencode(
                form_data(email=f"person{index}@example.com", csrfmiddlewaretoken=token)
            ).encode()
            ready.wait(timeout=30)
            forwarded = {"X-Forwarded-For": f"198.51.100.{index}"}
            try:
                response = opener.open(Request(url, data=body, headers=forwarded), timeout=60)  # noqa: S310 (http to the live server)
            except HTTPError as error:
                return error.code, error.read().decode()
            return response.status, response.read().decode()

        with ThreadPoolExecutor(max_workers=ATTEMPTS) as pool:
            results = list(pool.map(attempt, range(ATTEMPTS)))

        statuses = sorted(status for status, _ in results)
        assert statuses == [200] + [409] * (ATTEMPTS - 1), statuses
        winners = [page for status, page in results if status == 200]
        # Signed out, the winner holds the time until they confirm their email.
        assert "Check your email" in winners[0]
        losers = [page for status, page in results if status == 409]
        assert all("Sorry, that time was just taken." in page for page in losers)
        assert all("The nearest free times" in page for page in losers)
        booking = Booking.objects.get()
        assert booking.starts_at == self.start
        assert booking.status == Booking.Status.AWAITING_EMAIL
