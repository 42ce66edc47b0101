"""The clinician's decisions on a consultation: confirm or decline a request, record the
outcome, mark a safety follow-up reviewed.

Keyword-only; each function owns its transaction and hands its email to
`transaction.on_commit`, as services.py does. Refusals raise `BookingStateError` with a
plain-language reason the page shows.
"""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from securebase.bookings import emails
from securebase.bookings.audit import record_booking_access
from securebase.bookings.models import Booking, SafetyFollowUp
from securebase.bookings.reminders import schedule_reminder
from securebase.bookings.services import BookingStateError, locked_booking
from securebase.core.hooks import call_hooks


class SlotConflict(BookingStateError):
    """Confirming would overlap another confirmed consultation."""


def confirm_booking(*, booking: Booking, now: datetime) -> Booking:
    """Confirm a pending request (clinician's decision). Emails the client an invitation.

    Raises SlotConflict if another consultation was confirmed over the same time meanwhile, and
    BookingStateError if the request is no longer pending or its time has passed.
    """
    try:
        with transaction.atomic():
            current = locked_booking(booking)
            if current.status != Booking.Status.PENDING:
                raise BookingStateError(gettext("This request has already been answered."))
            if current.starts_at <= now:
                raise BookingStateError(gettext("The time of this request has passed."))
            overlapping = (
                Booking.objects.filter(
                    clinician_id=current.clinician_id,
                    status=Booking.Status.CONFIRMED,
                    held_from__lt=current.held_until,
                    held_until__gt=current.held_from,
                )
                .exclude(pk=current.pk)
                .exists()
            )
            if overlapping:
                raise SlotConflict(_CONFLICT)
            current.status = Booking.Status.CONFIRMED
            current.confirmed_at = now
            current.save(update_fields=["status", "confirmed_at", "updated_at"])
            schedule_reminder(current, now=now)
            transaction.on_commit(lambda: emails.send_confirmed(current))
    except IntegrityError:
        raise SlotConflict(_CONFLICT) from None
    return current


_CONFLICT = _(
    "Another consultation is already confirmed at this time, so this request cannot be "
    "confirmed. You can decline it with a message suggesting another time."
)


def decline_booking(*, booking: Booking, message: str, now: datetime) -> Booking:
    """Decline a pending request; the client is emailed (with the message, if any)."""
    with transaction.atomic():
        current = locked_booking(booking)
        if current.status != Booking.Status.PENDING:
            raise BookingStateError(gettext("This request has already been answered."))
        current.status = Booking.Status.DECLINED
        current.cancelled_at = now
        current.cancelled_by = Booking.CancelledBy.CLINICIAN
        current.cancellation_message = message
        current.save()
        transaction.on_commit(lambda: emails.send_declined(current))
    return current


def record_outcome(*, booking: Booking, status: str, now: datetime) -> Booking:
    """Mark a confirmed consultation that has started as completed or a no-show.

    The first time it is marked completed, installed apps hear ``consultation_completed``.
    """
    if status not in (Booking.Status.COMPLETED, Booking.Status.NO_SHOW):
        raise ValueError(f"not an outcome: {status!r}")
    with transaction.atomic():
        current = locked_booking(booking)
        if current.status not in (
            Booking.Status.CONFIRMED,
            Booking.Status.COMPLETED,
            Booking.Status.NO_SHOW,
        ):
            raise BookingStateError(gettext("Only a confirmed consultation can have an outcome."))
        if current.starts_at > now:
            raise BookingStateError(gettext("This consultation has not started yet."))
        newly_completed = (
            status == Booking.Status.COMPLETED and current.status != Booking.Status.COMPLETED
        )
        current.status = status
        current.save(update_fields=["status", "updated_at"])
        if newly_completed:
            # Other apps may follow up (the records app can send the intake packet).
            call_hooks("consultation_completed", booking=current, now=now)
    return current


def mark_follow_up_reviewed(*, follow_up: SafetyFollowUp, reviewer, now: datetime) -> bool:
    """Record that ``reviewer`` (the booking's clinician) saw the follow-up and acted on it.

    Writes the time, the reviewer and an audit row. Returns False, changing nothing, when it
    was already reviewed: the first review stands.
    """
    booking = follow_up.booking
    with transaction.atomic():
        changed = SafetyFollowUp.objects.filter(pk=follow_up.pk, reviewed_at__isnull=True).update(
            reviewed_at=now, reviewed_by=reviewer, reviewed_by_email=reviewer.email
        )
        if changed:
            record_booking_access(
                viewer=reviewer, booking=booking, action="reviewed safety follow-up"
            )
    follow_up.refresh_from_db()
    return bool(changed)
