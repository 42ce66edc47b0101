"""Free times: which clinicians can be booked when, read from the database for the slot engine.

The engine (`slots.py`, pure) does the arithmetic; this module gathers its inputs in four queries
whatever the number of clinicians or bookings: settings (with clinician and user), weekly
windows, date overrides and the held ranges of active bookings. The picker asks only for the
days it shows (`picker_page`); a booking re-checks its one time (`free_schedule`).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Q

from securebase.accounts.zones import practice_zone
from securebase.bookings import paging, slots
from securebase.bookings.models import (
    Booking,
    BookingSettings,
    DateOverride,
    Format,
    WeeklyWindow,
    formats_of,
)
from securebase.practice.models import ClinicianProfile

ANY = "any"


@dataclass(frozen=True)
class Schedule:
    """One clinician's rules as the slot engine sees them, with the settings row they came from."""

    settings: BookingSettings
    availability: slots.Availability

    @property
    def clinician(self) -> ClinicianProfile:
        return self.settings.clinician


# The query every reading of the bookable settings starts from, its filters built once: for
# a query this small, Django spends more building and compiling it than the database answering.
_BOOKABLE = BookingSettings.objects.filter(
    accepting=True, clinician__is_listed=True, clinician__user__is_active=True
).select_related("clinician__user")
# What a picker page reads of each row, its clinician and their user (no text, no password).
_FOR_PICKER = _BOOKABLE.only(
    *(field for field in BookingSettings.EDITABLE_FIELDS if field != "video_link"),
    "clinician__user__email",
    "clinician__user__full_name",
    "clinician__display_order",
    "clinician__is_listed",
    "clinician__offers_in_person",
    "clinician__offers_telehealth",
    "clinician__slug",
)


def bookable_settings(
    *,
    clinician_slug: str = ANY,
    fmt: str | None = None,
    for_update: bool = False,
    for_picker: bool = False,
) -> list[BookingSettings]:
    """Settings of listed, active clinicians accepting bookings, in the practice's display order.

    `clinician_slug` narrows to one clinician (ANY: all); `fmt` keeps those offering that
    format. `for_update` locks the rows (PostgreSQL) so concurrent bookings of one clinician
    queue; call it inside a transaction. `for_picker` reads only the columns the picker pages
    (the start and the times) use (the rules, the clinician's slug, order and formats, their
    name); any other loads on first use, one query each.
    """
    rows = (_FOR_PICKER if for_picker else _BOOKABLE).all()
    if clinician_slug != ANY:
        rows = rows.filter(clinician__slug=clinician_slug)
    if fmt == Format.IN_PERSON:
        rows = rows.filter(clinician__offers_in_person=True)
    elif fmt == Format.TELEHEALTH:
        rows = rows.filter(clinician__offers_telehealth=True)
    if for_update:
        # Lock in id order so two transactions never wait on each other crosswise; the
        # display order is restored below.
        rows = rows.select_for_update(of=("self",)).order_by("pk")
    found = list(rows)
    found.sort(key=lambda s: (s.clinician.display_order, s.clinician.slug))
    return found


def narrow(rows: Sequence[BookingSettings], *, clinician_slug: str, fmt: str) -> list:
    """The rows of `bookable_settings()` for one clinician (or ANY) offering `fmt`, in order.

    Lets a page that lists every clinician reuse that one query for its free times.
    """
    offers = "offers_in_person" if fmt == Format.IN_PERSON else "offers_telehealth"
    return [
        row
        for row in rows
        if getattr(row.clinician, offers) and clinician_slug in (ANY, row.clinician.slug)
    ]


