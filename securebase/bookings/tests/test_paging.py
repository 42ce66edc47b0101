"""The picker's pages: a few days at a time, reading only the days a page needs."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from securebase.bookings import slots
from securebase.bookings.paging import page_of_times

LA = ZoneInfo("America/Los_Angeles")
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 4, 1, 8, 0, tzinfo=LA)  # a Wednesday
HORIZON = 90


def engine(weekdays=range(5), horizon=HORIZON):
    availability = slots.Availability(
        weekly={day: (slots.Window(time(9), time(17)),) for day in weekdays},
        horizon_days=horizon,
    )
    asked = []

    def free_on(first, last):
        asked.append((first, last))
        return slots.free_slots(availability, [], now=NOW, tz=LA, first_day=first, last_day=last)

    return free_on, asked


def page(free_on, *, tz=LA, start=None, days=3, horizon=HORIZON):
    return page_of_times(
        free_on,
        tz=tz,
        now=NOW,
        last_practice_day=NOW.date() + timedelta(days=horizon),
        practice_tz=LA,
        start=start,
        days=days,
    )


def test_it_starts_on_the_first_free_day_and_shows_a_few_days():
    free_on, _ = engine()

    shown = page(free_on)

    # 24 hours' notice: Thursday the 2nd first; the weekend is closed.
    assert list(shown.days) == [date(2026, 4, 2), date(2026, 4, 3)]
    assert shown.start == date(2026, 4, 2)
    assert shown.end == date(2026, 4, 4)
    assert shown.later == date(2026, 4, 6)
    assert shown.earlier is None
    assert shown.any_free


def test_it_reads_only_the_days_near_the_page_whatever_the_horizon():
    free_on, asked = engine()

    page(free_on, start=date(2026, 5, 11))

    read = {
        first + timedelta(days=n) for first, last in asked for n in range((last - first).days + 1)
    }
    # The first free day (for "earlier"), the page and the next free day after it: a few days
    # each, never the 90-day horizon.
    assert len(read) <= 3 * 4
    assert max(read) <= date(2026, 5, 11) + timedelta(days=5)


def test_it_goes_back_to_the_page_ending_on_the_last_free_day_before():
    free_on, _ = engine()

    shown = page(free_on, start=date(2026, 4, 13))  # a Monday

    assert shown.earlier == date(2026, 4, 8)  # Friday the 10th is the page's last day
    assert page(free_on, start=shown.earlier).later == date(2026, 4, 13)


def test_it_groups_by_the_viewers_date_across_the_date_line():
    free_on, _ = engine(weekdays=[0])  # Mondays only, 9:00-17:00 in Los Angeles

    shown = page(free_on, tz=TOKYO)

    # Monday 9:00 to 16:45 in Los Angeles is Tuesday 1:00 to 8:45 in Tokyo.
    (day, times), *_ = shown.days.items()
    assert day == date(2026, 4, 7)
    assert times[0] == datetime(2026, 4, 7, 1, 0, tzinfo=TOKYO)
    assert times[-1].astimezone(UTC) == datetime(2026, 4, 6, 23, 45, tzinfo=UTC)


def test_it_says_when_nothing_at_all_is_free():
    free_on, _ = engine(weekdays=[])

    shown = page(free_on)

    assert not shown.any_free
    assert shown.days == {}
    assert shown.later is None and shown.earlier is None


def test_it_offers_dates_up_to_the_horizon_in_the_viewers_zone():
    free_on, _ = engine(horizon=30)

    shown = page(free_on, tz=TOKYO, horizon=30)

    assert shown.first == date(2026, 4, 2)  # already Thursday in Tokyo
    assert shown.last == date(2026, 5, 2)  # the last Los Angeles evening is the next day there


def test_it_reads_the_day_after_a_page_alone_when_it_is_free():
    free_on, asked = engine(weekdays=range(7))

    shown = page(free_on)

    # Today (no time within the notice) to Saturday, then Sunday for the "later" link.
    assert (shown.start, shown.end, shown.later) == (
        date(2026, 4, 2),
        date(2026, 4, 4),
        date(2026, 4, 5),
    )
    assert asked == [(date(2026, 4, 1), date(2026, 4, 4)), (date(2026, 4, 5), date(2026, 4, 5))]


def test_it_reads_a_chunk_at_a_time_after_a_closed_day():
    free_on, asked = engine()

    shown = page(free_on)

    assert shown.later == date(2026, 4, 6)
    assert asked[1:] == [(date(2026, 4, 5), date(2026, 4, 5)), (date(2026, 4, 6), date(2026, 4, 8))]
