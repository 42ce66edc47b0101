"""Dates and times Django formats itself (the admin's lists and read-only fields), in the
style ``core/dates.py`` writes everywhere else: "Dec 2, 2026, 6:00 PM PST"."""

from securebase.core.dates import DJANGO_FORMATS

# DATE_FORMAT, DATETIME_FORMAT, TIME_FORMAT and the rest, as core/dates.py spells them.
globals().update(DJANGO_FORMATS)
