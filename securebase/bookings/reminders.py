"""Reminder emails before confirmed consultations: when they are due, and sending them once.

Booking services call `schedule_reminder` inside their transaction whenever a consultation is
confirmed or moved; `send_due_reminders` (the command of the same name) sends what is due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import F

from securebase.bookings import emails
from securebase.bookings.models import Booking, Reminder


def reminder_lead() -> timedelta:
    """How long before a consultation its reminder is due (`BOOKINGS_REMINDER_HOURS`)."""
    return timedelta(hours=settings.BOOKINGS_REMINDER_HOURS)


def schedule_reminder(booking: Booking, *, now: datetime) -> None:
    """Give a confirmed consultation its reminder, or move it; call inside the transaction
    that confirms or moves the booking. Booked (or moved) less than `reminder_lead()` ahead, the
    confirmation itself is the reminder and any unsent one is removed."""
    due = booking.starts_at - reminder_lead()
    if due <= now:
        Reminder.objects.filter(booking=booking, sent_at__isnull=True).delete()
        return
    Reminder.objects.update_or_create(
        booking=booking,
        defaults={"due_at": due, "sent_at": None, "attempts": 0, "last_error": ""},
    )


def drop_reminder(booking: Booking) -> None:
    """Remove a cancelled consultation's unsent reminder (inside the cancelling transaction)."""
    Reminder.objects.filter(booking=booking, sent_at__isnull=True).delete()


@dataclass(frozen=True)
class ReminderRun:
    sent: int
    failed: int


def send_due_reminders(*, now: datetime) -> ReminderRun:
    """Send every reminder that is due, once. Safe to run as often as you like, even twice at
    the same moment: each reminder is claimed by a conditional update before it is sent.

    Each claim is its own committed statement (the command runs outside any transaction), so an
    email goes out only after its claim is saved. Skips consultations that are no longer
    confirmed or have started. A failed send is retried on later runs up to
    BOOKINGS_REMINDER_MAX_ATTEMPTS times.
    """
    due = (
        Reminder.objects.filter(
            sent_at__isnull=True,
            due_at__lte=now,
            attempts__lt=settings.BOOKINGS_REMINDER_MAX_ATTEMPTS,
            booking__status=Booking.Status.CONFIRMED,
            booking__starts_at__gt=now,
        )
        .select_related("booking__clinician__user", "booking__clinician__booking_settings")
        .order_by("due_at")
    )
    sent = failed = 0
    for reminder in due:
        claimed = Reminder.objects.filter(pk=reminder.pk, sent_at__isnull=True).update(sent_at=now)
        if not claimed:
            continue
        try:
            emails.send_reminder(reminder.booking)
        except Exception as error:
            Reminder.objects.filter(pk=reminder.pk).update(
                sent_at=None, attempts=F("attempts") + 1, last_error=str(error)[:255]
            )
            failed += 1
        else:
            Reminder.objects.filter(pk=reminder.pk).update(attempts=F("attempts") + 1)
            sent += 1
    return ReminderRun(sent=sent, failed=failed)
