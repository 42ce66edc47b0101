"""What Django formats itself in Spanish (the admin), in US Spanish: the style ``core/dates.py``
writes with ``language="es"`` ("2 dic 2026, 6:00 p. m. PST"), and numbers as written in the
US: "." before the decimals, "," between thousands; the week starts on Sunday."""

from django.utils.translation import gettext_noop

from securebase.core.dates import DJANGO_FORMATS_ES

DATE_FORMAT = DJANGO_FORMATS_ES["DATE_FORMAT"]
DATETIME_FORMAT = DJANGO_FORMATS_ES["DATETIME_FORMAT"]
TIME_FORMAT = DJANGO_FORMATS_ES["TIME_FORMAT"]
SHORT_DATE_FORMAT = DJANGO_FORMATS_ES["SHORT_DATE_FORMAT"]
SHORT_DATETIME_FORMAT = DJANGO_FORMATS_ES["SHORT_DATETIME_FORMAT"]
MONTH_DAY_FORMAT = DJANGO_FORMATS_ES["MONTH_DAY_FORMAT"]
YEAR_MONTH_FORMAT = DJANGO_FORMATS_ES["YEAR_MONTH_FORMAT"]
DATE_INPUT_FORMATS = DJANGO_FORMATS_ES["DATE_INPUT_FORMATS"]
DATETIME_INPUT_FORMATS = DJANGO_FORMATS_ES["DATETIME_INPUT_FORMATS"]
FIRST_DAY_OF_WEEK = 0  # Sunday, as US calendars show it
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3

# Django's "a" format writes these; the core catalog spells them "a. m." and "p. m." so that
# Django's times read exactly as core/dates.py's Spanish ones.
MORNING_AND_AFTERNOON = (gettext_noop("a.m."), gettext_noop("p.m."))
