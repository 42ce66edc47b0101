"""A consultation on record at any moment, without going through the slot engine."""

from __future__ import annotations

from datetime import datetime, timedelta

from securebase.bookings.models import Booking, Format


def a_booking(clinician_user, starts_at: datetime, **fields) -> Booking:
    """A confirmed telehealth consultation of ``clinician_user`` starting at ``starts_at``."""
    values = {
        "clinician": clinician_user.clinician_profile,
        "format": Format.TELEHEALTH,
        "status": Booking.Status.CONFIRMED,
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(minutes=15),
        "held_from": starts_at,
        "held_until": starts_at + timedelta(minutes=15),
        "full_name": "Ada Park",
        "email": "ada@example.com",
        "client_time_zone": "America/Los_Angeles",
        "contact_consent_at": starts_at - timedelta(days=2),
        "california_attested_at": starts_at - timedelta(days=2),
        "telehealth_consent_at": starts_at - timedelta(days=2),
        "confirmed_at": starts_at - timedelta(days=2),
    }
    values.update(fields)
    return Booking.objects.create(**values)
