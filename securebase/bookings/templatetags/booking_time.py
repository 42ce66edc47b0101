"""Filters that show consultation times in a given zone, US style ("Friday, April 10")."""

from __future__ import annotations

from datetime import date, datetime

from django import template

register = template.Library()


def _clock(local: datetime) -> str:
    hour = local.hour % 12 or 12
    return f"{hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"


@register.filter
def clock(moment: datetime, tz=None) -> str:
    """ "10:00 AM" in `tz` (or in the moment's own zone)."""
    local = moment.astimezone(tz) if tz else moment
    return _clock(local)


@register.filter
def day_name(day: date | datetime, tz=None) -> str:
    """ "Friday, April 10"; a datetime is first put in `tz`."""
    if isinstance(day, datetime) and tz:
        day = day.astimezone(tz)
    return f"{day:%A, %B} {day.day}"


@register.filter
def when(moment: datetime, tz) -> str:
    """ "Friday, April 10, 2026 at 10:00 AM PDT" in `tz`."""
    local = moment.astimezone(tz)
    return f"{day_name(local)}, {local.year} at {_clock(local)} {local.tzname()}"


@register.filter
def zone_label(tz) -> str:
    """ "America/Los_Angeles" as "America/Los Angeles"."""
    return str(getattr(tz, "key", tz)).replace("_", " ")
