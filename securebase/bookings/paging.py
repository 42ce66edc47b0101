"""One page of the slot picker: a few days of free times, and where the pages around it start.

Pure domain code: standard library only, no Django. The caller passes `free_on(first, last)`,
which returns the free start times (aware, ascending) on the practice's local dates `first` to
`last` inclusive; this module asks it only for the days it shows and, for the "earlier" and
"later" links, for the days up to the nearest free day on either side. So a page costs what it
shows, whatever the number of clinicians or the length of the horizon.

Dates here are the viewer's local dates (in `tz`). A viewer's range `[a, b]` is read as the
practice dates from the one where the viewer's `a` begins to the one where their `b` ends (the
same dates when the zones agree, one more on one side when they do not), then filtered by the
viewer's date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from securebase.bookings.slots import group_by_local_day

FreeOn = Callable[[date, date], list[datetime]]

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Page:
    """What one page of the picker shows, in the viewer's zone.

    `days` maps each local date of the page that has free times to them (local, ascending).
    `earlier` and `later` are the first dates of the neighbouring pages, or None when there is
    no free time before or after this page. `any_free` says whether anything at all is free.
    `first` and `last` bound the dates a visitor can jump to (today, the horizon's end).
    """

    start: date
    end: date  # the page's last date, inclusive
    first: date
    last: date
    days: dict[date, list[datetime]]
    earlier: date | None
    later: date | None
    any_free: bool


class Days:
    """Free times grouped by the viewer's local date, read from `free_on` only as needed."""

    def __init__(
        self, free_on: FreeOn, *, tz: tzinfo, practice_tz: tzinfo, first: date, last: date
    ):
        self.free_on = free_on
        self.tz = tz
        self.practice_tz = practice_tz
        self.first = first  # the earliest viewer date that can have free times
        self.last = last  # the latest
        self._read: dict[date, list[datetime]] = {}

    def between(self, first: date, last: date) -> dict[date, list[datetime]]:
        """Free times on the viewer's dates `first` to `last` (clamped to what is bookable)."""
        first, last = max(first, self.first), min(last, self.last)
        if first > last:
            return {}
        missing = [d for d in _dates(first, last) if d not in self._read]
        if missing:
            begins = datetime.combine(missing[0], time.min, self.tz)
            ends = datetime.combine(missing[-1], time.max, self.tz)
            times = self.free_on(
                begins.astimezone(self.practice_tz).date(), ends.astimezone(self.practice_tz).date()
            )
            found = group_by_local_day(times, self.tz)
            for day in _dates(missing[0], missing[-1]):
                self._read[day] = found.get(day, [])
        return {d: self._read[d] for d in _dates(first, last) if self._read[d]}

    def next_free(self, after: date, *, chunk: int) -> date | None:
        """The first viewer date on or after `after` with a free time: that date read alone,
        then `chunk` days at a time."""
        day = max(after, self.first)
        # The day itself first: it is usually free (the "later" link's day after a page), and
        # reading it alone computes a day's times instead of a chunk's.
        size = 1
        while day <= self.last:
            found = self.between(day, day + timedelta(days=size - 1))
            if found:
                return min(found)
            day += timedelta(days=size)
            size = chunk
        return None

    def previous_free(self, before: date, *, chunk: int) -> date | None:
        """The last viewer date strictly before `before` with a free time."""
        day = min(before - _ONE_DAY, self.last)
        while day >= self.first:
            found = self.between(day - timedelta(days=chunk - 1), day)
            if found:
                return max(found)
            day -= timedelta(days=chunk)
        return None


def page_of_times(
    free_on: FreeOn,
    *,
    tz: tzinfo,
    now: datetime,
    last_practice_day: date,
    practice_tz: tzinfo,
    start: date | None,
    days: int,
) -> Page:
    """The page of `days` viewer dates from `start` (or from the first free date), in `tz`.

    `last_practice_day` is the last practice date any clinician can be booked on (today plus
    the longest horizon). The "earlier" page ends on the last free date before this one (not
    before the first free date); the "later" page starts on the next free date after it.
    """
    first_viewer_day = now.astimezone(tz).date()
    last_viewer_day = _viewer_date(last_practice_day, practice_tz, tz)
    reader = Days(
        free_on, tz=tz, practice_tz=practice_tz, first=first_viewer_day, last=last_viewer_day
    )
    # One read usually answers everything: the first free date, the page and the day after it
    # (the "later" link's, when it has free times).
    ahead = start or first_viewer_day
    reader.between(ahead, ahead + timedelta(days=days))
    first_free = reader.next_free(first_viewer_day, chunk=days)
    if start is None:
        start = first_free or first_viewer_day
    end = start + timedelta(days=days - 1)
    shown = reader.between(start, end)
    later = reader.next_free(end + _ONE_DAY, chunk=days)
    earlier = None
    if first_free is not None and first_free < start:
        last_before = reader.previous_free(start, chunk=days)
        if last_before is not None:
            earlier = max(last_before - timedelta(days=days - 1), first_free)
    return Page(
        start=start,
        end=end,
        first=first_viewer_day,
        last=last_viewer_day,
        days=shown,
        earlier=earlier,
        later=later,
        any_free=first_free is not None,
    )


def _viewer_date(practice_day: date, practice_tz: tzinfo, tz: tzinfo) -> date:
    # The latest viewer date on which a time of `practice_day` can fall.
    late = datetime.combine(practice_day, datetime.max.time(), practice_tz)
    return late.astimezone(tz).date()


def _dates(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
