"""A zone's offsets over a stretch of time, as the SQLite statements write them."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from securebase.core.offsets import change_between, offset_segments, utc_offset

LA = ZoneInfo("America/Los_Angeles")
SPRING_FORWARD = datetime(2026, 3, 8, 10, 0, tzinfo=UTC)  # 2 AM PST

ZONES_WITH_CHANGES = (
    "America/Los_Angeles",
    "America/Santiago",
    "Europe/London",
    "Africa/Casablanca",  # out of daylight saving for Ramadan, a month apart
    "Australia/Lord_Howe",  # half an hour of daylight saving
    "Pacific/Chatham",
    "Asia/Tokyo",
)


def test_a_daylight_saving_change_is_found_to_the_second():
    start, end = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 15, tzinfo=UTC)
    assert offset_segments(LA, start, end) == [(start, -8 * 3600), (SPRING_FORWARD, -7 * 3600)]
    summer = datetime(2026, 7, 1, tzinfo=UTC)
    assert offset_segments(LA, summer, summer + timedelta(days=14)) == [(summer, -7 * 3600)]


def test_the_change_is_the_exact_second_whatever_fractions_the_search_starts_from():
    # Halving an interval with fractions of a second used to land up to a second late, so a
    # moment just after the change still read with the old offset.
    for fraction in (0, 1, 123_456, 999_999):
        low = datetime(2026, 3, 7, 19, 13, 42, fraction, tzinfo=UTC)
        high = datetime(2026, 3, 8, 19, 13, 41, 999_999 - fraction, tzinfo=UTC)
        assert change_between(LA, low, high) == SPRING_FORWARD
    assert utc_offset(LA, SPRING_FORWARD - timedelta(microseconds=1)) == -8 * 3600
    assert utc_offset(LA, SPRING_FORWARD) == -7 * 3600


def plain_segments(zone, start, end):
    """The plain search: every hour from ``start``, then every second of an hour that ends
    on another offset than it began with."""
    segments = [(start, utc_offset(zone, start))]
    hour = start
    while hour < end:
        following = min(hour + timedelta(hours=1), end)
        if utc_offset(zone, following) != segments[-1][1]:
            second = hour.replace(microsecond=0) + timedelta(seconds=1)
            while utc_offset(zone, second) == segments[-1][1]:
                second += timedelta(seconds=1)
            segments.append((second, utc_offset(zone, second)))
        hour = following
    return segments


def test_the_segments_are_the_plain_searchs_every_half_week_of_a_year():
    first = datetime(2025, 1, 1, 7, 13, 42, 123456, tzinfo=UTC)
    for name in ZONES_WITH_CHANGES:
        zone = ZoneInfo(name)
        for week in range(0, 106):
            start = first + timedelta(days=week * 3.5)
            end = start + timedelta(days=15, minutes=week)
            found = offset_segments(zone, start, end)
            assert found == plain_segments(zone, start, end), (name, start)
            for since, offset in found:  # each offset holds from its moment on
                assert utc_offset(zone, since) == offset, (name, since)


def test_a_zone_without_changes_has_one_segment_over_decades():
    start = datetime(1970, 1, 1, tzinfo=UTC)
    segments = offset_segments(ZoneInfo("Asia/Kolkata"), start, datetime(2030, 1, 1, tzinfo=UTC))
    assert segments == [(start, 19800)]