def schedules_for(rows: Sequence[BookingSettings], *, now: datetime) -> list[Schedule]:
    """The engine's view of each settings row: two queries for all windows and overrides.

    They read bare values, not model instances, and leave the order to Python (the few
    windows of a day are sorted here): the engine needs nothing else, and building the
    instances and ordering in SQL cost more than the reading."""
    today = now.astimezone(practice_zone()).date()
    ids = [row.pk for row in rows]
    weekly = defaultdict(list)
    windows = WeeklyWindow.objects.filter(settings_id__in=ids).order_by()
    for settings_id, weekday, start, end, in_person, telehealth in windows.values_list(
        "settings_id", "weekday", "start_time", "end_time", "in_person", "telehealth"
    ):
        weekly[settings_id].append((weekday, start, end, formats_of(in_person, telehealth)))
    overrides = defaultdict(list)
    dates = DateOverride.objects.filter(settings_id__in=ids, date__gte=today).order_by()
    for settings_id, day, day_off, start, end, in_person, telehealth in dates.values_list(
        "settings_id", "date", "day_off", "start_time", "end_time", "in_person", "telehealth"
    ):
        hours = None if day_off else (start, end, formats_of(in_person, telehealth))
        overrides[settings_id].append((day, hours))
    return [Schedule(row, _availability(row, weekly[row.pk], overrides[row.pk])) for row in rows]


def _availability(row: BookingSettings, weekly, overrides) -> slots.Availability:
    """`weekly`: (weekday, start, end, formats) of each weekly window; `overrides`: (date,
    hours) of each date override, hours None for a day off, else (start, end, formats)."""
    offered = set()
    if row.clinician.offers_in_person:
        offered.add(Format.IN_PERSON.value)
    if row.clinician.offers_telehealth:
        offered.add(Format.TELEHEALTH.value)

    def offered_only(start, end, formats) -> list[slots.Window]:
        # A window is offered only in the formats the clinician's profile offers at all.
        formats = formats & offered
        return [slots.Window(start, end, formats)] if formats else []

    by_day = defaultdict(list)
    for weekday, start, end, formats in sorted(weekly, key=lambda w: (w[0], w[1])):
        by_day[weekday].extend(offered_only(start, end, formats))
    return slots.Availability(
        weekly={day: tuple(items) for day, items in by_day.items()},
        overrides={
            day: tuple(offered_only(*hours)) if hours else () for day, hours in sorted(overrides)
        },
        length=row.length,
        interval=timedelta(minutes=row.interval_minutes),
        buffer_before=row.buffer_before,
        buffer_after=row.buffer_after,
        notice=timedelta(hours=row.notice_hours),
        horizon_days=row.horizon_days,
    )


def busy_ranges(
    clinician_ids: Iterable[int],
    *,
    since: datetime,
    exclude_booking: int | None = None,
) -> dict[int, list[slots.Busy]]:
    """Held ranges of active bookings ending after `since`, per clinician id, each clinician's
    in order of start: one query.

    A booking awaiting its email confirmation holds its time only while `since` (now) is before
    its `email_confirm_by`.
    """
    rows = Booking.objects.filter(
        Q(status__in=Booking.HOLDING)
        | Q(status=Booking.Status.AWAITING_EMAIL, email_confirm_by__gt=since),
        clinician_id__in=list(clinician_ids),
        held_until__gt=since,
    )
    if exclude_booking is not None:
        rows = rows.exclude(pk=exclude_booking)
    busy = defaultdict(list)
    ranges = rows.order_by("held_from").values_list("clinician_id", "held_from", "held_until")
    for clinician_id, start, end in ranges:
        busy[clinician_id].append(slots.Busy(start, end))
    return busy


def free_times(
    schedules: Sequence[Schedule],
    *,
    fmt: str,
    now: datetime,
    exclude_booking: int | None = None,
) -> dict[ClinicianProfile, list[datetime]]:
    """Free start times (aware UTC, ascending) per clinician, in the order given, over each
    one's whole horizon. For a page of the picker use `picker_page`, which reads only its days."""
    busy = busy_ranges(
        [s.settings.clinician_id for s in schedules], since=now, exclude_booking=exclude_booking
    )
    return _per_clinician(schedules, busy, fmt=fmt, now=now)


def _per_clinician(schedules, busy, *, fmt, now, first_day=None, last_day=None) -> dict:
    tz = practice_zone()
    return {
        schedule.clinician: slots.free_slots(
            schedule.availability,
            busy[schedule.settings.clinician_id],
            now=now,
            tz=tz,
            fmt=fmt,
            first_day=first_day,
            last_day=last_day,
        )
        for schedule in schedules
    }


