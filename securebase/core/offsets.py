"""A time zone's UTC offsets over a stretch of time: where daylight saving begins and ends.

Pure module: standard library only. SQLite has no time zones, so the statements that group
stored UTC moments by a person's local day write the zone's offsets into the SQL, switching
at each change found here: the check-ins rolled up by day (``checkins.queries.checkin_days``,
every change since 1970, worked out once per zone) and the caseload's two-week trend
(``care.caseload``, the changes inside the window). PostgreSQL converts each moment itself
(``AT TIME ZONE``) and needs none of this.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, tzinfo

_DAY = timedelta(days=1)


def utc_offset(tz: tzinfo, moment: datetime) -> int:
    """``tz``'s UTC offset at ``moment`` (an aware datetime), in seconds."""
    return int(moment.astimezone(tz).utcoffset().total_seconds())


def change_between(tz: tzinfo, low: datetime, high: datetime) -> datetime:
    """The moment (UTC) at which the offset ``tz`` has at ``low`` gives way to the one it has
    at ``high``; exactly one change lies in between.

    Zones change offset on a whole second, so halving whole seconds finds the change exactly,
    whatever fractions of a second ``low`` and ``high`` carry.
    """
    before = utc_offset(tz, low)
    # Within a second of ``low`` and of ``high``: no second change can hide in that margin.
    earlier, later = math.floor(low.timestamp()), math.ceil(high.timestamp())
    while later - earlier > 1:
        middle = (earlier + later) // 2
        if utc_offset(tz, datetime.fromtimestamp(middle, UTC)) == before:
            earlier = middle
        else:
            later = middle
    return datetime.fromtimestamp(later, UTC)


def offset_segments(tz: tzinfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """The UTC offsets (seconds) ``tz`` uses from ``start`` to ``end``, as (since, offset)
    pairs in time order: the first pair's ``since`` is ``start``, each later one the moment
    (UTC, to the second) its offset took over.

    Looked at a day at a time: no zone changes its offset and back within one day, so a day
    that ends on its starting offset holds no change, and one that does not holds exactly one.
    """
    segments = [(start, utc_offset(tz, start))]
    day = start
    while day < end:
        following = min(day + _DAY, end)
        offset = utc_offset(tz, following)
        if offset != segments[-1][1]:
            segments.append((change_between(tz, day, following), offset))
        day = following
    return segments
