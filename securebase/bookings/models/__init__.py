"""Free consultations: each clinician's booking rules and hours (``availability``), and the
bookings themselves with their safety follow-ups and reminders (``booking``).

No double booking is a database guarantee. On every database a partial unique constraint
forbids two confirmed consultations starting at the same moment for one clinician. On
PostgreSQL, migration 0002 adds an exclusion constraint (btree_gist) forbidding any overlap of
the held ranges (the consultation plus its buffers) of confirmed consultations per clinician.
Bookings are written inside one transaction that re-checks the slot first: on SQLite that
transaction is IMMEDIATE (writers queue), on PostgreSQL it locks the clinician's settings row.
"""

from securebase.bookings.models.availability import (
    BookingSettings,
    DateOverride,
    Format,
    FormatsMixin,
    WeeklyWindow,
    formats_of,
    new_feed_token,
)
from securebase.bookings.models.booking import (
    LANGUAGE_CHOICES,
    Booking,
    Reminder,
    SafetyFollowUp,
    booking_link,
)

__all__ = [
    "LANGUAGE_CHOICES",
    "Booking",
    "BookingSettings",
    "DateOverride",
    "Format",
    "FormatsMixin",
    "Reminder",
    "SafetyFollowUp",
    "WeeklyWindow",
    "booking_link",
    "formats_of",
    "new_feed_token",
]
