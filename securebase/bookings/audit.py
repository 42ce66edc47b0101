"""The audit row for a look at a consultation booking.

Its own module, apart from ``services``, so that the records app (loaded by the admin in every
process, management commands included) can audit a booking without importing the booking
services' emails, calendar files and risk screen.
"""

from __future__ import annotations

from securebase.bookings.models import Booking
from securebase.privacy.services import record_access


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
