"""core/dates.py in Spanish: the US Spanish style, selected by ``language="es"`` (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from securebase.core import dates

LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
# 02:00 UTC on Thursday Dec 3, 2026: Wednesday evening in both Los Angeles and New York.
MOMENT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("tz", "day", "weekday", "long", "clock", "moment"),
    [
        (LA, "2 dic 2026", "mié, 2 dic 2026", "miércoles, 2 de diciembre de 2026", "6:00 p. m.",
         "2 dic 2026, 6:00 p. m."),
        (NY, "2 dic 2026", "mié, 2 dic 2026", "miércoles, 2 de diciembre de 2026", "9:00 p. m.",
         "2 dic 2026, 9:00 p. m."),
        (UTC, "3 dic 2026", "jue, 3 dic 2026", "jueves, 3 de diciembre de 2026", "2:00 a. m.",
         "3 dic 2026, 2:00 a. m."),
    ],
)  # fmt: skip
def test_it_writes_a_moment_in_spanish_in_the_zone_it_is_given(
    tz, day, weekday, long, clock, moment
):
    assert dates.short_date(MOMENT, tz, language="es") == day
    assert dates.weekday_date(MOMENT, tz, language="es") == weekday
    assert dates.long_date(MOMENT, tz, language="es") == long
    assert dates.clock(MOMENT, tz, language="es") == clock
    assert dates.moment_text(MOMENT, tz, language="es") == moment


def test_it_names_the_zone_as_in_english():
    assert dates.moment_text(MOMENT, LA, name_zone=True, language="es") == (
        "2 dic 2026, 6:00 p. m. PST"
    )
    assert dates.clock(MOMENT, NY, name_zone=True, language="es") == "9:00 p. m. EST"


def test_a_booked_time_reads_as_a_sentence():
    assert dates.long_moment(MOMENT, LA, language="es") == (
        "miércoles, 2 de diciembre de 2026, a las 6:00 p. m. PST"
    )
    one = datetime(2026, 7, 1, 20, 30, tzinfo=UTC)  # 1:30 PM in Los Angeles (PDT)
    assert dates.long_moment(one, LA, language="es") == (
        "miércoles, 1 de julio de 2026, a la 1:30 p. m. PDT"
    )


def test_month_and_weekday_names_are_spanish_and_lower_case():
    days = [date(2026, month, 1) for month in range(1, 13)]
    assert [dates.month_day(day, language="es") for day in days] == [
        "1 ene", "1 feb", "1 mar", "1 abr", "1 may", "1 jun",
        "1 jul", "1 ago", "1 sep", "1 oct", "1 nov", "1 dic",
    ]  # fmt: skip
    week = [date(2026, 11, 30) + timedelta(days=n) for n in range(7)]  # Monday to Sunday
    assert [dates.short_weekday(day, language="es") for day in week] == [
        "lun", "mar", "mié", "jue", "vie", "sáb", "dom",
    ]  # fmt: skip
    assert dates.long_date(date(2026, 9, 5), language="es") == "sábado, 5 de septiembre de 2026"
    assert dates.long_date(date(2026, 9, 5), year=False, language="es") == (
        "sábado, 5 de septiembre"
    )


@pytest.mark.parametrize(
    ("hour", "minute", "clock", "label"),
    [(0, 0, "12:00 a. m.", "12 a. m."), (9, 5, "9:05 a. m.", "9 a. m."),
     (12, 0, "12:00 p. m.", "12 p. m."), (23, 59, "11:59 p. m.", "11 p. m.")],
)  # fmt: skip
def test_the_clock_is_the_twelve_hour_clock_with_spanish_marks(hour, minute, clock, label):
    assert dates.clock(time(hour, minute), language="es") == clock
    assert dates.hour_label(hour, language="es") == label


@pytest.mark.parametrize("language", ["es", "es-us", "es_US", "ES"])
def test_every_spelling_of_spanish_selects_the_spanish_style(language):
    assert dates.short_date(date(2026, 12, 2), language=language) == "2 dic 2026"


@pytest.mark.parametrize("language", ["en", "en-us", "fr", "", "esperanto"])
def test_any_other_language_keeps_the_us_english_style(language):
    assert dates.short_date(date(2026, 12, 2), language=language) == "Dec 2, 2026"
    assert dates.long_moment(MOMENT, LA, language=language) == (
        "Wednesday, December 2, 2026 at 6:00 PM PST"
    )


def test_english_is_the_default():
    assert dates.moment_text(MOMENT, LA) == "Dec 2, 2026, 6:00 PM"
