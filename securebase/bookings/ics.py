"""Calendar files (RFC 5545 / iTIP RFC 5546) for consultations, built with `icalendar`.

Pure code: no Django. Times go out in UTC so no VTIMEZONE is needed and every calendar app
shows them in its own zone. One consultation keeps one UID for its whole life; a reschedule
sends the same UID with a higher SEQUENCE, a cancellation sends METHOD:CANCEL, so calendar apps
update or remove the event they already have instead of adding a second one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Calendar, Event, vCalAddress, vText

PRODID = "-//Secure Base//Consultations//EN"
REQUEST = "REQUEST"
CANCEL = "CANCEL"
PUBLISH = "PUBLISH"


@dataclass(frozen=True)
class CalendarEvent:
    """One consultation as a calendar sees it. Times are aware; text is what the viewer sees."""

    uid: str
    sequence: int
    start: datetime
    end: datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""
    organizer_email: str = ""
    organizer_name: str = ""
    attendee_email: str = ""
    cancelled: bool = False


def invitation(event: CalendarEvent, *, now: datetime, method: str = REQUEST) -> bytes:
    """A single-event `.ics` to attach to an email: METHOD:REQUEST, or METHOD:CANCEL."""
    if method not in (REQUEST, CANCEL):
        raise ValueError(f"an invitation is a {REQUEST} or a {CANCEL}, not {method!r}")
    calendar = _calendar(method)
    calendar.add_component(_event(event, now=now, cancelled=method == CANCEL or event.cancelled))
    return calendar.to_ical()


def feed(events: Iterable[CalendarEvent], *, name: str, now: datetime) -> bytes:
    """A subscribable calendar (METHOD:PUBLISH) holding every given event."""
    calendar = _calendar(PUBLISH)
    calendar.add("X-WR-CALNAME", name)
    for event in events:
        calendar.add_component(_event(event, now=now, cancelled=event.cancelled))
    return calendar.to_ical()


def _calendar(method: str) -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", method)
    return calendar


def _event(event: CalendarEvent, *, now: datetime, cancelled: bool) -> Event:
    component = Event()
    component.add("UID", event.uid)
    component.add("SEQUENCE", event.sequence)
    component.add("DTSTAMP", _utc(now))
    component.add("DTSTART", _utc(event.start))
    component.add("DTEND", _utc(event.end))
    component.add("SUMMARY", event.summary)
    component.add("STATUS", "CANCELLED" if cancelled else "CONFIRMED")
    component.add("TRANSP", "OPAQUE")
    if event.description:
        component.add("DESCRIPTION", event.description)
    if event.location:
        component.add("LOCATION", event.location)
    if event.url:
        component.add("URL", event.url)
    if event.organizer_email:
        organizer = vCalAddress(f"mailto:{event.organizer_email}")
        if event.organizer_name:
            organizer.params["CN"] = vText(event.organizer_name)
        component.add("ORGANIZER", organizer)
    if event.attendee_email:
        attendee = vCalAddress(f"mailto:{event.attendee_email}")
        attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
        attendee.params["PARTSTAT"] = vText("DECLINED" if cancelled else "ACCEPTED")
        component.add("ATTENDEE", attendee)
    return component


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("calendar times must be timezone-aware")
    return moment.astimezone(UTC)
