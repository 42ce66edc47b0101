"""Filters that show consultation times in a given zone, through ``core/dates.py``.

The booking pages pass the zone explicitly (the visitor's chosen zone, or the practice's), so
these stay filters: ``{{ start|when:tz }}``. The text is the site's one US style, in the
page's language ("miércoles, 2 de diciembre de 2026, a las 6:00 p. m. PST" on a Spanish page).
"""

from __future__ import annotations

from datetime import date, datetime

from django import template
from django.utils import translation

from securebase.core import dates

register = template.Library()


def _language() -> str:
    return translation.get_language() or dates.ENGLISH


@register.filter
def clock(moment: datetime, tz=None) -> str:
    """ "10:00 AM" in `tz` (or in the moment's own zone)."""
    return dates.clock(moment, tz or None, language=_language())


@register.filter
def day_name(day: date | datetime, tz=None) -> str:
    """ "Friday, April 10"; a datetime is first put in `tz` (or kept in its own zone)."""
    if isinstance(day, datetime) and not tz:
        day = day.date()
    return dates.long_date(day, tz or None, year=False, language=_language())


@register.filter
def when(moment: datetime, tz) -> str:
    """ "Friday, April 10, 2026 at 10:00 AM PDT" in `tz`."""
    return dates.long_moment(moment, tz, language=_language())


@register.filter
def zone_label(tz) -> str:
    """ "America/Los_Angeles" as "America/Los Angeles"."""
    return dates.zone_label(tz)
