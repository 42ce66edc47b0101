"""Pages with personal data tell browsers and proxies not to store them (Cache-Control)."""

from datetime import datetime, time, timedelta

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from securebase.bookings import links
from securebase.bookings.tests.helpers import LA, book, open_hours
from securebase.core.tests.test_every_page import argument_free_paths
from securebase.testing import Personas, login_verified


class PrivatePagesTests(Personas, TestCase):
    def assert_every_page_is_no_store(self, visitor):
        checked = 0
        for path in argument_free_paths():
            response = self.client.get(path)
            if response.status_code != 200:
                continue
            assert "no-store" in response.get("Cache-Control", ""), (visitor, path)
            checked += 1
        assert checked >= 15

    def test_it_sends_no_store_on_every_page_a_client_sees(self):
        self.client.force_login(self.ada)
        self.assert_every_page_is_no_store("client")

    def test_it_sends_no_store_on_every_page_a_clinician_sees(self):
        login_verified(self.client, self.theo)
        self.assert_every_page_is_no_store("clinician")

    def test_it_lets_a_visitor_without_a_session_keep_public_pages(self):
        response = self.client.get(reverse("articles:list"))
        assert response.status_code == 200
        assert "no-store" not in response.get("Cache-Control", "")

    def test_it_sends_no_store_once_the_site_keeps_something_for_a_visitor(self):
        session = self.client.session
        session["anything"] = "kept for this visitor"
        session.save()
        response = self.client.get(reverse("articles:list"))
        assert "no-store" in response["Cache-Control"]

    def test_it_sends_no_store_on_a_booking_link_page(self):
        open_hours(self.theo)
        now = timezone.now()
        day = now.astimezone(LA).date() + timedelta(days=3)
        booking = book(
            self.theo, datetime.combine(day, time(10), tzinfo=LA), now=now, fmt="in_person"
        )
        for purpose in (links.VIEW, links.CANCEL, links.RESCHEDULE):
            response = self.client.get(links.path(booking, purpose))
            assert response.status_code == 200, purpose
            assert "no-store" in response["Cache-Control"], purpose
