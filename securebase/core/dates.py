"""Dates and times as a person reads them: one US style for the whole site and the admin.

Every date or time a page, an email, a PDF or the admin shows is written by this module, so
the site reads the same everywhere: "Dec 2, 2026", "Wed, Dec 2, 2026",
"Wednesday, December 2, 2026", "6:00 PM", "Dec 2, 2026, 6:00 PM PST". Standard library only:
the caller passes the zone to show a moment in (``accounts.zones.viewer_zone()`` for a
person, ``practice_zone()`` for the practice) and says whether to name it. Name the zone
where two zones could meet: the zone shown is not the practice's, or the page is read by
people in different zones (booking, the clinic pages, the admin).

Machine-readable values (CSV, JSON, ``.ics``, FHIR, a ``<time datetime>`` attribute, an
``<input type="datetime-local">`` value) stay ISO 8601: ``iso()`` and ``input_value()``.

The admin reaches the same text through Django's formats: ``DJANGO_FORMATS`` spells this
style in Django's format characters for ``core/formats/en/formats.py``, and a test holds
the two to the same output.
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
MONTHS += ("September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The same style in Django's date format characters, for the admin and any value Django
# itself formats (``formats.date_format``). "T" is the zone's abbreviation.
DJANGO_FORMATS = {
    "DATE_FORMAT": "M j, Y",
    "DATETIME_FORMAT": "M j, Y, g:i A T",
    "TIME_FORMAT": "g:i A",
    "SHORT_DATE_FORMAT": "M j, Y",
    "SHORT_DATETIME_FORMAT": "M j, Y, g:i A T",
    "MONTH_DAY_FORMAT": "M j",
    "YEAR_MONTH_FORMAT": "F Y",
}


def in_zone(moment: datetime, tz: tzinfo) -> datetime:
    """``moment`` (aware) as a wall-clock time in ``tz``; a naive moment is a bug, refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a naive datetime has no place on a page: pass an aware one")
    return moment.astimezone(tz)


def _day(value: date | datetime, tz: tzinfo | None) -> date:
    """A calendar day: a datetime is first put in ``tz`` (required for a datetime)."""
    if isinstance(value, datetime):
        if tz is None:
            raise ValueError("a moment needs a zone to fall on a day")
        return in_zone(value, tz).date()
    return value


def zone_abbreviation(local: datetime) -> str:
    """The zone of a localized moment as people write it: "PST", "EDT", "UTC", "UTC+03"."""
    name = local.tzname() or ""
    if name and any(ch.isalpha() for ch in name):
        return name
    offset = local.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}" + (f":{rest:02d}" if rest else "")


def zone_label(tz: tzinfo) -> str:
    """A zone's name for a sentence: "America/New_York" as "America/New York"."""
    return str(getattr(tz, "key", tz)).replace("_", " ")


def zones_differ(shown: tzinfo, practice: tzinfo) -> bool:
    """Whether times shown in ``shown`` could be confused with the practice's own times."""
    return str(getattr(shown, "key", shown)) != str(getattr(practice, "key", practice))


def month_day(value: date | datetime, tz: tzinfo | None = None) -> str:
    """ "Dec 2" (no year: for a day this year, in a table that says the year elsewhere)."""
    day = _day(value, tz)
    return f"{MONTHS[day.month - 1][:3]} {day.day}"


def short_date(value: date | datetime, tz: tzinfo | None = None) -> str:
    """ "Dec 2, 2026"."""
    day = _day(value, tz)
    return f"{month_day(day)}, {day.year}"


def weekday_date(value: date | datetime, tz: tzinfo | None = None) -> str:
    """ "Wed, Dec 2, 2026"."""
    day = _day(value, tz)
    return f"{WEEKDAYS[day.weekday()][:3]}, {short_date(day)}"


def long_date(value: date | datetime, tz: tzinfo | None = None, *, year: bool = True) -> str:
    """ "Wednesday, December 2, 2026", or "Wednesday, December 2" with ``year=False``."""
    day = _day(value, tz)
    text = f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"
    return f"{text}, {day.year}" if year else text


def clock(value: datetime | time, tz: tzinfo | None = None, *, name_zone: bool = False) -> str:
    """ "6:00 PM" (a datetime in ``tz``, or in its own zone when ``tz`` is None); with
    ``name_zone``, "6:00 PM PST". A ``time`` of day is shown as it is, never with a zone."""
    if isinstance(value, datetime):
        local = in_zone(value, tz) if tz is not None else value
    else:
        local = value
    hour = local.hour % 12 or 12
    text = f"{hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"
    if name_zone and isinstance(local, datetime):
        text = f"{text} {zone_abbreviation(local)}"
    return text


def hour_label(hour: int) -> str:
    """An hour of the day (0-23) on the 12-hour clock: "12 AM", "6 PM"."""
    if not 0 <= hour <= 23:
        raise ValueError(f"no hour {hour} in a day")
    return f"{hour % 12 or 12} {'AM' if hour < 12 else 'PM'}"


def moment_text(moment: datetime, tz: tzinfo, *, name_zone: bool = False) -> str:
    """ "Dec 2, 2026, 6:00 PM", or "Dec 2, 2026, 6:00 PM PST" with ``name_zone``."""
    local = in_zone(moment, tz)
    return f"{short_date(local.date())}, {clock(local, name_zone=name_zone)}"


def long_moment(moment: datetime, tz: tzinfo) -> str:
    """ "Wednesday, December 2, 2026 at 6:00 PM PST": a booked time, zone always named."""
    local = in_zone(moment, tz)
    return f"{long_date(local.date())} at {clock(local, name_zone=True)}"


def iso(value: date | datetime) -> str:
    """ISO 8601 for machines (a ``<time datetime>`` attribute): never shown as text."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def input_value(moment: datetime, tz: tzinfo) -> str:
    """The value of an ``<input type="datetime-local">``: "2026-12-02T18:00" in ``tz``."""
    local = in_zone(moment, tz)
    return f"{local:%Y-%m-%dT%H:%M}"
