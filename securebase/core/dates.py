"""Dates and times as a person reads them: one US style for the whole site and the admin.

Every date or time a page, an email, a PDF or the admin shows is written by this module, so
the site reads the same everywhere: "Dec 2, 2026", "Wed, Dec 2, 2026",
"Wednesday, December 2, 2026", "6:00 PM", "Dec 2, 2026, 6:00 PM PST".

In Spanish (``language="es"``) the same moments follow the US Spanish style: day before month,
month and weekday names in lower case, the 12-hour clock with "a. m." and "p. m.":
"2 dic 2026", "mié, 2 dic 2026", "miércoles, 2 de diciembre de 2026", "6:00 p. m.",
"2 dic 2026, 6:00 p. m. PST", "miércoles, 2 de diciembre de 2026, a las 6:00 p. m. PST".
Any other ``language`` is written in English; without ``language``, the page's language
(``core/wording.py``), so an email or PDF made under ``translation.override`` follows its
reader. Standard library only (and the pure ``core/wording.py``):
the caller passes the zone to show a moment in (``accounts.zones.viewer_zone()`` for a
person, ``practice_zone()`` for the practice) and says whether to name it. Name the zone
where two zones could meet: the zone shown is not the practice's, or the page is read by
people in different zones (booking, the clinic pages, the admin).

Machine-readable values (CSV, JSON, ``.ics``, FHIR, a ``<time datetime>`` attribute, an
``<input type="datetime-local">`` value) stay ISO 8601: ``iso()`` and ``input_value()``.

The admin reaches the same text through Django's formats: ``DJANGO_FORMATS`` spells this
style in Django's format characters for ``core/formats/en/formats.py`` (and
``DJANGO_FORMATS_ES`` for ``core/formats/es/formats.py``), and a test holds the two to the same
output.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, tzinfo
from functools import lru_cache, partial

from securebase.core import wording

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
MONTHS += ("September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

ENGLISH = "en"
SPANISH = "es"
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto")
MONTHS_ES += ("septiembre", "octubre", "noviembre", "diciembre")
# Abbreviations as US Spanish writes them (and as Django's Spanish catalog does): "sep", "dic".
MONTHS_ES_SHORT = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov")
MONTHS_ES_SHORT += ("dic",)
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
WEEKDAYS_ES_SHORT = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
# Morning and afternoon on the Spanish 12-hour clock.
AM_ES = "a. m."
PM_ES = "p. m."

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
# The Spanish style for Django: "b" is the lower-case month abbreviation, "a" is "a. m." or
# "p. m." (the core catalog spells Django's "a.m."/"p.m." the way this module does).
DJANGO_FORMATS_ES = {
    "DATE_FORMAT": "j b Y",
    "DATETIME_FORMAT": "j b Y, g:i a T",
    "TIME_FORMAT": "g:i a",
    "SHORT_DATE_FORMAT": "j b Y",
    "SHORT_DATETIME_FORMAT": "j b Y, g:i a T",
    "MONTH_DAY_FORMAT": "j b",
    "YEAR_MONTH_FORMAT": r"F \d\e Y",
    # What a person may type where Django reads a date: month first, as in the US.
    "DATE_INPUT_FORMATS": ["%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y"],
    "DATETIME_INPUT_FORMATS": [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M:%S.%f",
        "%Y-%m-%d %H:%M",
        "%m/%d/%Y %H:%M:%S",
        "%m/%d/%Y %H:%M",
        "%m/%d/%y %H:%M:%S",
        "%m/%d/%y %H:%M",
    ],
}


def _spanish(language: str | None) -> bool:
    """Whether ``language`` ("es", "es-us", "es_US") asks for the Spanish style; without one,
    whether the page's language does (``core/wording.py``: English outside a request)."""
    return _spanish_code(wording.language() if language is None else language)


@lru_cache(maxsize=32)
def _spanish_code(language: str) -> bool:
    # A page writes many dates in one language: its code is read once, not per date.
    return bool(language) and language.lower().replace("_", "-").split("-")[0] == SPANISH


def _short_month(month: int, *, spanish: bool) -> str:
    """A month's short name as the short dates write it (1 -> "Jan"; Spanish "ene")."""
    return MONTHS_ES_SHORT[month - 1] if spanish else MONTHS[month - 1][:3]


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


def month_day(
    value: date | datetime, tz: tzinfo | None = None, *, language: str | None = None
) -> str:
    """ "Dec 2" (no year: for a day this year, in a table that says the year elsewhere);
    Spanish "2 dic"."""
    day = _day(value, tz)
    spanish = _spanish(language)
    month = _short_month(day.month, spanish=spanish)
    return f"{day.day} {month}" if spanish else f"{month} {day.day}"


def short_date(
    value: date | datetime, tz: tzinfo | None = None, *, language: str | None = None
) -> str:
    """ "Dec 2, 2026"; Spanish "2 dic 2026"."""
    day = _day(value, tz)
    language = wording.language() if language is None else language
    if _spanish(language):
        return f"{month_day(day, language=language)} {day.year}"
    return f"{month_day(day, language=language)}, {day.year}"


