"""No double booking as a database guarantee, whatever the code above it does."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import TestCase

from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import la
from securebase.testing import Personas

START = la(2026, 4, 3, 10, 0)


class ConstraintTests(Personas, TestCase):
    def row(self, start=START, *, status=Booking.Status.CONFIRMED, after=timedelta(0)):
        return Booking(
            clinician=self.theo.clinician_profile,
            format="in_person",
            status=status,
            starts_at=start,
            ends_at=start + timedelta(minutes=15),
            held_from=start,
            held_until=start + timedelta(minutes=15) + after,
            full_name="Someone",
            email="someone@example.com",
            client_time_zone="America/Los_Angeles",
            contact_consent_at=START - timedelta(days=2),
        )

    def test_it_refuses_two_confirmed_consultations_at_one_start(self):
        self.row().save()

        with pytest.raises(IntegrityError), transaction.atomic():
            self.row().save()

    def test_it_allows_a_confirmed_one_where_an_earlier_one_was_cancelled(self):
        self.row(status=Booking.Status.CANCELLED).save()

        self.row().save()

        assert Booking.objects.count() == 2

    def test_it_refuses_telehealth_without_attestation(self):
        booking = self.row()
        booking.format = "telehealth"

        with pytest.raises(IntegrityError), transaction.atomic():
            booking.save()

    @pytest.mark.postgres
    def test_it_refuses_overlapping_confirmed_consultations_on_postgresql(self):
        if connection.vendor != "postgresql":
            pytest.skip("the exclusion constraint exists on PostgreSQL only (DATABASE_URL)")
        self.row(after=timedelta(minutes=15)).save()

        # Starts inside the first one's after-buffer: a different start, so only the
        # exclusion constraint on the held range can catch it.
        with pytest.raises(IntegrityError), transaction.atomic():
            self.row(START + timedelta(minutes=20)).save()
        self.row(START + timedelta(minutes=30)).save()
        assert Booking.objects.count() == 2
