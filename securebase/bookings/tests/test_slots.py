"""The pure slot engine: plain pytest functions, no database."""

import ast
import itertools
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from securebase.bookings import slots
from securebase.bookings.slots import (
    IN_PERSON,
    TELEHEALTH,
    Availability,
    Busy,
    Window,
    clinicians_free_at,
    free_slots,
    group_by_local_day,
    held_range,
    is_slot_free,
    last_bookable_date,
    merge_free_slots,
    nearest_free_times,
)

LA = ZoneInfo("America/Los_Angeles")
MIN = timedelta(minutes=1)
EVERY_DAY_9_TO_5 = {weekday: (Window(time(9), time(17)),) for weekday in range(7)}


def la(*args: int) -> datetime:
    return datetime(*args, tzinfo=LA)


def one_day(availability, day, *, now=None, busy=(), fmt=None):
    now = now or la(2026, 1, 2, 12)
    if (day - now.date()).days > availability.horizon_days:
        availability = Availability(**{**availability.__dict__, "horizon_days": 400})
    return free_slots(availability, busy, now=now, tz=LA, fmt=fmt, first_day=day, last_day=day)


# --- Daylight-saving days -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "first_utc", "utc_offset_hours"),
    [
        # 2026-03-08 has 23 hours in Los Angeles (02:00 PST -> 03:00 PDT).
        (date(2026, 3, 8), datetime(2026, 3, 8, 16, 0, tzinfo=UTC), -7),
        # 2026-11-01 has 25 hours (02:00 PDT -> 01:00 PST).
        (date(2026, 11, 1), datetime(2026, 11, 1, 17, 0, tzinfo=UTC), -8),
    ],
)
def test_it_gives_32_slots_from_nine_local_on_clock_change_days(day, first_utc, utc_offset_hours):
    availability = Availability(weekly=EVERY_DAY_9_TO_5, horizon_days=30)
    now = datetime.combine(day - timedelta(days=5), time(12), tzinfo=LA)

    found = free_slots(availability, [], now=now, tz=LA, first_day=day, last_day=day)

    assert len(found) == 32
    assert found[0] == first_utc
    assert all(moment.tzinfo is UTC for moment in found)
    first_local = found[0].astimezone(LA)
    assert (first_local.hour, first_local.minute) == (9, 0)
    assert first_local.utcoffset() == timedelta(hours=utc_offset_hours)
    assert found[-1].astimezone(LA).time() == time(16, 45)
    assert all(b - a == timedelta(minutes=15) for a, b in itertools.pairwise(found))


def test_it_skips_wall_times_that_do_not_exist_when_clocks_spring_forward():
    day = date(2026, 3, 8)
    availability = Availability(weekly={6: (Window(time(1), time(4)),)})

    found = one_day(availability, day)

    local = [moment.astimezone(LA).strftime("%H:%M") for moment in found]
    assert local == ["01:00", "01:15", "01:30", "01:45", "03:00", "03:15", "03:30", "03:45"]


def test_it_offers_a_repeated_wall_time_once_when_clocks_fall_back():
    day = date(2026, 11, 1)
    availability = Availability(weekly={6: (Window(time(0), time(3)),)})

    found = one_day(availability, day)

    local = [moment.astimezone(LA).strftime("%H:%M") for moment in found]
    assert len(local) == len(set(local)) == 12
    # 01:00 means its first occurrence, still on daylight time.
    one_am = found[local.index("01:00")]
    assert one_am.astimezone(LA).utcoffset() == timedelta(hours=-7)


def test_it_offers_nothing_for_a_window_that_falls_inside_the_skipped_hour():
    availability = Availability(weekly={6: (Window(time(2), time(2, 45)),)})

    assert one_day(availability, date(2026, 3, 8)) == []


# --- Minimum notice and horizon -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead_time", "listed"),
    [(24 * 60 * MIN - MIN, False), (24 * 60 * MIN, True), (24 * 60 * MIN + MIN, True)],
)
def test_it_lists_a_slot_only_with_the_minimum_notice(lead_time, listed):
    slot = la(2026, 4, 7, 10, 0)
    now = slot - lead_time
    availability = Availability(weekly=EVERY_DAY_9_TO_5, notice=timedelta(hours=24))

    found = free_slots(availability, [], now=now, tz=LA)

    assert (slot in found) is listed
    assert is_slot_free(availability, [], slot, now=now, tz=LA) is listed


def test_it_never_lists_a_slot_a_fraction_of_a_second_short_of_the_notice():
    slot = la(2026, 4, 7, 10, 0)
    now = slot - timedelta(hours=24) + timedelta(microseconds=1)
    availability = Availability(weekly=EVERY_DAY_9_TO_5)

    assert slot not in free_slots(availability, [], now=now, tz=LA)


