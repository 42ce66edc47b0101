"""Calendar files: plain pytest functions, parsed back with icalendar."""

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from securebase.bookings import ics
from securebase.bookings.ics import CANCEL, CalendarEvent, feed, invitation

LA = ZoneInfo("America/Los_Angeles")
NOW = datetime(2026, 4, 1, 15, 0, tzinfo=UTC)


def consultation(**changes) -> CalendarEvent:
    values = {
        "uid": "booking-7f1c@secure-base.example",
        "sequence": 0,
        "start": datetime(2026, 4, 10, 10, 0, tzinfo=LA),
        "end": datetime(2026, 4, 10, 10, 15, tzinfo=LA),
        "summary": "Free consultation with Theo Park",
        "description": "Telehealth (video).",
        "location": "https://video.example/theo",
        "url": "https://secure-base.example/book/manage/abc/",
        "organizer_email": "hello@secure-base.example",
        "organizer_name": "Secure Base",
        "attendee_email": "ada@example.com",
    }
    values.update(changes)
    return CalendarEvent(**values)


def only_event(data: bytes):
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return calendar, events[0]


def test_it_writes_an_invitation_that_parses_with_utc_times():
    data = invitation(consultation(), now=NOW)
    calendar, event = only_event(data)

    assert calendar["METHOD"] == "REQUEST"
    assert str(event["UID"]) == "booking-7f1c@secure-base.example"
    assert event["SEQUENCE"] == 0
    assert event["STATUS"] == "CONFIRMED"
    assert event.decoded("DTSTART") == datetime(2026, 4, 10, 17, 0, tzinfo=UTC)
    assert b"DTSTART:20260410T170000Z" in data
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=15)
    assert str(event["ORGANIZER"]) == "mailto:hello@secure-base.example"
    assert str(event["LOCATION"]) == "https://video.example/theo"


def test_it_keeps_the_uid_and_raises_the_sequence_for_a_reschedule():
    moved = consultation(
        sequence=1,
        start=datetime(2026, 4, 11, 9, 0, tzinfo=LA),
        end=datetime(2026, 4, 11, 9, 15, tzinfo=LA),
    )

    _, first = only_event(invitation(consultation(), now=NOW))
    _, second = only_event(invitation(moved, now=NOW))

    assert str(second["UID"]) == str(first["UID"])
    assert second["SEQUENCE"] == first["SEQUENCE"] + 1


def test_it_writes_a_cancellation_with_method_cancel():
    calendar, event = only_event(invitation(consultation(sequence=2), now=NOW, method=CANCEL))

    assert calendar["METHOD"] == "CANCEL"
    assert event["STATUS"] == "CANCELLED"
    assert event["SEQUENCE"] == 2


def test_it_refuses_an_unknown_method():
    with pytest.raises(ValueError, match="REQUEST"):
        invitation(consultation(), now=NOW, method="PUBLISH")


def test_it_writes_a_feed_with_every_event():
    events = [consultation(uid=f"booking-{n}@secure-base.example") for n in range(3)]

    calendar = Calendar.from_ical(feed(events, name="Consultations", now=NOW))

    assert calendar["METHOD"] == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Consultations"
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        "booking-0@secure-base.example",
        "booking-1@secure-base.example",
        "booking-2@secure-base.example",
    ]


def test_it_refuses_naive_times():
    with pytest.raises(ValueError, match="timezone-aware"):
        invitation(consultation(start=datetime(2026, 4, 10, 10)), now=NOW)


def test_it_stays_free_of_django():
    tree = ast.parse(Path(ics.__file__).read_text())
    modules = {
        (node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    } | {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert "django" not in modules
