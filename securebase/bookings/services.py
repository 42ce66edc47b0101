"""Writes for booking: book, confirm an email address, cancel, reschedule, the private note.

Availability settings are written by availability.py, reminders by reminders.py, the
clinician's decisions (confirm, decline, outcome, safety review) by decisions.py.

Every function is keyword-only and owns its transaction. Times are aware datetimes; `now` is
passed in so tests can freeze it. Emails are handed to `transaction.on_commit` inside the
transaction, so they go out only once the change is saved (after the outermost transaction,
when a caller wraps one around ours) and never for a change that is rolled back; a failing mail
server never undoes a booking (see emails.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext

from securebase.bookings import emails, free_times, slots
from securebase.bookings.models import (
    Booking,
    BookingSettings,
    Format,
    SafetyFollowUp,
)
from securebase.bookings.reminders import drop_reminder, schedule_reminder
from securebase.core import crisis, risk

TELEHEALTH_CONSENT_VERSION = "2026-2"
ALTERNATIVES = 3


def email_hold() -> timedelta:
    """How long a signed-out visitor's booking holds its time unconfirmed."""
    return timedelta(minutes=settings.BOOKINGS_EMAIL_HOLD_MINUTES)


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
    # The language of the page the booking was made on ("en" or "es"): the visitor's emails
    # are written in it, and for telehealth it is the language of the consent they agreed to.
    language: str = "en"


class SlotUnavailable(Exception):
    """The time asked for cannot be booked. `taken` says whether someone else just took it
    (rather than the time never being offered); `alternatives` are the nearest free times."""

    def __init__(self, *, taken: bool, alternatives: list[datetime]):
        super().__init__("that time was just taken" if taken else "that time is not available")
        self.taken = taken
        self.alternatives = alternatives


class BookingStateError(Exception):
    """The booking is not in a state that allows this change; the message says why, plainly."""


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

    `clinician` is a clinician's slug or free_times.ANY for the first available one, tried in
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
            clinician,
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
    return booking


def _book_in_transaction(clinician: str, **wanted) -> Booking | None:
    fmt, starts_at, now = wanted["fmt"], wanted["starts_at"], wanted["now"]
    # On SQLite this transaction is IMMEDIATE: it holds the write lock from its first
    # statement, so the re-check below cannot be overtaken. On PostgreSQL the settings rows
    # are locked for the same effect; the exclusion constraint is the last word either way.
    with transaction.atomic():
        rows = free_times.bookable_settings(clinician_slug=clinician, fmt=fmt, for_update=True)
        schedules = free_times.schedules_for(rows, now=now)
        busy = free_times.busy_ranges([row.clinician_id for row in rows], since=now)
        schedule = free_times.free_schedule(schedules, busy, starts_at, fmt=fmt, now=now)
        if schedule is None:
            return None
        booking = _create_booking(schedule.settings, **wanted)
        send = emails.send_email_check if wanted["awaiting_email"] else emails.send_booking_received
        transaction.on_commit(lambda: send(booking))
    return booking


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
        telehealth_consent_language=details.language if telehealth else "",
        language=details.language,
        session_address=details.session_address if telehealth else "",
        emergency_contact=details.emergency_contact if telehealth else "",
        submission_key=submission_key,
        confirmed_at=now if confirmed else None,
        created_at=now,
    )
    booking.clinician = row.clinician
    if confirmed:
        schedule_reminder(booking, now=now)
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
            concern=crisis.concern_or_default(getattr(found, "concern", crisis.SELF)),
            flagged_at=now,
        )


def _unavailable(
    *, clinician: str, fmt: str, starts_at: datetime, now: datetime, exclude_booking=None
) -> SlotUnavailable:
    check = free_times.check_time(
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
            current, schedule = _lock_for_change(booking, now=now, starts_at=booking.starts_at)
            if current.status != Booking.Status.AWAITING_EMAIL:
                return current
            free = schedule is not None
            if free:
                approval = current.clinician.booking_settings.requires_approval
                current.status = Booking.Status.PENDING if approval else Booking.Status.CONFIRMED
                current.confirmed_at = None if approval else now
                current.email_confirm_by = None
                current.save(
                    update_fields=["status", "confirmed_at", "email_confirm_by", "updated_at"]
                )
                if not approval:
                    schedule_reminder(current, now=now)
                transaction.on_commit(lambda: emails.send_booking_received(current))
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
        current = locked_booking(booking)
        if current.status not in Booking.HOLDING:
            return current, False
        current.status = Booking.Status.CANCELLED
        current.cancelled_at = now
        current.cancelled_by = by
        current.cancellation_message = message
        current.sequence += 1
        current.save()
        drop_reminder(current)
        transaction.on_commit(lambda: emails.send_cancelled(current))
    return current, True


def reschedule_booking(*, booking: Booking, starts_at: datetime, now: datetime) -> Booking:
    """Move an active consultation to another free time with the same clinician and format.

    Keeps the calendar UID and raises the SEQUENCE; a confirmed booking's reminder moves with
    it. Raises SlotUnavailable (with alternatives) or BookingStateError.
    """
    slug = booking.clinician.slug
    try:
        with transaction.atomic():
            current, schedule = _lock_for_change(booking, now=now, starts_at=starts_at)
            if current.status not in Booking.HOLDING:
                raise BookingStateError(
                    gettext("This consultation was cancelled, so it cannot be moved.")
                )
            moved = schedule is not None
            if moved:
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
                    schedule_reminder(current, now=now)
                transaction.on_commit(lambda: emails.send_rescheduled(current))
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
    return current


def save_private_note(*, booking: Booking, note: str) -> Booking:
    """Replace the clinician's private note (stored encrypted, never shown to the client)."""
    with transaction.atomic():
        booking.private_note = note
        booking.save(update_fields=["private_note", "updated_at"])
    return booking


def locked_booking(booking: Booking) -> Booking:
    """The booking, read again and locked for the rest of the transaction."""
    return (
        Booking.objects.select_for_update(of=("self",))
        .select_related("clinician__user", "clinician__booking_settings")
        .get(pk=booking.pk)
    )


def _lock_for_change(booking: Booking, *, now: datetime, starts_at: datetime):
    """Inside a transaction: lock the clinician's settings and the booking, and return the
    booking as it is now with the clinician's schedule if `starts_at` is free for it (its own
    held time not counting), else None. Locks in the same order as a new booking does."""
    rows = free_times.bookable_settings(
        clinician_slug=booking.clinician.slug, fmt=booking.format, for_update=True
    )
    current = locked_booking(booking)
    busy = free_times.busy_ranges([current.clinician_id], since=now, exclude_booking=current.pk)
    schedules = free_times.schedules_for(rows, now=now)
    return current, free_times.free_schedule(
        schedules, busy, starts_at, fmt=current.format, now=now
    )
