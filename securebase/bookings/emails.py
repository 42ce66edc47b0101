"""Emails about consultations, with calendar attachments.

Emails to clients carry the time, the format, where to go (office address or video link) and
the cancel/reschedule links. Emails to clinicians carry the time and format and a link to the
dashboard, never the client's reason for booking: mail passes through servers outside the
practice. When the reason tripped the risk screen, the clinician's email says only that a
request needs prompt review, with the dashboard link. Reminder emails carry no reason text either.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from securebase.accounts.zones import practice_zone as practice_tz
from securebase.bookings import ics, links
from securebase.bookings.models import Booking
from securebase.bookings.templatetags.booking_time import when as format_when
from securebase.core.mail import send_quietly

logger = logging.getLogger(__name__)


def client_zone(booking: Booking) -> ZoneInfo:
    try:
        return ZoneInfo(booking.client_time_zone)
    except (ValueError, KeyError):
        return practice_tz()


def calendar_title(booking: Booking) -> str:
    """The title of the consultation in a calendar: the clinician, and no health service
    (calendars are shared and glanced at by others)."""
    return f"Appointment with {booking.clinician.display_name}"


def calendar_event(booking: Booking) -> ics.CalendarEvent:
    """The consultation as the client's calendar should show it."""
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    return ics.CalendarEvent(
        uid=f"{booking.uid}@{host}",
        sequence=booking.sequence,
        start=booking.starts_at,
        end=booking.ends_at,
        summary=calendar_title(booking),
        description=calendar_description(booking, with_links=True),
        location=_location(booking),
        url=links.absolute_url(booking, links.VIEW),
        organizer_email=_from_address(),
        organizer_name=settings.PRACTICE["name"],
        attendee_email=booking.email,
        cancelled=booking.status == Booking.Status.CANCELLED,
    )


def send_email_check(booking: Booking) -> None:
    """To a signed-out visitor who just booked: confirm the address to keep the time."""
    minutes = int(
        (booking.email_confirm_by - booking.created_at).total_seconds() // 60
        if booking.email_confirm_by
        else 0
    )
    _to_client(
        booking,
        "check_email",
        "Confirm your email to keep your consultation time",
        extra={
            "confirm_url": links.absolute_url(booking, links.CONFIRM_EMAIL),
            "minutes": minutes,
        },
    )


def send_booking_received(booking: Booking) -> None:
    """To the client after they book: a confirmation with .ics, or "request received"."""
    if booking.status == Booking.Status.CONFIRMED:
        _to_client(booking, "confirmed", "Your free consultation is booked", invite=ics.REQUEST)
    else:
        _to_client(booking, "requested", "We have your consultation request")
    if getattr(booking, "safety_follow_up", None) is not None:
        # Says only that the request needs prompt review: no time, no name, no words.
        _to_clinician(booking, "prompt_review", "A consultation request needs prompt review")
    else:
        _to_clinician(booking, "new", "New consultation")


def send_confirmed(booking: Booking) -> None:
    _to_client(booking, "confirmed", "Your free consultation is confirmed", invite=ics.REQUEST)


def send_declined(booking: Booking) -> None:
    _to_client(booking, "declined", "About your consultation request")


def send_cancelled(booking: Booking) -> None:
    """To the client (with METHOD:CANCEL if they had an invitation) and, if they cancelled, to
    the clinician."""
    had_invitation = booking.confirmed_at is not None
    _to_client(
        booking,
        "cancelled",
        "Your consultation is cancelled",
        invite=ics.CANCEL if had_invitation else None,
    )
    if booking.cancelled_by == Booking.CancelledBy.CLIENT:
        _to_clinician(booking, "cancelled", "Consultation cancelled")


def send_rescheduled(booking: Booking) -> None:
    invite = ics.REQUEST if booking.status == Booking.Status.CONFIRMED else None
    _to_client(booking, "rescheduled", "Your consultation has a new time", invite=invite)
    _to_clinician(booking, "rescheduled", "Consultation moved")


def send_reminder(booking: Booking) -> None:
    """The reminder before a consultation. Raises if the mail backend fails (the caller counts
    the attempt)."""
    _to_client(booking, "reminder", "Reminder: your free consultation", quiet=False)


def _to_client(
    booking: Booking,
    kind: str,
    subject: str,
    *,
    invite: str | None = None,
    quiet: bool = True,
    extra: dict | None = None,
) -> None:
    tz = client_zone(booking)
    context = {
        "booking": booking,
        "practice": settings.PRACTICE,
        "when": format_when(booking.starts_at, tz),
        "when_practice": format_when(booking.starts_at, practice_tz()),
        "same_zone": tz.key == practice_tz().key,
        "where": _where(booking),
        "video_link": booking.clinician.booking_settings.video_link
        if booking.is_telehealth
        else "",
        "view_url": links.absolute_url(booking, links.VIEW),
        "cancel_url": links.absolute_url(booking, links.CANCEL),
        "reschedule_url": links.absolute_url(booking, links.RESCHEDULE),
        "book_url": settings.SITE_URL + reverse("bookings:start"),
        **(extra or {}),
    }
    body = render_to_string(f"bookings/email/client_{kind}.txt", context)
    message = EmailMessage(
        subject=f"{subject} · {settings.PRACTICE['name']}", body=body, to=[booking.email]
    )
    if invite:
        data = ics.invitation(calendar_event(booking), now=booking.updated_at, method=invite)
        message.attach("consultation.ics", data, f"text/calendar; method={invite}")
    _send(message, quiet=quiet)


def _to_clinician(booking: Booking, kind: str, subject: str) -> None:
    context = {
        "booking": booking,
        "practice": settings.PRACTICE,
        "when": format_when(booking.starts_at, practice_tz()),
        "dashboard_url": settings.SITE_URL + reverse("bookings:clinic_booking", args=[booking.uid]),
    }
    body = render_to_string(f"bookings/email/clinician_{kind}.txt", context)
    message = EmailMessage(
        subject=f"{subject} · {settings.PRACTICE['name']}",
        body=body,
        to=[booking.clinician.user.email],
    )
    _send(message, quiet=True)


def _send(message: EmailMessage, *, quiet: bool) -> None:
    # The booking is already saved when we send: a mail server that is down must not turn a
    # booking into an error page. The confirmation page shows the same links.
    if not quiet:
        message.send()
        return
    send_quietly(message, logger=logger, what=f"booking email {message.subject!r}")


def calendar_description(booking: Booking, *, with_links: bool) -> str:
    """The event's notes. The reschedule and cancel links act for whoever holds them: they go
    in the `.ics` file the person keeps, not into a form on Google's or Microsoft's site."""
    lines = [
        f"Free {settings.PRACTICE['consultation_minutes']}-minute consultation "
        f"with {booking.clinician.display_name}.",
        _where(booking),
    ]
    if with_links:
        lines += [
            f"Reschedule: {links.absolute_url(booking, links.RESCHEDULE)}",
            f"Cancel: {links.absolute_url(booking, links.CANCEL)}",
        ]
    return "\n".join(lines)


def _where(booking: Booking) -> str:
    if booking.is_telehealth:
        return "Telehealth (video). Please be physically in California at the time."
    return f"In person at {settings.PRACTICE['office_address']}."


def _location(booking: Booking) -> str:
    if booking.is_telehealth:
        return booking.clinician.booking_settings.video_link or "Telehealth (video)"
    return settings.PRACTICE["office_address"]


def _from_address() -> str:
    address = settings.DEFAULT_FROM_EMAIL
    if "<" in address:
        address = address.split("<", 1)[1].rstrip(">")
    return address.strip()
