"""Reads for booking: free times for the picker, and bookings scoped to the person viewing them.

Free times are computed by the pure engine in `slots.py` from four queries whatever the number
of clinicians or bookings: settings (with clinician and user), weekly windows, date overrides
and the held ranges of active bookings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.db.models import Q, QuerySet
from django.http import Http404

from securebase.accounts.zones import practice_zone
from securebase.bookings import slots
from securebase.bookings.models import (
    Booking,
    BookingSettings,
    DateOverride,
    Format,
    WeeklyWindow,
)
from securebase.practice.models import ClinicianProfile

ANY = "any"


# The practice's time zone, worked out in one place (accounts.zones).
practice_tz = practice_zone


@dataclass(frozen=True)
class Schedule:
    """One clinician's rules as the slot engine sees them, with the settings row they came from."""

    settings: BookingSettings
    availability: slots.Availability

    @property
    def clinician(self) -> ClinicianProfile:
        return self.settings.clinician


def bookable_settings(
    *, clinician_slug: str = ANY, fmt: str | None = None, for_update: bool = False
) -> list[BookingSettings]:
    """Settings of listed, active clinicians accepting bookings, in the practice's display order.

    `clinician_slug` narrows to one clinician (ANY: all); `fmt` keeps those offering that
    format. `for_update` locks the rows (PostgreSQL) so concurrent bookings of one clinician
    queue; call it inside a transaction.
    """
    rows = BookingSettings.objects.filter(
        accepting=True, clinician__is_listed=True, clinician__user__is_active=True
    ).select_related("clinician__user")
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
    """The engine's view of each settings row: two queries for all windows and overrides."""
    today = now.astimezone(practice_tz()).date()
    ids = [row.pk for row in rows]
    weekly = defaultdict(list)
    for window in WeeklyWindow.objects.filter(settings_id__in=ids):
        weekly[window.settings_id].append(window)
    overrides = defaultdict(list)
    for override in DateOverride.objects.filter(settings_id__in=ids, date__gte=today):
        overrides[override.settings_id].append(override)
    return [Schedule(row, _availability(row, weekly[row.pk], overrides[row.pk])) for row in rows]


def _availability(row: BookingSettings, weekly, overrides) -> slots.Availability:
    offered = set()
    if row.clinician.offers_in_person:
        offered.add(Format.IN_PERSON.value)
    if row.clinician.offers_telehealth:
        offered.add(Format.TELEHEALTH.value)

    def offered_only(windows: Iterable[slots.Window]) -> list[slots.Window]:
        # A window is offered only in the formats the clinician's profile offers at all.
        kept = []
        for window in windows:
            formats = window.formats & offered
            if formats:
                kept.append(slots.Window(window.start, window.end, frozenset(formats)))
        return kept

    by_day = defaultdict(list)
    for window in weekly:
        by_day[window.weekday].append(window.as_window())
    return slots.Availability(
        weekly={day: tuple(offered_only(items)) for day, items in by_day.items()},
        overrides={o.date: tuple(offered_only(o.as_windows())) for o in overrides},
        length=row.length,
        interval=timedelta(minutes=row.interval_minutes),
        buffer_before=row.buffer_before,
        buffer_after=row.buffer_after,
        notice=timedelta(hours=row.notice_hours),
        horizon_days=row.horizon_days,
    )


def busy_ranges(
    clinician_ids: Iterable[int], *, since: datetime, exclude_booking: int | None = None
) -> dict[int, list[slots.Busy]]:
    """Held ranges of active bookings ending after `since`, per clinician id: one query.

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
    ranges = rows.order_by().values_list("clinician_id", "held_from", "held_until")
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
    """Free start times (aware UTC, ascending) per clinician, in the order given."""
    busy = busy_ranges(
        [s.settings.clinician_id for s in schedules], since=now, exclude_booking=exclude_booking
    )
    tz = practice_tz()
    return {
        schedule.clinician: slots.free_slots(
            schedule.availability, busy[schedule.settings.clinician_id], now=now, tz=tz, fmt=fmt
        )
        for schedule in schedules
    }


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
    nearest free times when it is not free. Five queries."""
    tz = practice_tz()
    schedules = schedules_for(bookable_settings(clinician_slug=clinician_slug, fmt=fmt), now=now)
    per_clinician = free_times(schedules, fmt=fmt, now=now, exclude_booking=exclude_booking)
    free_with = slots.clinicians_free_at(per_clinician, starts_at)
    if free_with:
        return TimeCheck(True, True, free_with, [])
    offered = any(
        slots.is_slot_free(s.availability, [], starts_at, now=now, tz=tz, fmt=fmt)
        for s in schedules
    )
    merged = slots.merge_free_slots(per_clinician)
    nearest = slots.nearest_free_times(merged, starts_at, count=alternatives)
    return TimeCheck(False, offered, [], nearest)