def picker_page(
    schedules: Sequence[Schedule],
    *,
    fmt: str,
    now: datetime,
    tz,
    start: date | None,
    days: int,
    exclude_booking: int | None = None,
) -> paging.Page:
    """One page of the picker: `days` of the viewer's dates (zone `tz`) from `start` (or from
    the first free date), every listed clinician's times merged.

    The engine runs only for the days the page reads (those shown and, for the "earlier" and
    "later" links, up to the nearest free day on either side), and each read hands it only the
    held ranges reaching into those days (found by bisection in the start-ordered ranges of the
    one held-range query). So the work follows the page, not the horizon or the number of
    bookings; the queries are four whatever the page.
    """
    practice = practice_zone()
    today = now.astimezone(practice).date()
    horizon = max((s.availability.horizon_days for s in schedules), default=0)
    busy = busy_ranges(
        [s.settings.clinician_id for s in schedules], since=now, exclude_booking=exclude_booking
    )
    starts = {cid: [r.start for r in ranges] for cid, ranges in busy.items()}
    longest = {cid: max(r.end - r.start for r in ranges) for cid, ranges in busy.items()}

    def free_on(first: date, last: date) -> list[datetime]:
        # Held ranges reaching into these practice dates (a day's margin covers any buffer).
        begins = datetime.combine(first - timedelta(days=1), time.min, practice)
        ends = datetime.combine(last + timedelta(days=2), time.min, practice)
        near = defaultdict(list)
        for cid, ranges in busy.items():
            low = bisect.bisect_left(starts[cid], begins - longest[cid])
            high = bisect.bisect_left(starts[cid], ends)
            near[cid] = ranges[low:high]
        found = _per_clinician(schedules, near, fmt=fmt, now=now, first_day=first, last_day=last)
        if len(found) == 1:
            return next(iter(found.values()))
        return slots.merge_free_slots(found)

    return paging.page_of_times(
        free_on,
        tz=tz,
        now=now,
        last_practice_day=today + timedelta(days=horizon),
        practice_tz=practice,
        start=start,
        days=days,
    )


def free_schedule(
    schedules: Sequence[Schedule],
    busy: dict[int, list[slots.Busy]],
    starts_at: datetime,
    *,
    fmt: str,
    now: datetime,
) -> Schedule | None:
    """The first of `schedules` (in the order given) free at `starts_at`, or None: the check a
    booking, a confirmation or a move makes inside its transaction."""
    tz = practice_zone()
    for schedule in schedules:
        if slots.is_slot_free(
            schedule.availability,
            busy[schedule.settings.clinician_id],
            starts_at,
            now=now,
            tz=tz,
            fmt=fmt,
        ):
            return schedule
    return None


@dataclass(frozen=True)
class TimeCheck:
    """Whether a start time can be booked now; if not, the nearest times that can."""

    free: bool
    offered: bool  # within someone's hours, notice and horizon (so if not free, it is taken)
    clinicians: list[ClinicianProfile]
    alternatives: list[datetime]


def check_time(
    *,
    clinician_slug: str,
    fmt: str,
    starts_at: datetime,
    now: datetime,
    exclude_booking: int | None = None,
    alternatives: int = 3,
) -> TimeCheck:
    """Check one start time for a clinician (or ANY) and format, with up to `alternatives`
    nearest free times when it is not free. Four queries; the whole horizon is computed only
    when the time is not free (to find the nearest ones)."""
    tz = practice_zone()
    schedules = schedules_for(bookable_settings(clinician_slug=clinician_slug, fmt=fmt), now=now)
    busy = busy_ranges(
        [s.settings.clinician_id for s in schedules], since=now, exclude_booking=exclude_booking
    )
    free_with = [
        s.clinician
        for s in schedules
        if slots.is_slot_free(
            s.availability, busy[s.settings.clinician_id], starts_at, now=now, tz=tz, fmt=fmt
        )
    ]
    if free_with:
        return TimeCheck(True, True, free_with, [])
    offered = any(
        slots.is_slot_free(s.availability, [], starts_at, now=now, tz=tz, fmt=fmt)
        for s in schedules
    )
    merged = slots.merge_free_slots(_per_clinician(schedules, busy, fmt=fmt, now=now))
    nearest = slots.nearest_free_times(merged, starts_at, count=alternatives)
    return TimeCheck(False, offered, [], nearest)
