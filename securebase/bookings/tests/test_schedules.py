"""The engine's view of the clinicians' rules, read as bare values, against the models' own."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time, timedelta

from django.test import TestCase

from securebase.bookings import free_times, slots
from securebase.bookings.availability import set_date_override
from securebase.bookings.models import DateOverride, WeeklyWindow
from securebase.bookings.tests.helpers import la, open_hours
from securebase.testing import make_clinician

NOW = la(2026, 4, 1, 8, 0)


def reference_availability(row, *, today: date) -> slots.Availability:
    """What `schedules_for` must give, built from model instances the plain way."""
    offered = set()
    if row.clinician.offers_in_person:
        offered.add(slots.IN_PERSON)
    if row.clinician.offers_telehealth:
        offered.add(slots.TELEHEALTH)

    def offered_only(windows):
        kept = [(w, w.formats & offered) for w in windows]
        return tuple(slots.Window(w.start, w.end, formats) for w, formats in kept if formats)

    by_day = defaultdict(list)
    for window in WeeklyWindow.objects.filter(settings=row).order_by("weekday", "start_time"):
        by_day[window.weekday].append(window.as_window())
    overrides = DateOverride.objects.filter(settings=row, date__gte=today).order_by("date")
    return slots.Availability(
        weekly={day: offered_only(items) for day, items in by_day.items()},
        overrides={o.date: offered_only(o.as_windows()) for o in overrides},
        length=row.length,
        interval=timedelta(minutes=row.interval_minutes),
        buffer_before=row.buffer_before,
        buffer_after=row.buffer_after,
        notice=timedelta(hours=row.notice_hours),
        horizon_days=row.horizon_days,
    )


class SchedulesTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        theo = make_clinician(offers_telehealth=False)
        cls.theo_rules = open_hours(theo, days=[0, 2], buffer_after_minutes=10)
        WeeklyWindow.objects.create(
            settings=cls.theo_rules,
            weekday=2,
            start_time=time(18),
            end_time=time(20),
            in_person=False,  # telehealth only, which Theo's profile does not offer
        )
        WeeklyWindow.objects.create(
            settings=cls.theo_rules,
            weekday=4,
            start_time=time(7),
            end_time=time(8),
            telehealth=False,
        )
        for day, hours in (
            (date(2026, 3, 30), (time(9), time(10))),  # before today: left out
            (date(2026, 4, 6), None),
            (date(2026, 4, 8), (time(13), time(15))),
        ):
            set_date_override(
                row=cls.theo_rules,
                day=day,
                day_off=hours is None,
                start_time=hours and hours[0],
                end_time=hours and hours[1],
            )
        set_date_override(
            row=cls.theo_rules,
            day=date(2026, 4, 10),
            day_off=False,
            start_time=time(10),
            end_time=time(11),
            in_person=False,
        )
        maya = make_clinician(email="maya@example.com", full_name="Maya Chen")
        cls.maya_rules = open_hours(maya, days=[1], start=time(12), end=time(19))

    def test_it_gives_what_the_models_give(self):
        rows = free_times.bookable_settings()
        schedules = free_times.schedules_for(rows, now=NOW)
        today = date(2026, 4, 1)
        assert [s.settings for s in schedules] == rows
        for schedule in schedules:
            expected = reference_availability(schedule.settings, today=today)
            assert schedule.availability == expected
        theo = next(s for s in schedules if s.settings == self.theo_rules).availability
        assert theo.weekly[2] == (slots.Window(time(9), time(17), frozenset({slots.IN_PERSON})),)
        assert theo.weekly[4] == (slots.Window(time(7), time(8), frozenset({slots.IN_PERSON})),)
        assert theo.overrides[date(2026, 4, 6)] == ()
        assert theo.overrides[date(2026, 4, 10)] == ()
        assert date(2026, 3, 30) not in theo.overrides

    def test_it_reads_the_rules_in_two_queries(self):
        rows = free_times.bookable_settings()
        with self.assertNumQueries(2):
            free_times.schedules_for(rows, now=NOW)
