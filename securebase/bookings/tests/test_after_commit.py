"""Emails about a booking go out only once the change is saved, never inside or before it."""

import time_machine
from django.core import mail
from django.db import transaction
from django.test import TestCase

from securebase.bookings import decisions, services
from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import details, la, open_hours
from securebase.testing import Personas

NOW = la(2026, 4, 1, 8, 0)
START = la(2026, 4, 3, 10, 0)


class Rollback(Exception):
    pass


@time_machine.travel(NOW, tick=False)
class AfterCommitTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.settings_row = open_hours(cls.theo)

    def book(self, **kwargs):
        return services.book_consultation(
            clinician="theo", fmt="in_person", starts_at=START, details=details(), now=NOW, **kwargs
        )

    def test_it_hands_the_booking_emails_to_the_commit(self):
        with self.captureOnCommitCallbacks() as callbacks:
            self.book()
            assert mail.outbox == []

        assert len(callbacks) == 1
        callbacks[0]()
        assert sorted(m.to[0] for m in mail.outbox) == ["ada@example.com", "theo@example.com"]

    def test_it_sends_nothing_for_a_booking_that_is_rolled_back(self):
        with self.captureOnCommitCallbacks(execute=True):
            try:
                with transaction.atomic():
                    self.book()
                    raise Rollback
            except Rollback:
                pass

        assert not Booking.objects.exists()
        assert mail.outbox == []

    def test_it_sends_the_email_check_after_commit_too(self):
        with self.captureOnCommitCallbacks() as callbacks:
            self.book(awaiting_email=True)

        assert mail.outbox == []
        callbacks[0]()
        assert [m.subject.split(" · ")[0] for m in mail.outbox] == [
            "Confirm your email to keep your consultation time"
        ]

    def test_each_change_emails_only_after_commit(self):
        self.settings_row.approval = "request"
        self.settings_row.save()
        with self.captureOnCommitCallbacks(execute=True):
            first = self.book()
            second = services.book_consultation(
                clinician="theo",
                fmt="in_person",
                starts_at=START.replace(hour=11),
                details=details(email="ben@example.com"),
                now=NOW,
            )
        changes = [
            lambda: decisions.confirm_booking(booking=first, now=NOW),
            lambda: decisions.decline_booking(booking=second, message="", now=NOW),
            lambda: services.reschedule_booking(
                booking=first, starts_at=START.replace(hour=12), now=NOW
            ),
            lambda: services.cancel_booking(booking=first, by="client", now=NOW),
        ]
        for change in changes:
            mail.outbox.clear()
            with self.captureOnCommitCallbacks() as callbacks:
                change()
                assert mail.outbox == []
            assert len(callbacks) == 1
            callbacks[0]()
            assert mail.outbox
