"""Emails about consultations, with calendar attachments.

Emails to clients carry the time, the format, where to go (office address or video link) and
the cancel/reschedule links. Emails to clinicians carry the time and format and a link to the
dashboard, never the client's reason for booking: mail passes through servers outside the
practice. When the reason tripped the risk screen, the clinician's email says only that a
request needs prompt review, with the dashboard link. Reminder emails carry no reason text either.

Each email is written in its reader's language (docs/translation.md): a client's in their
account's language, or for a visitor the language of the page they booked on (the booking
records it); a clinician's in their account's. Calendar text follows the client's language.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

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


LANGUAGES = frozenset(code for code, _name in settings.LANGUAGES)


def _known(code: str | None) -> str | None:
    return code if code in LANGUAGES else None


def client_language(booking: Booking) -> str:
    """The language of the client's emails and calendar text: their account's, when the
    booking belongs to one, else the language of the page they booked on."""
    return (
        (_known(booking.client.language) if booking.client_id else None)
        or _known(booking.language)
        or settings.LANGUAGE_CODE
    )


def clinician_language(booking: Booking) -> str:
    """The language of the clinician's emails: their account's."""
    return _known(booking.clinician.user.language) or settings.LANGUAGE_CODE


def calendar_title(booking: Booking) -> str:
    """The title of the consultation in a calendar: the clinician, and no health service
    (calendars are shared and glanced at by others). In the client's language."""
    with translation.override(client_language(booking)):
        return gettext("Appointment with %(clinician)s") % {
            "clinician": booking.clinician.display_name
        }


def calendar_event(booking: Booking) -> ics.CalendarEvent:
    """The consultation as the client's calendar should show it, in the client's language."""
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    with translation.override(client_language(booking)):
        location = _location(booking)
    return ics.CalendarEvent(
        uid=f"{booking.uid}@{host}",
        sequence=booking.sequence,
        start=booking.starts_at,
        end=booking.ends_at,
        summary=calendar_title(booking),
        description=calendar_description(booking, with_links=True),
        location=location,
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
        _("Confirm your email to keep your consultation time"),
        extra={
            "confirm_url": links.absolute_url(booking, links.CONFIRM_EMAIL),
            "minutes": minutes,
        },
    )


def send_booking_received(booking: Booking) -> None:
    """To the client after they book: a confirmation with .ics, or "request received"."""
    if booking.status == Booking.Status.CONFIRMED:
        _to_client(booking, "confirmed", _("Your free consultation is booked"), invite=ics.REQUEST)
    else:
        _to_client(booking, "requested", _("We have your consultation request"))
    if getattr(booking, "safety_follow_up", None) is not None:
        # Says only that the request needs prompt review: no time, no name, no words.
        _to_clinician(booking, "prompt_review", _("A consultation request needs prompt review"))
    else:
        _to_clinician(booking, "new", _("New consultation"))


def send_confirmed(booking: Booking) -> None:
    _to_client(booking, "confirmed", _("Your free consultation is confirmed"), invite=ics.REQUEST)


def send_declined(booking: Booking) -> None:
    _to_client(booking, "declined", _("About your consultation request"))


def send_cancelled(booking: Booking) -> None:
    """To the client (with METHOD:CANCEL if they had an invitation) and, if they cancelled, to
    the clinician."""
    had_invitation = booking.confirmed_at is not None
    _to_client(
        booking,
        "cancelled",
        _("Your consultation is cancelled"),
        invite=ics.CANCEL if had_invitation else None,
    )
    if booking.cancelled_by == Booking.CancelledBy.CLIENT:
        _to_clinician(booking, "cancelled", _("Consultation cancelled"))


def send_rescheduled(booking: Booking) -> None:
    invite = ics.REQUEST if booking.status == Booking.Status.CONFIRMED else None
    _to_client(booking, "rescheduled", _("Your consultation has a new time"), invite=invite)
    _to_clinician(booking, "rescheduled", _("Consultation moved"))


def send_reminder(booking: Booking) -> None:
    """The reminder before a consultation. Raises if the mail backend fails (the caller counts
    the attempt)."""
    _to_client(booking, "reminder", _("Reminder: your free consultation"), quiet=False)


def _to_client(
    booking: Booking,
    kind: str,
    subject: str,
    *,
    invite: str | None = None,
    quiet: bool = True,
    extra: dict | None = None,
) -> None:
    with translation.override(client_language(booking)):
        message = _client_message(booking, kind, subject, invite=invite, extra=extra)
    _send(message, quiet=quiet)


def _client_message(
    booking: Booking, kind: str, subject: str, *, invite: str | None, extra: dict | None
) -> EmailMessage:
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
    return message


def _to_clinician(booking: Booking, kind: str, subject: str) -> None:
    with translation.override(clinician_language(booking)):
        message = _clinician_message(booking, kind, subject)
    _send(message, quiet=True)


def _clinician_message(booking: Booking, kind: str, subject: str) -> EmailMessage:
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
    return message


def _send(message: EmailMessage, *, quiet: bool) -> None:
    # The booking is already saved when we send: a mail server that is down must not turn a
    # booking into an error page. The confirmation page shows the same links.
    if not quiet:
        message.send()
        return
    send_quietly(message, logger=logger, what=f"booking email {message.subject!r}")


def calendar_description(booking: Booking, *, with_links: bool) -> str:
    """The event's notes. The reschedule and cancel links act for whoever holds them: they go
    in the `.ics` file the person keeps, not into a form on Google's or Microsoft's site.
    In the client's language."""
    with translation.override(client_language(booking)):
        lines = [
            gettext("Free %(minutes)s-minute consultation with %(clinician)s.")
            % {
                "minutes": settings.PRACTICE["consultation_minutes"],
                "clinician": booking.clinician.display_name,
            },
            _where(booking),
        ]
        if with_links:
            lines += [
                gettext("Reschedule: %(url)s")
                % {"url": links.absolute_url(booking, links.RESCHEDULE)},
                gettext("Cancel: %(url)s") % {"url": links.absolute_url(booking, links.CANCEL)},
            ]
    return "\n".join(lines)


def _where(booking: Booking) -> str:
    if booking.is_telehealth:
        return gettext("Telehealth (video). Please be physically in California at the time.")
    return gettext("In person at %(address)s.") % {"address": settings.PRACTICE["office_address"]}


def _location(booking: Booking) -> str:
    if booking.is_telehealth:
        return booking.clinician.booking_settings.video_link or gettext("Telehealth (video)")
    return settings.PRACTICE["office_address"]


def _from_address() -> str:
    address = settings.DEFAULT_FROM_EMAIL
    if "<" in address:
        address = address.split("<", 1)[1].rstrip(">")
    return address.strip()
