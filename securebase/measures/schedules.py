"""Questionnaires a clinician schedules for a client, and the emails that say one is waiting.

Writes live here (keyword-only, atomic); the reminder run is called by the periodic
``send_due_reminders`` command. Every email says only that a questionnaire is waiting, with a
link to the client's home: no instrument, no score, nothing about health.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from securebase.assessments.catalog import get_measure
from securebase.bookings.models import Booking
from securebase.measures import sharing
from securebase.measures.models import MeasureResult, Request, Schedule

# A "before each booked session" questionnaire falls due this long before the session.
BEFORE_SESSION = timedelta(days=2)
MAX_ATTEMPTS = 5


class ScheduleProblem(ValueError):
    """The schedule asked for cannot be made (unknown questionnaire, bad interval)."""


@dataclass(frozen=True)
class ReminderRun:
    created: int
    sent: int
    failed: int


def open_requests():
    """Requests still waiting, whose relationship is active and shares the results area."""
    return Request.objects.filter(
        sharing.live("schedule__relationship__"),
        completed_at__isnull=True,
        schedule__stopped_at__isnull=True,
    ).distinct()


def due_for(client, *, now: datetime) -> list[Request]:
    """The questionnaires `client` is asked to take now (due, not done), oldest first."""
    if not sharing.care_installed() or not getattr(client, "is_authenticated", False):
        return []
    return list(
        open_requests()
        .filter(client=client, due_at__lte=now)
        .select_related("schedule__relationship__clinician")
        .order_by("due_at", "pk")
    )


@transaction.atomic
def schedule_questionnaire(
    *,
    relationship,
    instrument: str,
    repeat: str,
    every_days: int | None = None,
    now: datetime,
) -> Schedule:
    """Make a schedule inside `relationship` (the caller checked the clinician's access).

    "once" and "every N days" ask for the first questionnaire right away (with its email);
    "before each booked session" waits for the next booking. Raises ScheduleProblem.
    """
    if get_measure(instrument) is None:
        raise ScheduleProblem(_("Choose a questionnaire."))
    if repeat not in Schedule.Repeat.values:
        raise ScheduleProblem(_("Choose how often."))
    if repeat == Schedule.Repeat.EVERY and not (every_days and 1 <= every_days <= 365):
        raise ScheduleProblem(_("Say every how many days, from 1 to 365."))
    schedule = Schedule.objects.create(
        relationship=relationship,
        instrument=instrument,
        repeat=repeat,
        every_days=every_days if repeat == Schedule.Repeat.EVERY else None,
        next_due_at=now + timedelta(days=every_days) if repeat == Schedule.Repeat.EVERY else None,
        created_at=now,
    )
    if repeat != Schedule.Repeat.BEFORE_SESSION:
        _ask(schedule, due_at=now, now=now)
    return schedule


@transaction.atomic
def send_now(*, relationship, instrument: str, now: datetime) -> Schedule:
    """Ask for one questionnaire right away: a one-off schedule, emailed after commit."""
    return schedule_questionnaire(
        relationship=relationship, instrument=instrument, repeat=Schedule.Repeat.ONCE, now=now
    )


@transaction.atomic
def stop_schedule(*, schedule: Schedule, now: datetime) -> None:
    """Stop a schedule: no new questionnaires, and its waiting ones no longer show or remind."""
    Schedule.objects.filter(pk=schedule.pk, stopped_at__isnull=True).update(stopped_at=now)


def _ask(
    schedule: Schedule, *, due_at: datetime, now: datetime, booking=None, announce: bool = True
) -> Request | None:
    """Create one request (once per due time or booking); with `announce`, claim and send its
    email after commit (the reminder run sends its own, to count them)."""
    try:
        with transaction.atomic():
            request = Request.objects.create(
                schedule=schedule,
                client_id=schedule.relationship.client_id,
                instrument=schedule.instrument,
                due_at=due_at,
                booking=booking,
            )
    except IntegrityError:
        return None  # another run made it
    if announce:
        transaction.on_commit(lambda: _notify(request.pk, now=now))
    return request


def _notify(request_id: int, *, now: datetime) -> bool:
    """Claim the request's email with a conditional update, then send it. True when sent.

    Of two runs racing for one request, only the one whose UPDATE changed the row sends.
    """
    claimed = Request.objects.filter(
        pk=request_id, notified_at__isnull=True, attempts__lt=MAX_ATTEMPTS
    ).update(notified_at=now, attempts=F("attempts") + 1)
    if not claimed:
        return False
    request = Request.objects.select_related("client").get(pk=request_id)
    try:
        # In the client's language (docs/translation.md).
        with translation.override(request.client.language or settings.LANGUAGE_CODE):
            subject = _("%(practice)s: a questionnaire is waiting for you") % {
                "practice": settings.PRACTICE["name"]
            }
            body = render_to_string(
                "measures/email/waiting.txt",
                {
                    "practice": settings.PRACTICE,
                    "link": f"{settings.SITE_URL}{reverse('dashboard:home')}",
                },
            )
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [request.client.email])
    except Exception:
        # Unclaim so a later run retries (up to MAX_ATTEMPTS).
        Request.objects.filter(pk=request_id).update(notified_at=None)
        raise
    return True


def create_due_requests(*, now: datetime) -> int:
    """Make the questionnaires that have fallen due: the next of each "every N days"
    schedule, and one before each booked session in the next two days. Returns how many.

    Safe to run twice at once: a schedule's next due time is advanced by a conditional
    update, and a request is unique per schedule and due time (or booking).
    """
    created = 0
    live_schedules = Schedule.objects.filter(
        sharing.live("relationship__"), stopped_at__isnull=True
    ).distinct()
    for schedule in live_schedules.filter(
        repeat=Schedule.Repeat.EVERY, next_due_at__lte=now
    ).select_related("relationship"):
        due_at = schedule.next_due_at
        following = due_at + timedelta(days=schedule.every_days)
        if following <= now:
            following = now + timedelta(days=schedule.every_days)
        with transaction.atomic():
            advanced = Schedule.objects.filter(pk=schedule.pk, next_due_at=due_at).update(
                next_due_at=following
            )
            if advanced and _ask(schedule, due_at=due_at, now=now, announce=False):
                created += 1
    created += _before_sessions(live_schedules, now=now)
    return created


def _before_sessions(live_schedules, *, now: datetime) -> int:
    created = 0
    for schedule in live_schedules.filter(repeat=Schedule.Repeat.BEFORE_SESSION).select_related(
        "relationship"
    ):
        bookings = Booking.objects.filter(
            client_id=schedule.relationship.client_id,
            clinician__user_id=schedule.relationship.clinician_id,
            status=Booking.Status.CONFIRMED,
            starts_at__gt=now,
            starts_at__lte=now + BEFORE_SESSION,
        ).exclude(questionnaire_requests__schedule=schedule)
        for booking in bookings:
            with transaction.atomic():
                due_at = max(now, booking.starts_at - BEFORE_SESSION)
                if _ask(schedule, due_at=due_at, now=now, booking=booking, announce=False):
                    created += 1
    return created


def send_due_reminders(*, now: datetime) -> ReminderRun:
    """The reminder run: make what has fallen due, then email every waiting questionnaire
    not yet announced, once. Emails stop when the relationship ends or the client stops
    sharing results (those requests are no longer open). Nothing without the care feature."""
    if not sharing.care_installed():
        return ReminderRun(created=0, sent=0, failed=0)
    created = create_due_requests(now=now)
    sent = failed = 0
    for request_id in (
        open_requests()
        .filter(notified_at__isnull=True, due_at__lte=now, attempts__lt=MAX_ATTEMPTS)
        .values_list("pk", flat=True)
    ):
        try:
            if _notify(request_id, now=now):
                sent += 1
        except Exception:
            failed += 1
    return ReminderRun(created=created, sent=sent, failed=failed)


def complete_requests(*, result: MeasureResult) -> int:
    """Mark the client's waiting requests for this questionnaire done by `result`."""
    if not sharing.care_installed():
        return 0
    return Request.objects.filter(
        client_id=result.client_id,
        instrument=result.instrument,
        completed_at__isnull=True,
        due_at__lte=result.taken_at,
    ).update(completed_at=result.taken_at, result=result)