def clinic_profile_of(viewer) -> ClinicianProfile:
    """The clinician profile of a signed-in clinician; anyone else gets 404."""
    if not getattr(viewer, "is_authenticated", False) or not viewer.is_clinician:
        raise Http404
    try:
        return viewer.clinician_profile
    except ClinicianProfile.DoesNotExist:
        raise Http404 from None


def bookings_visible_to(viewer) -> QuerySet[Booking]:
    """Bookings a person may see in the clinic: a clinician sees their own, nobody else any."""
    if not getattr(viewer, "is_authenticated", False) or not viewer.is_clinician:
        return Booking.objects.none()
    return Booking.objects.filter(clinician__user=viewer).select_related(
        "clinician__user", "client", "safety_follow_up"
    )


def open_follow_ups(viewer) -> list[Booking]:
    """The viewer's bookings with a safety follow-up not yet reviewed, oldest marker first."""
    return list(
        bookings_visible_to(viewer)
        .filter(safety_follow_up__reviewed_at__isnull=True, safety_follow_up__isnull=False)
        .order_by("safety_follow_up__flagged_at")
    )


def booking_visible_to(viewer, uid) -> Booking:
    """One booking the viewer may see, or 404 (also for someone else's booking)."""
    try:
        return bookings_visible_to(viewer).get(uid=uid)
    except (Booking.DoesNotExist, ValueError):
        raise Http404 from None


@dataclass(frozen=True)
class ClinicDay:
    """What the clinic dashboard lists."""

    requests: list[Booking]
    today: list[Booking]
    upcoming: list[Booking]
    needs_outcome: list[Booking]
    recently_cancelled: list[Booking]


def clinic_overview(viewer, *, now: datetime) -> ClinicDay:
    """A clinician's consultations, grouped for the dashboard: one query whatever the count.

    "Today" is today's date in the practice time zone. Past confirmed consultations wait for an
    outcome; cancellations and declines of the last 14 days stay in view.
    """
    tz = practice_tz()
    local_now = now.astimezone(tz)
    start_of_today = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    start_of_tomorrow = (start_of_today + timedelta(days=1)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    fortnight_ago = now - timedelta(days=14)
    rows = bookings_visible_to(viewer).filter(starts_at__gte=now - timedelta(days=60))
    if apps.is_installed("securebase.records"):
        rows = rows.select_related("session_start")
    rows = list(rows)
    day = ClinicDay([], [], [], [], [])
    for booking in rows:
        if booking.status == Booking.Status.PENDING and booking.ends_at > now:
            day.requests.append(booking)
        elif booking.status == Booking.Status.CONFIRMED:
            if booking.ends_at <= now:
                day.needs_outcome.append(booking)
            elif booking.starts_at < start_of_tomorrow:
                day.today.append(booking)
            else:
                day.upcoming.append(booking)
        elif (
            booking.status in (Booking.Status.CANCELLED, Booking.Status.DECLINED)
            and (booking.cancelled_at or booking.updated_at) >= fortnight_ago
        ):
            day.recently_cancelled.append(booking)
    return day


def feed_for_token(token: str, *, now: datetime) -> tuple[BookingSettings, list[Booking]]:
    """The clinician whose ICS feed token this is, and the bookings the feed shows; else 404.

    The feed holds active consultations from 30 days ago onwards.
    """
    try:
        row = BookingSettings.objects.select_related("clinician__user").get(feed_token=token)
    except BookingSettings.DoesNotExist:
        raise Http404 from None
    bookings = Booking.objects.filter(
        clinician_id=row.clinician_id,
        status__in=Booking.HOLDING,
        ends_at__gte=now - timedelta(days=30),
    ).order_by("starts_at")
    return row, list(bookings)
