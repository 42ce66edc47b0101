"""Reads for booking scoped to the person viewing them: the clinic's consultations, one
consultation (`access_booking`), the calendar feed. Free times are read by `free_times.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.db.models import QuerySet
from django.http import Http404

from securebase.accounts.zones import practice_zone
from securebase.bookings.models import (
    Booking,
    BookingSettings,
)
from securebase.core.access import get_for_viewer_or_404
from securebase.practice.models import ClinicianProfile

# The practice's time zone, worked out in one place (accounts.zones).
practice_tz = practice_zone


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


def access_booking(viewer, uid) -> Booking:
    """One booking the viewer may see, by its UID; 404 when it is missing or someone else's."""
    return get_for_viewer_or_404(bookings_visible_to(viewer), uid, field="uid")


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