def test_it_lists_day_30_of_a_30_day_horizon_but_not_day_31():
    now = la(2026, 4, 1, 8, 0)
    availability = Availability(weekly=EVERY_DAY_9_TO_5, horizon_days=30)

    found = free_slots(availability, [], now=now, tz=LA)

    days = {moment.astimezone(LA).date() for moment in found}
    assert max(days) == date(2026, 5, 1) == last_bookable_date(now=now, tz=LA, horizon_days=30)
    assert date(2026, 5, 2) not in days
    day_31 = la(2026, 5, 2, 9, 0)
    assert not is_slot_free(availability, [], day_31, now=now, tz=LA)
    assert is_slot_free(availability, [], la(2026, 5, 1, 16, 45), now=now, tz=LA)


def test_it_rolls_the_horizon_by_the_practice_calendar_not_utc():
    # 23:30 in Los Angeles is already the next day in UTC; the horizon counts LA days.
    now = la(2026, 4, 1, 23, 30)
    availability = Availability(weekly=EVERY_DAY_9_TO_5, horizon_days=2, notice=timedelta(0))

    days = {m.astimezone(LA).date() for m in free_slots(availability, [], now=now, tz=LA)}

    assert days == {date(2026, 4, 2), date(2026, 4, 3)}


def test_it_never_widens_the_horizon_with_an_explicit_range():
    now = la(2026, 4, 1, 8)
    availability = Availability(weekly=EVERY_DAY_9_TO_5, horizon_days=3)

    found = free_slots(
        availability, [], now=now, tz=LA, first_day=date(2026, 3, 1), last_day=date(2026, 6, 1)
    )

    assert {m.astimezone(LA).date() for m in found} == {
        date(2026, 4, 2),
        date(2026, 4, 3),
        date(2026, 4, 4),
    }


# --- Bookings, buffers and overrides --------------------------------------------------------


def booked(start: datetime, availability: Availability) -> Busy:
    begin, end = held_range(
        start,
        start + availability.length,
        before=availability.buffer_before,
        after=availability.buffer_after,
    )
    return Busy(begin, end)


def local_times(found):
    return [moment.astimezone(LA).strftime("%H:%M") for moment in found]


def test_it_hides_a_booked_slot_and_nothing_else_without_buffers():
    availability = Availability(weekly=EVERY_DAY_9_TO_5)
    busy = [booked(la(2026, 4, 10, 10, 0), availability)]

    times = local_times(one_day(availability, date(2026, 4, 10), busy=busy))

    assert "10:00" not in times
    assert {"09:45", "10:15"} <= set(times)
    assert len(times) == 31


def test_it_hides_the_adjacent_slot_behind_an_after_buffer():
    availability = Availability(weekly=EVERY_DAY_9_TO_5, buffer_after=timedelta(minutes=15))
    busy = [booked(la(2026, 4, 10, 10, 0), availability)]

    times = local_times(one_day(availability, date(2026, 4, 10), busy=busy))

    # 10:15 would start inside the booking's after-buffer; 09:45 would need its own after-buffer
    # to run into the booking.
    assert "10:15" not in times
    assert "09:45" not in times
    assert "10:30" in times
    assert "09:30" in times


def test_it_hides_the_slot_before_a_booking_with_a_before_buffer():
    availability = Availability(weekly=EVERY_DAY_9_TO_5, buffer_before=timedelta(minutes=10))
    busy = [booked(la(2026, 4, 10, 10, 0), availability)]

    times = local_times(one_day(availability, date(2026, 4, 10), busy=busy))

    assert "09:45" not in times
    assert "10:15" not in times
    assert {"09:30", "10:30"} <= set(times)


def test_it_gives_no_slots_on_a_day_off():
    day = date(2026, 4, 10)
    availability = Availability(weekly=EVERY_DAY_9_TO_5, overrides={day: ()})

    assert one_day(availability, day) == []
    assert len(one_day(availability, day + timedelta(days=1))) == 32


def test_it_replaces_the_weekly_hours_for_one_date_with_custom_hours():
    day = date(2026, 4, 10)  # a Friday
    availability = Availability(
        weekly=EVERY_DAY_9_TO_5, overrides={day: (Window(time(13), time(14)),)}
    )

    assert local_times(one_day(availability, day)) == ["13:00", "13:15", "13:30", "13:45"]
    next_friday = day + timedelta(days=7)
    assert len(one_day(availability, next_friday)) == 32


def test_it_fits_only_whole_consultations_into_a_window():
    availability = Availability(
        weekly={4: (Window(time(9), time(10)),)},
        length=timedelta(minutes=50),
        interval=timedelta(minutes=15),
    )

    assert local_times(one_day(availability, date(2026, 4, 10))) == ["09:00"]


