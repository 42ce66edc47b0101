"""The idle limit slides with use, but the session row is written at most about once a minute."""

from datetime import timedelta

import time_machine
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from securebase.testing import PASSWORD, Personas

IDLE = timedelta(minutes=settings.CLIENT_SESSION_IDLE_MINUTES)


class SlidingExpiryTests(Personas, TestCase):
    def log_in_at(self, moment):
        with time_machine.travel(moment, tick=False):
            self.client.post(
                reverse("accounts:login"), {"username": self.ada.email, "password": PASSWORD}
            )

    def stored_expiry(self):
        return Session.objects.get(session_key=self.client.session.session_key).expire_date

    def get_at(self, moment):
        with time_machine.travel(moment, tick=False), CaptureQueriesContext(connection) as seen:
            response = self.client.get(reverse("checkins:history"))
        session_writes = [
            q["sql"] for q in seen if "django_session" in q["sql"] and "SELECT" not in q["sql"]
        ]
        return response, session_writes

    def test_it_does_not_write_the_session_when_the_expiry_moved_less_than_a_minute(self):
        start = timezone.now()
        self.log_in_at(start)
        response, writes = self.get_at(start + timedelta(seconds=59))
        assert response.status_code == 200
        assert writes == []
        assert self.stored_expiry() == start + IDLE

    def test_it_slides_the_expiry_once_it_moved_a_minute(self):
        start = timezone.now()
        self.log_in_at(start)
        response, writes = self.get_at(start + timedelta(minutes=1))
        assert response.status_code == 200
        assert len(writes) == 1
        assert self.stored_expiry() == start + timedelta(minutes=1) + IDLE
        assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == IDLE.total_seconds()

    def test_it_keeps_a_person_signed_in_while_they_keep_using_it(self):
        start = timezone.now()
        self.log_in_at(start)
        for minutes in (20, 40, 60):  # each request within the idle limit of the one before
            response, _ = self.get_at(start + timedelta(minutes=minutes))
            assert response.status_code == 200, minutes
        response, _ = self.get_at(start + timedelta(minutes=60) + IDLE + timedelta(seconds=1))
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:login"))

    def test_it_still_saves_a_changed_session_at_once(self):
        start = timezone.now()
        self.log_in_at(start)
        with time_machine.travel(start + timedelta(seconds=5), tick=False):
            self.client.post(reverse("accounts:logout"))
        assert not Session.objects.filter(expire_date__gt=start + timedelta(seconds=5)).exists()
