"""Free consultation slots from a clinician's availability.

Pure domain code: standard library only, no Django. Callers pass in `now` and the practice
time zone; every datetime that goes in or comes out is timezone-aware, and every datetime
that comes out is in UTC.

How a day is built:

* Availability is written in wall-clock time in the practice time zone ("Mondays 09:00-17:00").
  Each local date takes its windows from a date override when there is one (an empty override is
  a day off) and from the weekly windows otherwise.
* Inside a window, slot starts step by `interval` in wall-clock time from the window's start, so
  a 09:00 window starts at 09:00 local on the days clocks change too. A wall-clock time that does
  not exist (skipped by a spring-forward change) is not offered; a wall-clock time that happens
  twice (fall-back) is offered once, at its first occurrence.
* A slot lasts `length` of real elapsed time and must end by the window's end.
* Each booking holds its time plus the clinician's buffers: `[start - before, end + after)`.
  A slot is free when its own held range overlaps no held range of an existing booking. So the
  gap left between two consultations is the earlier one's after-buffer plus the later one's
  before-buffer.
* A slot must start at least `notice` after `now`, and on a local date no later than
  `horizon_days` days after today's local date (the horizon rolls forward with the calendar of
  the practice time zone).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

IN_PERSON = "in_person"
TELEHEALTH = "telehealth"
FORMATS = frozenset({IN_PERSON, TELEHEALTH})

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Window:
    """Wall-clock hours on one local date, offered in `formats`.

    `end` is the latest time a consultation may end; it must be after `start` on the same day.
    """

    start: time
    end: time
    formats: frozenset[str] = FORMATS

    def __post_init__(self) -> None:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("window times are wall-clock times and must be naive")
        if self.end <= self.start:
            raise ValueError("a window must end after it starts")
        if not self.formats or not self.formats <= FORMATS:
            raise ValueError(f"formats must be a non-empty subset of {sorted(FORMATS)}")


@dataclass(frozen=True, slots=True)
class Busy:
    """A held range of an existing booking (its time plus its buffers), aware datetimes."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class Availability:
    """A clinician's booking rules.

    `weekly` maps a weekday (Monday is 0) to its windows. `overrides` maps a local date to the
    windows that replace the weekly ones for that date only; an empty sequence is a day off.
    """

    weekly: Mapping[int, Sequence[Window]]
    overrides: Mapping[date, Sequence[Window]] = field(default_factory=dict)
    length: timedelta = timedelta(minutes=15)
    interval: timedelta = timedelta(minutes=15)
    buffer_before: timedelta = timedelta(0)
    buffer_after: timedelta = timedelta(0)
    notice: timedelta = timedelta(hours=24)
    horizon_days: int = 30

    def __post_init__(self) -> None:
        if self.length <= timedelta(0) or self.interval <= timedelta(0):
            raise ValueError("length and interval must be positive")
        if self.buffer_before < timedelta(0) or self.buffer_after < timedelta(0):
            raise ValueError("buffers cannot be negative")
        if self.notice < timedelta(0) or self.horizon_days < 0:
            raise ValueError("notice and horizon cannot be negative")
        for weekday in self.weekly:
            if weekday not in range(7):
                raise ValueError(f"weekday {weekday!r} is not 0 (Monday) to 6 (Sunday)")

    def windows_on(self, day: date) -> Sequence[Window]:
        """The windows that apply on a local date: its override if any, else the weekly ones."""
        if day in self.overrides:
            return self.overrides[day]
        return self.weekly.get(day.weekday(), ())


def held_range(
    start: datetime, end: datetime, *, before: timedelta, after: timedelta
) -> tuple[datetime, datetime]:
    """The range a consultation from `start` to `end` keeps free of other consultations."""
    return start - before, end + after


def last_bookable_date(*, now: datetime, tz: tzinfo, horizon_days: int) -> date:
    """The last local date (in `tz`) on which a slot may start, given a rolling horizon."""
    _require_aware(now, "now")
    return now.astimezone(tz).date() + timedelta(days=horizon_days)


def free_slots(
    availability: Availability,
    busy: Iterable[Busy],
    *,
    now: datetime,
    tz: tzinfo,
    fmt: str | None = None,
    first_day: date | None = None,
    last_day: date | None = None,
) -> list[datetime]:
    """Start times (aware, UTC, ascending) of every free slot.

    `fmt` keeps only slots offered in that format (None: any format). `first_day` and
    `last_day` narrow the local dates searched; they never widen notice or horizon.
    """
    _require_aware(now, "now")
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    today = now.astimezone(tz).date()
    start_day = today if first_day is None else max(today, first_day)
    end_day = today + timedelta(days=availability.horizon_days)
    if last_day is not None:
        end_day = min(end_day, last_day)

    length = _seconds(availability.length)
    step = _seconds(availability.interval)
    before = _seconds(availability.buffer_before)
    after = _seconds(availability.buffer_after)
    # Round up so a slot a fraction of a second short of the notice is not offered.
    earliest = math.ceil(now.timestamp()) + _seconds(availability.notice)
    busy_starts, busy_ends = _merge(busy)
    n_busy = len(busy_starts)

    found: list[datetime] = []
    cursor = -1  # set at the first candidate: the first busy range ending after its held start
    day = start_day
    while day <= end_day:
        windows = [w for w in availability.windows_on(day) if fmt is None or fmt in w.formats]
        if len(windows) == 1:
            starts = _window_starts(day, windows[0], tz, step, length)
        elif windows:
            # Overlapping windows (say in person 9-12 and telehealth 9-17) offer a time once.
            merged: set[int] = set()
            for window in windows:
                merged.update(_window_starts(day, window, tz, step, length))
            starts = sorted(merged)
        else:
            starts = []
        for start in starts:
            if start < earliest:
                continue
            held_start = start - before
            held_end = start + length + after
            # Candidates ascend across the whole search, so the busy cursor only moves forward.
            if cursor < 0:
                cursor = bisect.bisect_right(busy_ends, held_start)
            while cursor < n_busy and busy_ends[cursor] <= held_start:
                cursor += 1
            if cursor < n_busy and busy_starts[cursor] < held_end:
                continue
            found.append(_EPOCH + timedelta(seconds=start))
        day += _ONE_DAY
    return found