def test_it_merges_overlapping_busy_ranges():
    availability = Availability(weekly=EVERY_DAY_9_TO_5)
    busy = [
        Busy(la(2026, 4, 10, 10, 0), la(2026, 4, 10, 11, 0)),
        Busy(la(2026, 4, 10, 10, 30), la(2026, 4, 10, 11, 30)),
        Busy(la(2026, 4, 10, 9, 0), la(2026, 4, 10, 9, 15)),
    ]

    times = local_times(one_day(availability, date(2026, 4, 10), busy=busy))

    assert times[:2] == ["09:15", "09:30"]
    assert "11:15" not in times
    assert "11:30" in times


# --- Formats --------------------------------------------------------------------------------


SPLIT_DAY = Availability(
    weekly={
        4: (
            Window(time(9), time(10), frozenset({IN_PERSON})),
            Window(time(9, 30), time(11), frozenset({TELEHEALTH})),
        )
    }
)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (IN_PERSON, ["09:00", "09:15", "09:30", "09:45"]),
        (TELEHEALTH, ["09:30", "09:45", "10:00", "10:15", "10:30", "10:45"]),
        (None, ["09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45"]),
    ],
)
def test_it_offers_each_window_only_in_its_formats(fmt, expected):
    assert local_times(one_day(SPLIT_DAY, date(2026, 4, 10), fmt=fmt)) == expected


def test_it_rejects_an_unknown_format():
    with pytest.raises(ValueError, match="unknown format"):
        one_day(SPLIT_DAY, date(2026, 4, 10), fmt="carrier pigeon")


# --- Checking one requested time ------------------------------------------------------------


def test_it_accepts_only_listed_times():
    now = la(2026, 4, 1, 8)
    availability = Availability(weekly=EVERY_DAY_9_TO_5)
    busy = [booked(la(2026, 4, 10, 10, 0), availability)]

    assert is_slot_free(availability, busy, la(2026, 4, 10, 10, 15), now=now, tz=LA)
    assert not is_slot_free(availability, busy, la(2026, 4, 10, 10, 0), now=now, tz=LA)
    assert not is_slot_free(availability, busy, la(2026, 4, 10, 10, 5), now=now, tz=LA)
    assert not is_slot_free(availability, busy, la(2026, 4, 10, 17, 0), now=now, tz=LA)
    assert not is_slot_free(SPLIT_DAY, [], la(2026, 4, 10, 10, 15), now=now, tz=LA, fmt=IN_PERSON)
    assert is_slot_free(SPLIT_DAY, [], la(2026, 4, 10, 10, 15), now=now, tz=LA, fmt=TELEHEALTH)


# --- Nearest free times ---------------------------------------------------------------------


FREE = [la(2026, 4, 10, h, m) for h, m in [(9, 0), (9, 30), (10, 0), (11, 0), (14, 0)]]


@pytest.mark.parametrize(
    ("requested", "count", "expected"),
    [
        (la(2026, 4, 10, 10, 15), 3, [(9, 30), (10, 0), (11, 0)]),
        (la(2026, 4, 10, 9, 45), 2, [(9, 30), (10, 0)]),  # a tie keeps both sides
        (la(2026, 4, 10, 9, 45), 1, [(9, 30)]),  # on a tie the earlier wins
        (la(2026, 4, 10, 8, 0), 2, [(9, 0), (9, 30)]),
        (la(2026, 4, 10, 18, 0), 2, [(11, 0), (14, 0)]),
        (la(2026, 4, 10, 10, 0), 1, [(10, 0)]),
        (la(2026, 4, 10, 10, 0), 10, [(9, 0), (9, 30), (10, 0), (11, 0), (14, 0)]),
    ],
)
def test_it_finds_the_nearest_free_times_in_order(requested, count, expected):
    found = nearest_free_times(FREE, requested, count=count)

    assert found == [la(2026, 4, 10, h, m) for h, m in expected]


def test_it_finds_no_nearest_times_when_nothing_is_free():
    assert nearest_free_times([], la(2026, 4, 10, 10)) == []


# --- Several clinicians ---------------------------------------------------------------------


def test_it_merges_clinicians_and_names_who_is_free_at_a_time_in_preference_order():
    a, b, c = la(2026, 4, 10, 9), la(2026, 4, 10, 10), la(2026, 4, 10, 11)
    per_clinician = {"theo": [a, c], "rosa": [a, b], "mei": []}

    assert merge_free_slots(per_clinician) == [a, b, c]
    assert clinicians_free_at(per_clinician, a) == ["theo", "rosa"]
    assert clinicians_free_at(per_clinician, b) == ["rosa"]
    assert clinicians_free_at(per_clinician, la(2026, 4, 10, 12)) == []


