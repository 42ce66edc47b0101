"""The audit rows for a look at a consultation booking, or at a list of them.

Its own module, apart from ``services``, so that the records app (loaded by the admin in every
process, management commands included) can audit a booking without importing the booking
services' emails, calendar files and risk screen.
"""

from __future__ import annotations

from collections.abc import Iterable

from securebase.bookings.models import Booking
from securebase.privacy.services import record_access, record_list_access


def record_booking_access(*, viewer, booking: Booking, action: str) -> None:
    """The audit row for ``viewer`` seeing or acting on ``booking``: about its client, or for a
    visitor who booked signed out, the email they gave; the booking's uid as the detail."""
    record_access(
        viewer=viewer,
        subject=booking.client,
        subject_email=booking.email,
        action=action,
        detail=str(booking.uid),
    )


def record_bookings_listed(*, viewer, bookings: Iterable[Booking], action: str) -> int:
    """One audit row per booking a list shows ``viewer``, written as ``record_booking_access``
    writes one (its client or the email given, its uid as the detail), in one insert; returns
    how many."""
    return record_list_access(
        viewer=viewer,
        shown=[(booking.client, booking.email, str(booking.uid)) for booking in bookings],
        action=action,
    )
