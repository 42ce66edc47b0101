"""What Django formats itself in Spanish (the admin), in US Spanish: the style ``core/dates.py``
writes with ``language="es"`` ("2 dic 2026, 6:00 p. m. PST"), and numbers as written in the
US: "." before the decimals, "," between thousands; the week starts on Sunday."""

from django.utils.translation import gettext_noop

from securebase.core.dates import DJANGO_FORMATS_ES

# DATE_FORMAT, DATETIME_FORMAT, TIME_FORMAT and the rest, as core/dates.py spells them.
globals().update(DJANGO_FORMATS_ES)

FIRST_DAY_OF_WEEK = 0  # Sunday, as US calendars show it
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3

# Django's "a" format writes these; the core catalog spells them "a. m." and "p. m." so that
# Django's times read exactly as core/dates.py's Spanish ones.
MORNING_AND_AFTERNOON = (gettext_noop("a.m."), gettext_noop("p.m."))