def test_it_groups_times_by_the_viewers_local_day():
    new_york = ZoneInfo("America/New_York")
    times = [la(2026, 4, 10, 20, 0), la(2026, 4, 10, 21, 30)]

    days = group_by_local_day(times, new_york)

    assert list(days) == [date(2026, 4, 10), date(2026, 4, 11)]
    assert days[date(2026, 4, 11)][0].strftime("%H:%M") == "00:30"


# --- Guarding the inputs --------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda: Window(time(10), time(9)),
        lambda: Window(time(9), time(9)),
        lambda: Window(time(9), time(10), frozenset()),
        lambda: Window(time(9), time(10), frozenset({"phone"})),
        lambda: Window(time(9, tzinfo=UTC), time(10)),
        lambda: Availability(weekly={7: ()}),
        lambda: Availability(weekly={}, length=timedelta(0)),
        lambda: Availability(weekly={}, interval=-MIN),
        lambda: Availability(weekly={}, buffer_after=-MIN),
        lambda: Availability(weekly={}, horizon_days=-1),
    ],
)
def test_it_refuses_impossible_rules(make):
    with pytest.raises(ValueError):
        make()


def test_it_refuses_a_naive_now():
    with pytest.raises(ValueError, match="timezone-aware"):
        free_slots(Availability(weekly={}), [], now=datetime(2026, 4, 1), tz=LA)


def test_it_stays_free_of_django():
    tree = ast.parse(Path(slots.__file__).read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert "django" not in imported
    assert "securebase" not in imported


# --- Agreement with a slow, obviously correct version ----------------------------------------


def reference_free_slots(availability, busy, *, now, tz):
    """Every wall-clock candidate converted one at a time and checked against every range."""
    today = now.astimezone(tz).date()
    result = set()
    for offset in range(availability.horizon_days + 1):
        day = today + timedelta(days=offset)
        for window in availability.windows_on(day):
            wall = datetime.combine(day, window.start)
            window_end = datetime.combine(day, window.end).replace(tzinfo=tz)
            while wall < datetime.combine(day, window.end):
                start = wall.replace(tzinfo=tz)
                real = start.astimezone(UTC)
                round_trip = real.astimezone(tz).replace(tzinfo=None)
                end = real + availability.length
                held = (real - availability.buffer_before, end + availability.buffer_after)
                if (
                    round_trip == wall
                    and end <= window_end
                    and real >= now + availability.notice
                    and not any(b.start < held[1] and held[0] < b.end for b in busy)
                ):
                    result.add(real)
                wall += availability.interval
    return sorted(result)


minutes = st.integers(min_value=0, max_value=24 * 60 - 15).map(lambda m: m - m % 5)


@st.composite
def availabilities(draw):
    weekly = {}
    for weekday in draw(st.sets(st.integers(0, 6), max_size=7)):
        windows = []
        for _ in range(draw(st.integers(1, 2))):
            start = draw(minutes)
            end = draw(st.integers(start + 5, 24 * 60 - 1))
            windows.append(Window(time(start // 60, start % 60), time(end // 60, end % 60)))
        weekly[weekday] = tuple(windows)
    return Availability(
        weekly=weekly,
        length=timedelta(minutes=draw(st.sampled_from([15, 30, 50]))),
        interval=timedelta(minutes=draw(st.sampled_from([5, 15, 30]))),
        buffer_before=timedelta(minutes=draw(st.sampled_from([0, 5, 15]))),
        buffer_after=timedelta(minutes=draw(st.sampled_from([0, 10, 15]))),
        notice=timedelta(hours=draw(st.sampled_from([0, 1, 24]))),
        horizon_days=draw(st.integers(0, 10)),
    )


@settings(max_examples=60)
@given(
    availability=availabilities(),
    # Start dates around both 2026 clock changes in Los Angeles and at ordinary times.
    start=st.sampled_from([date(2026, 3, 4), date(2026, 10, 28), date(2026, 6, 10)]),
    now_minute=st.integers(0, 24 * 60 - 1),
    bookings=st.lists(st.tuples(st.integers(0, 10 * 24 * 4), st.integers(1, 8)), max_size=25),
)
def test_it_agrees_with_a_slow_reference(availability, start, now_minute, bookings):
    now = datetime.combine(start, time(0), tzinfo=LA) + timedelta(minutes=now_minute)
    base = datetime.combine(start, time(0), tzinfo=UTC)
    busy = [
        Busy(base + timedelta(minutes=15 * q), base + timedelta(minutes=15 * (q + n)))
        for q, n in bookings
    ]

    assert free_slots(availability, busy, now=now, tz=LA) == reference_free_slots(
        availability, busy, now=now, tz=LA
    )
