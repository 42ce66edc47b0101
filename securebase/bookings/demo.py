"""Demo availability, so that a newcomer can book a consultation with the demo practice, and a
few consultations already on each demo clinician's calendar (two booked, one request waiting).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from securebase.accounts.zones import practice_zone
from securebase.bookings.models import Booking, BookingSettings, Format, WeeklyWindow
from securebase.bookings.services import TELEHEALTH_CONSENT_VERSION
from securebase.bookings.slots import held_range
from securebase.core.demo_keys import demo_key

# (weekday, start, end, in person, telehealth) per demo clinician, in practice time.
DEMO_HOURS = {
    "maya-chen": [(day, time(9), time(17), True, True) for day in range(5)],
    "lucia-ramirez": [
        *[(day, time(12), time(19), False, True) for day in (1, 2, 3)],
        (5, time(9), time(13), True, True),
    ],
}


# Who has booked each demo clinician: ((name, email), status, what brings them), in date order;
# None instead of a name is the demo client, so their own space shows a booking too.
DEMO_VISITORS = (
    (None, Booking.Status.CONFIRMED, "I'd like to understand why I panic when my partner is away."),
    (
        ("Jordan Avery", "jordan.avery@demo.example"),
        Booking.Status.CONFIRMED,
        "My last two relationships ended the same way and I want to understand the pattern.",
    ),
    (
        ("Riley Brooks", "riley.brooks@demo.example"),
        Booking.Status.PENDING,
        "Looking for someone who works with jealousy in relationships.",
    ),
)


@transaction.atomic
def seed(*, clinicians, client, now: datetime | None = None) -> None:
    """Give each demo clinician weekly hours (unless they already have some) and upcoming
    consultations: two confirmed and one request waiting for an answer."""
    now = now or timezone.now()
    _seed_hours(clinicians)
    for clinician in clinicians:
        _seed_consultations(clinician.clinician_profile, client=client, now=now)


def _seed_hours(clinicians) -> None:
    for clinician in clinicians:
        profile = clinician.clinician_profile
        hours = DEMO_HOURS.get(profile.slug)
        if not hours:
            continue
        settings, _ = BookingSettings.objects.get_or_create(
            clinician=profile, defaults={"video_link": "https://video.example/demo-room"}
        )
        if settings.weekly.exists():
            continue
        WeeklyWindow.objects.bulk_create(
            WeeklyWindow(
                settings=settings,
                weekday=day,
                start_time=start,
                end_time=end,
                in_person=in_person,
                telehealth=telehealth,
            )
            for day, start, end, in_person, telehealth in hours
        )


def _seed_consultations(profile, *, client, now: datetime) -> None:
    """Put ``DEMO_VISITORS`` on the clinician's next working days, one per day, an hour apart.

    Each booking keeps its fixed submission key, so seeding again moves the same three forward
    to the coming days (and back to their first status) instead of adding more.
    """
    settings = BookingSettings.objects.filter(clinician=profile).first()
    if settings is None:
        return
    windows = {w.weekday: w for w in settings.weekly.all()}
    if not windows:
        return
    tz = practice_zone()
    day = now.astimezone(tz).date() + timedelta(days=1)
    for index, (visitor, status, reason) in enumerate(DEMO_VISITORS):
        while day.weekday() not in windows:
            day += timedelta(days=1)
        window = windows[day.weekday()]
        starts_at = datetime.combine(day, window.start_time, tzinfo=tz) + timedelta(hours=index)
        ends_at = starts_at + settings.length
        held_from, held_until = held_range(
            starts_at, ends_at, before=settings.buffer_before, after=settings.buffer_after
        )
        name, email = visitor or (client.full_name, client.email)
        fmt = Format.IN_PERSON if window.in_person else Format.TELEHEALTH
        attested = now if fmt == Format.TELEHEALTH else None
        Booking.objects.update_or_create(
            submission_key=demo_key(f"booking-{profile.slug}-{index}"),
            defaults={
                "clinician": profile,
                "client": None if visitor else client,
                "format": fmt,
                "status": status,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "held_from": held_from,
                "held_until": held_until,
                "full_name": name,
                "email": email,
                "reason": reason,
                "client_time_zone": tz.key,
                "contact_consent_at": now,
                "california_attested_at": attested,
                "telehealth_consent_at": attested,
                "telehealth_consent_version": TELEHEALTH_CONSENT_VERSION if attested else "",
                "confirmed_at": now if status == Booking.Status.CONFIRMED else None,
                "cancelled_at": None,
                "cancelled_by": "",
                "created_at": now,
            },
        )
        day += timedelta(days=1)
