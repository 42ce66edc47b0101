"""Writes for booking: book, confirm, decline, cancel, reschedule, outcomes and reminders.

Availability settings are written by availability.py.

Every function is keyword-only and owns its transaction. Times are aware datetimes; `now` is
passed in so tests can freeze it. Emails go out after the transaction commits, and a failing
mail server never undoes a booking (see emails.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F

from securebase.bookings import emails, queries, slots
from securebase.bookings.models import (
    Booking,
    BookingSettings,
    Format,
    Reminder,
    SafetyFollowUp,
)
from securebase.core import risk
from securebase.core.hooks import call_hooks
from securebase.privacy.services import record_access

TELEHEALTH_CONSENT_VERSION = "2026-2"
ALTERNATIVES = 3


def reminder_lead() -> timedelta:
    return timedelta(hours=settings.BOOKINGS_REMINDER_HOURS)


def reminder_max_attempts() -> int:
    return settings.BOOKINGS_REMINDER_MAX_ATTEMPTS


def email_hold() -> timedelta:
    return timedelta(minutes=getattr(settings, "BOOKINGS_EMAIL_HOLD_MINUTES", 30))


@dataclass(frozen=True)
class ClientDetails:
    """What the booking form collected; the form has already validated it."""

    full_name: str
    email: str
    time_zone: str
    phone: str = ""
    contact_method: str = Booking.ContactMethod.EMAIL
    reason: str = ""
    in_california: bool = False
    telehealth_consent: bool = False
    session_address: str = ""
    emergency_contact: str = ""


class SlotUnavailable(Exception):
    """The time asked for cannot be booked. `taken` says whether someone else just took it
    (rather than the time never being offered); `alternatives` are the nearest free times."""

    def __init__(self, *, taken: bool, alternatives: list[datetime]):
        super().__init__("that time was just taken" if taken else "that time is not available")
        self.taken = taken
        self.alternatives = alternatives


class BookingStateError(Exception):
    """The booking is not in a state that allows this change; the message says why, plainly."""


class SlotConflict(BookingStateError):
    """Confirming would overlap another confirmed consultation."""


def book_consultation(
    *,
    clinician: str,
    fmt: str,
    starts_at: datetime,
    details: ClientDetails,
    now: datetime,
    client=None,
    submission_key: uuid.UUID | None = None,
    awaiting_email: bool = False,
) -> Booking:
    """Book (or, for request-and-approve clinicians, request) a free consultation.

    `clinician` is a clinician's slug or queries.ANY for the first available one, tried in
    display order. Raises SlotUnavailable with the nearest free times when the time is taken or
    was never offered. A repeated `submission_key` returns the booking the first submit made.
    Telehealth needs the California attestation and the telehealth consent (ValueError if not).

    With `awaiting_email` (a signed-out visitor), the booking holds its time only for
    BOOKINGS_EMAIL_HOLD_MINUTES and the only email is a link to confirm the address; following
    it (`confirm_booking_email`) makes the booking, tells the clinician and sends the invitation.
    """
    if fmt == Format.TELEHEALTH and not (details.in_california and details.telehealth_consent):
        raise ValueError("telehealth needs the California attestation and telehealth consent")
    if submission_key is not None:
        earlier = Booking.objects.filter(submission_key=submission_key).first()
        if earlier is not None:
            return earlier
    try:
        booking = _book_in_transaction(
            clinician=clinician,
            fmt=fmt,
            starts_at=starts_at,
            details=details,
            now=now,
            client=client,
            submission_key=submission_key,
            awaiting_email=awaiting_email,
        )
    except IntegrityError:
        # Another request won the race past the re-check (PostgreSQL's exclusion constraint
        # or the unique constraint said no), or this very form was submitted twice at once.
        if submission_key is not None:
            earlier = Booking.objects.filter(submission_key=submission_key).first()
            if earlier is not None:
                return earlier
        booking = None
    if booking is None:
        raise _unavailable(clinician=clinician, fmt=fmt, starts_at=starts_at, now=now)
    if awaiting_email:
        emails.send_email_check(booking)
    else:
        emails.send_booking_received(booking)
    return booking


def _book_in_transaction(
    *, clinician, fmt, starts_at, details, now, client, submission_key, awaiting_email
) -> Booking | None:
    tz = queries.practice_tz()
    # On SQLite this transaction is IMMEDIATE: it holds the write lock from its first
    # statement, so the re-check below cannot be overtaken. On PostgreSQL the settings rows
    # are locked for the same effect; the exclusion constraint is the last word either way.
    with transaction.atomic():
        rows = queries.bookable_settings(clinician_slug=clinician, fmt=fmt, for_update=True)
        schedules = queries.schedules_for(rows, now=now)
        busy = queries.busy_ranges([row.clinician_id for row in rows], since=now)
        for schedule in schedules:
            if slots.is_slot_free(
                schedule.availability,
                busy[schedule.settings.clinician_id],
                starts_at,
                now=now,
                tz=tz,
                fmt=fmt,
            ):
                return _create_booking(
                    schedule.settings,
                    fmt=fmt,
                    starts_at=starts_at,
                    details=details,
                    now=now,
                    client=client,
                    submission_key=submission_key,
                    awaiting_email=awaiting_email,
                )
    return None


def _create_booking(
    row: BookingSettings, *, fmt, starts_at, details, now, client, submission_key, awaiting_email
) -> Booking:
    ends_at = starts_at + row.length
    held_from, held_until = slots.held_range(
        starts_at, ends_at, before=row.buffer_before, after=row.buffer_after
    )
    confirmed = not row.requires_approval and not awaiting_email
    if awaiting_email:
        status = Booking.Status.AWAITING_EMAIL
    else:
        status = Booking.Status.CONFIRMED if confirmed else Booking.Status.PENDING
    telehealth = fmt == Format.TELEHEALTH
    booking = Booking.objects.create(
        clinician_id=row.clinician_id,
        client=client if getattr(client, "is_client", False) else None,
        format=fmt,
        status=status,
        email_confirm_by=now + email_hold() if awaiting_email else None,
        starts_at=starts_at,
        ends_at=ends_at,
        held_from=held_from,
        held_until=held_until,
        full_name=details.full_name,
        email=details.email,
        phone=details.phone,
        contact_method=details.contact_method,
        reason=details.reason,
        client_time_zone=details.time_zone,
        contact_consent_at=now,
        california_attested_at=now if telehealth else None,
        telehealth_consent_at=now if telehealth else None,
        telehealth_consent_version=TELEHEALTH_CONSENT_VERSION if telehealth else "",
        session_address=details.session_address if telehealth else "",
        emergency_contact=details.emergency_contact if telehealth else "",
        submission_key=submission_key,
        confirmed_at=now if confirmed else None,
        created_at=now,
    )
    booking.clinician = row.clinician
    if confirmed:
        _schedule_reminder(booking, now=now)
    _mark_for_follow_up(booking, now=now)
    return booking


def _mark_for_follow_up(booking: Booking, *, now: datetime) -> None:
    # In the booking's own transaction: a booking whose reason tripped the screen is never
    # saved without its marker.
    found = risk.screen_text(booking.reason)
    if found.matched:
        SafetyFollowUp.objects.create(
            booking=booking,
            category=found.category or "",
            rule=found.rule or "",
            concern="others" if getattr(found, "concern", "self") == "others" else "self",
            flagged_at=now,
        )


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
            record_access(
                viewer=reviewer,
                subject=booking.client,
                subject_email=booking.email,
                action="reviewed safety follow-up",
                detail=str(booking.uid),
            )
    follow_up.refresh_from_db()
    return bool(changed)


def _unavailable(
    *, clinician: str, fmt: str, starts_at: datetime, now: datetime, exclude_booking=None
) -> SlotUnavailable:
    check = queries.check_time(
        clinician_slug=clinician,
        fmt=fmt,
        starts_at=starts_at,
        now=now,
        exclude_booking=exclude_booking,
        alternatives=ALTERNATIVES,
    )
    return SlotUnavailable(taken=check.offered, alternatives=check.alternatives)


def confirm_booking_email(*, booking: Booking, now: datetime) -> Booking:
    """The visitor followed the link in their email: make their booking hold for real.

    It becomes confirmed (or a request, for request-and-approve clinicians) if its time is still
    free for it, even after the short hold lapsed; then the usual emails go to the visitor and
    the clinician. A booking already past this step is returned unchanged. Raises
    SlotUnavailable, with the nearest free times, when someone else has the time now.
    """
    try:
        with transaction.atomic():
            rows = queries.bookable_settings(
                clinician_slug=booking.clinician.slug, fmt=booking.format, for_update=True
            )
            current = _locked(booking)
            if current.status != Booking.Status.AWAITING_EMAIL:
                return current
            busy = queries.busy_ranges(
                [current.clinician_id], since=now, exclude_booking=current.pk
            )
            schedules = queries.schedules_for(rows, now=now)
            free = any(
                slots.is_slot_free(
                    schedule.availability,
                    busy[current.clinician_id],
                    current.starts_at,
                    now=now,
                    tz=queries.practice_tz(),
                    fmt=current.format,
                )
                for schedule in schedules
            )
            if free:
                approval = current.clinician.booking_settings.requires_approval
                current.status = Booking.Status.PENDING if approval else Booking.Status.CONFIRMED
                current.confirmed_at = None if approval else now
                current.email_confirm_by = None
                current.save(
                    update_fields=["status", "confirmed_at", "email_confirm_by", "updated_at"]
                )
                if not approval:
                    _schedule_reminder(current, now=now)
    except IntegrityError:
        free = False
    if not free:
        raise _unavailable(
            clinician=booking.clinician.slug,
            fmt=booking.format,
            starts_at=booking.starts_at,
            now=now,
            exclude_booking=booking.pk,
        )
    emails.send_booking_received(current)
    return current


def confirm_booking(*, booking: Booking, now: datetime) -> Booking:
    """Confirm a pending request (clinician's decision). Emails the client an invitation.

    Raises SlotConflict if another consultation was confirmed over the same time meanwhile, and
    BookingStateError if the request is no longer pending or its time has passed.
    """
    try:
        with transaction.atomic():
            current = _locked(booking)
            if current.status != Booking.Status.PENDING:
                raise BookingStateError("This request has already been answered.")
            if current.starts_at <= now:
                raise BookingStateError("The time of this request has passed.")
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
            _schedule_reminder(current, now=now)
    except IntegrityError:
        raise SlotConflict(_CONFLICT) from None
    emails.send_confirmed(current)
    return current


_CONFLICT = (
    "Another consultation is already confirmed at this time, so this request cannot be "
    "confirmed. You can decline it with a message suggesting another time."
)


def decline_booking(*, booking: Booking, message: str, now: datetime) -> Booking:
    """Decline a pending request; the client is emailed (with the message, if any)."""
    with transaction.atomic():
        current = _locked(booking)
        if current.status != Booking.Status.PENDING:
            raise BookingStateError("This request has already been answered.")
        current.status = Booking.Status.DECLINED
        current.cancelled_at = now
        current.cancelled_by = Booking.CancelledBy.CLINICIAN
        current.cancellation_message = message
        current.save()
    emails.send_declined(current)
    return current


def cancel_booking(
    *, booking: Booking, by: str, now: datetime, message: str = ""
) -> tuple[Booking, bool]:
    """Cancel an active consultation; returns (booking, whether anything changed).

    A booking that is no longer active is left exactly as it is (a used link, a double click).
    The time becomes bookable again at once. The client gets a METHOD:CANCEL calendar update;
    the clinician is emailed when the client cancels.
    """
    with transaction.atomic():
        current = _locked(booking)
        if current.status not in Booking.HOLDING:
            return current, False
        current.status = Booking.Status.CANCELLED
        current.cancelled_at = now
        current.cancelled_by = by
        current.cancellation_message = message
        current.sequence += 1
        current.save()
        Reminder.objects.filter(booking=current, sent_at__isnull=True).delete()
    emails.send_cancelled(current)
    return current, True


def reschedule_booking(*, booking: Booking, starts_at: datetime, now: datetime) -> Booking:
    """Move an active consultation to another free time with the same clinician and format.

    Keeps the calendar UID and raises the SEQUENCE; a confirmed booking's reminder moves with
    it. Raises SlotUnavailable (with alternatives) or BookingStateError.
    """
    slug = booking.clinician.slug
    try:
        with transaction.atomic():
            rows = queries.bookable_settings(
                clinician_slug=slug, fmt=booking.format, for_update=True
            )
            current = _locked(booking)
            if current.status not in Booking.HOLDING:
                raise BookingStateError("This consultation was cancelled, so it cannot be moved.")
            moved = False
            if rows:
                schedule = queries.schedules_for(rows, now=now)[0]
                busy = queries.busy_ranges(
                    [current.clinician_id], since=now, exclude_booking=current.pk
                )
                if slots.is_slot_free(
                    schedule.availability,
                    busy[current.clinician_id],
                    starts_at,
                    now=now,
                    tz=queries.practice_tz(),
                    fmt=current.format,
                ):
                    row = schedule.settings
                    current.starts_at = starts_at
                    current.ends_at = starts_at + row.length
                    current.held_from, current.held_until = slots.held_range(
                        current.starts_at,
                        current.ends_at,
                        before=row.buffer_before,
                        after=row.buffer_after,
                    )
                    current.sequence += 1
                    current.save()
                    if current.status == Booking.Status.CONFIRMED:
                        _schedule_reminder(current, now=now)
                    moved = True
    except IntegrityError:
        moved = False
    if not moved:
        raise _unavailable(
            clinician=slug,
            fmt=booking.format,
            starts_at=starts_at,
            now=now,
            exclude_booking=booking.pk,
        )
    emails.send_rescheduled(current)
    return current


def record_outcome(*, booking: Booking, status: str, now: datetime) -> Booking:
    """Mark a confirmed consultation that has started as completed or a no-show.

    The first time it is marked completed, installed apps hear ``consultation_completed``.
    """
    if status not in (Booking.Status.COMPLETED, Booking.Status.NO_SHOW):
        raise ValueError(f"not an outcome: {status!r}")
    with transaction.atomic():
        current = _locked(booking)
        if current.status not in (
            Booking.Status.CONFIRMED,
            Booking.Status.COMPLETED,
            Booking.Status.NO_SHOW,
        ):
            raise BookingStateError("Only a confirmed consultation can have an outcome.")
        if current.starts_at > now:
            raise BookingStateError("This consultation has not started yet.")
        newly_completed = (
            status == Booking.Status.COMPLETED and current.status != Booking.Status.COMPLETED
        )
        current.status = status
        current.save(update_fields=["status", "updated_at"])
        if newly_completed:
            # Other apps may follow up (the records app can send the intake packet).
            call_hooks("consultation_completed", booking=current, now=now)
    return current


def save_private_note(*, booking: Booking, note: str) -> Booking:
    """Replace the clinician's private note (stored encrypted, never shown to the client)."""
    with transaction.atomic():
        booking.private_note = note
        booking.save(update_fields=["private_note", "updated_at"])
    return booking


def _locked(booking: Booking) -> Booking:
    return (
        Booking.objects.select_for_update(of=("self",))
        .select_related("clinician__user", "clinician__booking_settings")
        .get(pk=booking.pk)
    )


def _schedule_reminder(booking: Booking, *, now: datetime) -> None:
    due = booking.starts_at - reminder_lead()
    if due <= now:
        # Booked (or moved) less than a day ahead: the confirmation itself is the reminder.
        Reminder.objects.filter(booking=booking, sent_at__isnull=True).delete()
        return
    Reminder.objects.update_or_create(
        booking=booking,
        defaults={"due_at": due, "sent_at": None, "attempts": 0, "last_error": ""},
    )


# --- Reminders ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderRun:
    sent: int
    failed: int


def send_due_reminders(*, now: datetime) -> ReminderRun:
    """Send every reminder that is due, once. Safe to run as often as you like, even twice at
    the same moment: each reminder is claimed by a conditional update before it is sent.

    Skips consultations that are no longer confirmed or have started. A failed send is
    retried on later runs up to BOOKINGS_REMINDER_MAX_ATTEMPTS times.
    """
    due = (
        Reminder.objects.filter(
            sent_at__isnull=True,
            due_at__lte=now,
            attempts__lt=reminder_max_attempts(),
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