def date_writer(language: str, style: str = "short") -> Callable[[date], str]:
    """``short_date`` ("short"), ``weekday_date`` ("weekday") or ``month_year`` ("month")
    with ``language`` settled once: a table of a hundred dates asks for one writer, so the
    page's language is not looked up for every date."""
    writers = {"short": short_date, "weekday": weekday_date, "month": month_year}
    if style not in writers:
        raise ValueError(f"No date style {style!r}.")
    return partial(writers[style], language=language)


def month_year(value: date, *, language: str | None = None) -> str:
    """ "Dec 2026" (a month as a whole, in a table of months); Spanish "dic 2026"."""
    return f"{_short_month(value.month, spanish=_spanish(language))} {value.year}"


def short_weekday(
    value: date | datetime, tz: tzinfo | None = None, *, language: str | None = None
) -> str:
    """ "Wed"; Spanish "mié"."""
    weekday = _day(value, tz).weekday()
    return WEEKDAYS_ES_SHORT[weekday] if _spanish(language) else WEEKDAYS[weekday][:3]


def weekday_date(
    value: date | datetime, tz: tzinfo | None = None, *, language: str | None = None
) -> str:
    """ "Wed, Dec 2, 2026"; Spanish "mié, 2 dic 2026"."""
    day = _day(value, tz)
    language = wording.language() if language is None else language
    return f"{short_weekday(day, language=language)}, {short_date(day, language=language)}"


def long_date(
    value: date | datetime,
    tz: tzinfo | None = None,
    *,
    year: bool = True,
    language: str | None = None,
) -> str:
    """ "Wednesday, December 2, 2026", or "Wednesday, December 2" with ``year=False``;
    Spanish "miércoles, 2 de diciembre de 2026" or "miércoles, 2 de diciembre"."""
    day = _day(value, tz)
    if _spanish(language):
        text = f"{WEEKDAYS_ES[day.weekday()]}, {day.day} de {MONTHS_ES[day.month - 1]}"
        return f"{text} de {day.year}" if year else text
    text = f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"
    return f"{text}, {day.year}" if year else text


def _half_day(hour: int, language: str) -> str:
    if _spanish(language):
        return AM_ES if hour < 12 else PM_ES
    return "AM" if hour < 12 else "PM"


def clock(
    value: datetime | time,
    tz: tzinfo | None = None,
    *,
    name_zone: bool = False,
    language: str | None = None,
) -> str:
    """ "6:00 PM" (a datetime in ``tz``, or in its own zone when ``tz`` is None); with
    ``name_zone``, "6:00 PM PST". A ``time`` of day is shown as it is, never with a zone.
    Spanish "6:00 p. m.", "6:00 p. m. PST"."""
    if isinstance(value, datetime):
        local = in_zone(value, tz) if tz is not None else value
    else:
        local = value
    hour = local.hour % 12 or 12
    text = f"{hour}:{local.minute:02d} {_half_day(local.hour, language)}"
    if name_zone and isinstance(local, datetime):
        text = f"{text} {zone_abbreviation(local)}"
    return text


def hour_label(hour: int, *, language: str | None = None) -> str:
    """An hour of the day (0-23) on the 12-hour clock: "12 AM", "6 PM"; Spanish "6 p. m."."""
    if not 0 <= hour <= 23:
        raise ValueError(f"no hour {hour} in a day")
    return f"{hour % 12 or 12} {_half_day(hour, language)}"


def moment_text(
    moment: datetime, tz: tzinfo, *, name_zone: bool = False, language: str | None = None
) -> str:
    """ "Dec 2, 2026, 6:00 PM", or "Dec 2, 2026, 6:00 PM PST" with ``name_zone``;
    Spanish "2 dic 2026, 6:00 p. m. PST"."""
    local = in_zone(moment, tz)
    day = short_date(local.date(), language=language)
    return f"{day}, {clock(local, name_zone=name_zone, language=language)}"


def long_moment(moment: datetime, tz: tzinfo, *, language: str | None = None) -> str:
    """ "Wednesday, December 2, 2026 at 6:00 PM PST": a booked time, zone always named.
    Spanish "miércoles, 2 de diciembre de 2026, a las 6:00 p. m. PST" ("a la 1:00 p. m.")."""
    local = in_zone(moment, tz)
    day = long_date(local.date(), language=language)
    time_text = clock(local, name_zone=True, language=language)
    if _spanish(language):
        article = "a la" if local.hour % 12 == 1 else "a las"
        return f"{day}, {article} {time_text}"
    return f"{day} at {time_text}"


def iso(value: date | datetime) -> str:
    """ISO 8601 for machines (a ``<time datetime>`` attribute): never shown as text."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def input_value(moment: datetime, tz: tzinfo) -> str:
    """The value of an ``<input type="datetime-local">``: "2026-12-02T18:00" in ``tz``."""
    local = in_zone(moment, tz)
    return f"{local:%Y-%m-%dT%H:%M}"