def is_slot_free(
    availability: Availability,
    busy: Iterable[Busy],
    start: datetime,
    *,
    now: datetime,
    tz: tzinfo,
    fmt: str | None = None,
) -> bool:
    """Whether `start` (aware) is one of the free slots right now, in format `fmt`.

    This is the check a booking request must pass: the same rules as the listing, so a time that
    is not listed (too soon, past the horizon, outside hours, taken) is not accepted either.
    """
    _require_aware(start, "start")
    local_day = start.astimezone(tz).date()
    slots = free_slots(
        availability, busy, now=now, tz=tz, fmt=fmt, first_day=local_day, last_day=local_day
    )
    wanted = start.astimezone(UTC)
    index = bisect.bisect_left(slots, wanted)
    return index < len(slots) and slots[index] == wanted


def nearest_free_times(
    free: Sequence[datetime], requested: datetime, *, count: int = 3
) -> list[datetime]:
    """Up to `count` free times closest to `requested`, in chronological order.

    `free` must be ascending (as `free_slots` returns it). On a tie the earlier time wins.
    Used to answer "that time was just taken" with alternatives.
    """
    _require_aware(requested, "requested")
    right = bisect.bisect_left(free, requested)
    left = right - 1
    picked: list[datetime] = []
    while len(picked) < count and (left >= 0 or right < len(free)):
        take_left = right >= len(free) or (
            left >= 0 and requested - free[left] <= free[right] - requested
        )
        if take_left:
            picked.append(free[left])
            left -= 1
        else:
            picked.append(free[right])
            right += 1
    picked.sort()
    return picked


def clinicians_free_at(per_clinician: Mapping[object, Sequence[datetime]], at: datetime) -> list:
    """The keys of `per_clinician` (in their given order) whose ascending free times include `at`.

    The "first available" choice: the caller orders the mapping by preference.
    """
    keys = []
    for key, times in per_clinician.items():
        index = bisect.bisect_left(times, at)
        if index < len(times) and times[index] == at:
            keys.append(key)
    return keys


def merge_free_slots(per_clinician: Mapping[object, Sequence[datetime]]) -> list[datetime]:
    """Every time at which at least one clinician is free, ascending and without repeats."""
    return sorted({t for times in per_clinician.values() for t in times})


def group_by_local_day(times: Iterable[datetime], tz: tzinfo) -> dict[date, list[datetime]]:
    """Aware times grouped by their local date in `tz` (the viewer's zone), keeping order."""
    days: dict[date, list[datetime]] = {}
    for moment in times:
        local = moment.astimezone(tz)
        days.setdefault(local.date(), []).append(local)
    return days


def _window_starts(day: date, window: Window, tz: tzinfo, step: int, length: int) -> list[int]:
    """Slot starts inside one window on one local date, as Unix seconds."""
    local_start = datetime.combine(day, window.start)
    local_end = datetime.combine(day, window.end)
    start = _local_timestamp(local_start, tz)
    end = _local_timestamp(local_end, tz)
    if (
        end - start == _seconds(local_end - local_start)
        and _exists(local_start, start, tz)
        and _exists(local_end, end, tz)
    ):
        # No clock change inside the window: wall-clock steps are equal real-time steps.
        return list(range(start, end - length + 1, step))
    # A clock change falls inside the window: walk the wall clock and convert each time.
    starts = []
    wall = local_start
    wall_step = timedelta(seconds=step)
    while wall < local_end:
        moment = _local_timestamp(wall, tz)
        if _exists(wall, moment, tz) and moment + length <= end:
            starts.append(moment)
        wall += wall_step
    return starts


def _local_timestamp(wall: datetime, tz: tzinfo) -> int:
    # fold=0: an ambiguous wall time means its first occurrence.
    return int(wall.replace(tzinfo=tz).timestamp())


def _exists(wall: datetime, moment: int, tz: tzinfo) -> bool:
    return datetime.fromtimestamp(moment, tz).replace(tzinfo=None) == wall


def _merge(busy: Iterable[Busy]) -> tuple[list[int], list[int]]:
    """Busy ranges as sorted, non-overlapping [start, end) Unix-second pairs."""
    ranges = sorted((_timestamp(b.start), _timestamp(b.end)) for b in busy)
    starts: list[int] = []
    ends: list[int] = []
    for start, end in ranges:
        if end <= start:
            continue
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _timestamp(moment: datetime) -> int:
    _require_aware(moment, "busy range")
    return int(moment.timestamp())


def _seconds(delta: timedelta) -> int:
    return int(delta.total_seconds())


def _require_aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")
