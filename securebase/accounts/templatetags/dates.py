"""``{% load dates %}``: every date and time a template shows, through ``core/dates.py``.

Each tag shows its value in the viewer's zone (``accounts.zones.viewer_zone`` of the
signed-in person; the practice's zone for a visitor or an email), or in ``tz=`` when the
page says whose time it is (``tz=practice_tz`` on the clinic pages). A time names its zone
("6:00 PM EST") when that zone is not the practice's, or when ``zone=True`` is given: where
two zones could meet. ``zone=False`` never names it.

    {% load dates %}
    {% day entry.created_at %}            Dec 2, 2026
    {% weekday checkin.created_at %}      Wed, Dec 2, 2026
    {% long_day stretch.counting_from %}  Wednesday, December 2, 2026
    {% month_day mark.day %}              Dec 2
    {% clock checkin.created_at %}        6:00 PM
    {% moment look.at %}                  Dec 2, 2026, 6:00 PM
    {% long_moment booking.starts_at tz=tz %}  Wednesday, December 2, 2026 at 6:00 PM PST
    <time datetime="{% iso entry.created_at %}">   2026-12-03T02:00:00+00:00

Any of them takes ``as name`` to keep the text in a variable. The words follow the page's
language: on a Spanish page ``{% moment %}`` writes "2 dic 2026, 6:00 p. m.".
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from django import template
from django.utils import translation

from securebase.accounts.zones import practice_zone, viewer_zone
from securebase.core import dates

register = template.Library()


def _zone(context, tz) -> tzinfo:
    if tz:
        return ZoneInfo(tz) if isinstance(tz, str) else tz
    request = context.get("request")
    user = getattr(request, "user", None) if request is not None else context.get("user")
    return viewer_zone(user)


def _day_zone(context, value, tz) -> tzinfo | None:
    """The zone a value falls on a day in: a calendar date is one already and needs none (a
    table of days would otherwise look the viewer's zone up once per row)."""
    return _zone(context, tz) if isinstance(value, datetime) else None


def _language() -> str:
    """The page's language, which the words of a date follow ("en" or "es")."""
    return translation.get_language() or dates.ENGLISH


def _named(zone: tzinfo, forced) -> bool:
    if forced is not None and forced != "":
        return bool(forced)
    return dates.zones_differ(zone, practice_zone())


@register.simple_tag(takes_context=True)
def day(context, value, tz=None) -> str:
    """ "Dec 2, 2026"."""
    return (
        ""
        if value is None
        else dates.short_date(value, _day_zone(context, value, tz), language=_language())
    )


@register.simple_tag(takes_context=True)
def weekday(context, value, tz=None) -> str:
    """ "Wed, Dec 2, 2026"."""
    return (
        ""
        if value is None
        else dates.weekday_date(value, _day_zone(context, value, tz), language=_language())
    )


@register.simple_tag(takes_context=True)
def long_day(context, value, tz=None, year=True) -> str:
    """ "Wednesday, December 2, 2026" (``year=False``: "Wednesday, December 2")."""
    if value is None:
        return ""
    return dates.long_date(
        value, _day_zone(context, value, tz), year=bool(year), language=_language()
    )


@register.simple_tag(takes_context=True)
def month_day(context, value, tz=None) -> str:
    """ "Dec 2"."""
    return (
        ""
        if value is None
        else dates.month_day(value, _day_zone(context, value, tz), language=_language())
    )


def _timed(context, value, tz, zone, write) -> str:
    """``write`` (a time formatter of core/dates.py) applied to ``value`` in the viewer's
    zone, naming the zone as ``_named`` decides; "" for no value."""
    if value is None:
        return ""
    shown = _zone(context, tz)
    return write(value, shown, name_zone=_named(shown, zone), language=_language())


@register.simple_tag(takes_context=True)
def clock(context, value, tz=None, zone=None) -> str:
    """ "6:00 PM" ("6:00 PM EST" where two zones could meet)."""
    return _timed(context, value, tz, zone, dates.clock)


@register.simple_tag(takes_context=True)
def moment(context, value, tz=None, zone=None) -> str:
    """ "Dec 2, 2026, 6:00 PM" ("…, 6:00 PM EST" where two zones could meet)."""
    return _timed(context, value, tz, zone, dates.moment_text)


@register.simple_tag(takes_context=True)
def long_moment(context, value, tz=None) -> str:
    """ "Wednesday, December 2, 2026 at 6:00 PM PST" (the zone always named)."""
    return (
        "" if value is None else dates.long_moment(value, _zone(context, tz), language=_language())
    )


@register.simple_tag
def iso(value) -> str:
    """ISO 8601 for a ``<time datetime>`` attribute or a hidden field; never shown as text."""
    return "" if value is None else dates.iso(value)


@register.simple_tag(takes_context=True)
def input_value(context, value, tz=None) -> str:
    """The value of an ``<input type="datetime-local">`` in the viewer's zone."""
    return "" if value is None else dates.input_value(value, _zone(context, tz))


@register.simple_tag(takes_context=True)
def zone_name(context, tz=None) -> str:
    """The zone times on this page are shown in, for a sentence: "America/New York"."""
    return dates.zone_label(_zone(context, tz))
