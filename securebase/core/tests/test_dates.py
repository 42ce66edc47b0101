"""core/dates.py: the one way a date or time is written for a person."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
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
        (LA, "Dec 2, 2026", "Wed, Dec 2, 2026", "Wednesday, December 2, 2026", "6:00 PM",
         "Dec 2, 2026, 6:00 PM"),
        (NY, "Dec 2, 2026", "Wed, Dec 2, 2026", "Wednesday, December 2, 2026", "9:00 PM",
         "Dec 2, 2026, 9:00 PM"),
        (UTC, "Dec 3, 2026", "Thu, Dec 3, 2026", "Thursday, December 3, 2026", "2:00 AM",
         "Dec 3, 2026, 2:00 AM"),
    ],
)  # fmt: skip
def test_it_writes_a_moment_in_the_zone_it_is_given(tz, day, weekday, long, clock, moment):
    assert dates.short_date(MOMENT, tz) == day
    assert dates.weekday_date(MOMENT, tz) == weekday
    assert dates.long_date(MOMENT, tz) == long
    assert dates.clock(MOMENT, tz) == clock
    assert dates.moment_text(MOMENT, tz) == moment


def test_it_names_the_zone_only_when_asked():
    assert dates.moment_text(MOMENT, NY, name_zone=True) == "Dec 2, 2026, 9:00 PM EST"
    assert dates.clock(MOMENT, LA, name_zone=True) == "6:00 PM PST"
    summer = datetime(2026, 7, 1, 1, 30, tzinfo=UTC)
    assert dates.clock(summer, LA, name_zone=True) == "6:30 PM PDT"
    assert dates.long_moment(MOMENT, LA) == "Wednesday, December 2, 2026 at 6:00 PM PST"


@pytest.mark.parametrize(
    ("zone", "expected"),
    [("Asia/Dubai", "UTC+04"), ("Asia/Kolkata", "IST"), ("America/Sao_Paulo", "UTC-03"),
     ("Asia/Kathmandu", "UTC+05:45"), ("UTC", "UTC"), ("Europe/London", "GMT")],
)  # fmt: skip
def test_a_zone_without_a_lettered_abbreviation_is_written_as_an_offset(zone, expected):
    assert dates.zone_abbreviation(MOMENT.astimezone(ZoneInfo(zone))) == expected


@pytest.mark.parametrize(
    ("hour", "minute", "clock", "label"),
    [(0, 0, "12:00 AM", "12 AM"), (0, 5, "12:05 AM", "12 AM"), (9, 30, "9:30 AM", "9 AM"),
     (12, 0, "12:00 PM", "12 PM"), (13, 7, "1:07 PM", "1 PM"), (23, 59, "11:59 PM", "11 PM")],
)  # fmt: skip
def test_the_clock_is_the_us_twelve_hour_clock(hour, minute, clock, label):
    assert dates.clock(time(hour, minute)) == clock
    assert dates.hour_label(hour) == label


def test_a_date_is_a_calendar_day_and_no_zone_moves_it():
    assert dates.short_date(date(2026, 3, 8), UTC) == "Mar 8, 2026"
    assert dates.month_day(date(2026, 3, 8)) == "Mar 8"
    assert dates.month_year(date(2026, 3, 8)) == "Mar 2026"
    assert dates.month_year(date(2026, 12, 1), language="es") == "dic 2026"
    assert dates.long_date(date(2026, 3, 8), year=False) == "Sunday, March 8"


def test_it_refuses_a_naive_moment_and_a_moment_without_a_zone():
    with pytest.raises(ValueError, match="naive"):
        dates.moment_text(datetime(2026, 12, 2, 18, 0), LA)
    with pytest.raises(ValueError, match="zone"):
        dates.short_date(MOMENT)
    with pytest.raises(ValueError):
        dates.hour_label(24)


def test_machines_get_iso_8601():
    assert dates.iso(MOMENT) == "2026-12-03T02:00:00+00:00"
    assert dates.iso(date(2026, 12, 2)) == "2026-12-02"
    assert dates.input_value(MOMENT, NY) == "2026-12-02T21:00"


def test_zones_differ_compares_zone_names():
    assert not dates.zones_differ(ZoneInfo("America/Los_Angeles"), LA)
    assert dates.zones_differ(NY, LA)
    assert dates.zone_label(NY) == "America/New York"


@pytest.mark.parametrize("hour", range(24))
def test_djangos_formats_write_the_same_text_as_the_helper(hour):
    """The admin (Django's formats, core/formats/en) and the helper agree to the letter."""
    from django.utils import formats, timezone

    moment = datetime(2026, 12, 3, hour, 7, tzinfo=UTC)
    with timezone.override(LA):
        local = timezone.template_localtime(moment)
        assert formats.localize(local) == dates.moment_text(moment, LA, name_zone=True)
        assert formats.date_format(local, "DATE_FORMAT") == dates.short_date(moment, LA)
        assert formats.time_format(local.time(), "TIME_FORMAT") == dates.clock(local.time())


@pytest.mark.parametrize("language", ["en", "es", "es-us", "es_US", "fr", ""])
def test_a_date_writer_writes_what_the_date_functions_write(language):
    from datetime import timedelta

    written = {"short": dates.short_date, "weekday": dates.weekday_date, "month": dates.month_year}
    for style, reference in written.items():
        write = dates.date_writer(language, style)
        for day in (date(2025, 12, 29) + timedelta(days=n) for n in range(0, 800, 5)):
            assert write(day) == reference(day, language=language)
