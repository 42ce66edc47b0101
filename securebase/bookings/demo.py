"""Demo availability, so that a newcomer can book a consultation with the demo practice."""

from __future__ import annotations

from datetime import time

from django.db import transaction

from securebase.bookings.models import BookingSettings, WeeklyWindow

# (weekday, start, end, in person, telehealth) per demo clinician, in practice time.
DEMO_HOURS = {
    "maya-chen": [(day, time(9), time(17), True, True) for day in range(5)],
    "lucia-ramirez": [
        *[(day, time(12), time(19), False, True) for day in (1, 2, 3)],
        (5, time(9), time(13), True, True),
    ],
}


@transaction.atomic
def seed(*, clinicians, client) -> None:
    """Give each demo clinician weekly hours unless they already have some."""
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
