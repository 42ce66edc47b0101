"""Writes for a clinician's availability: booking rules, weekly hours, date overrides and the
calendar feed token. Keyword-only; each function owns its transaction. Existing bookings are
never touched by these changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from django.db import transaction

from securebase.bookings.models import (
    BookingSettings,
    DateOverride,
    WeeklyWindow,
    new_feed_token,
)
from securebase.practice.models import ClinicianProfile


def ensure_booking_settings(*, clinician: ClinicianProfile) -> BookingSettings:
    """The clinician's booking settings, created with the defaults if they have none yet."""
    with transaction.atomic():
        row, _ = BookingSettings.objects.get_or_create(clinician=clinician)
    row.clinician = clinician
    return row


def update_booking_settings(*, row: BookingSettings, values: dict) -> BookingSettings:
    """Save the rules from a validated settings form (`values` is its cleaned_data)."""
    unknown = set(values) - set(BookingSettings.EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not booking settings: {sorted(unknown)}")
    with transaction.atomic():
        for name, value in values.items():
            setattr(row, name, value)
        row.save()
    return row


@dataclass(frozen=True)
class WindowSpec:
    weekday: int
    start_time: time
    end_time: time
    in_person: bool
    telehealth: bool


def replace_weekly_windows(*, row: BookingSettings, windows: list[WindowSpec]) -> None:
    """Replace all weekly hours with `windows`. Existing bookings are not touched."""
    with transaction.atomic():
        WeeklyWindow.objects.filter(settings=row).delete()
        WeeklyWindow.objects.bulk_create(
            [
                WeeklyWindow(
                    settings=row,
                    weekday=w.weekday,
                    start_time=w.start_time,
                    end_time=w.end_time,
                    in_person=w.in_person,
                    telehealth=w.telehealth,
                )
                for w in windows
            ]
        )


def set_date_override(
    *,
    row: BookingSettings,
    day: date,
    day_off: bool,
    start_time: time | None = None,
    end_time: time | None = None,
    in_person: bool = True,
    telehealth: bool = True,
) -> DateOverride:
    """Make one date a day off or give it custom hours, replacing any override it had."""
    with transaction.atomic():
        override, _ = DateOverride.objects.update_or_create(
            settings=row,
            date=day,
            defaults={
                "day_off": day_off,
                "start_time": None if day_off else start_time,
                "end_time": None if day_off else end_time,
                "in_person": in_person,
                "telehealth": telehealth,
            },
        )
    return override


def remove_date_override(*, row: BookingSettings, override_id: int) -> bool:
    """Delete one of this clinician's overrides; False if it was not theirs or already gone."""
    with transaction.atomic():
        deleted, _ = DateOverride.objects.filter(settings=row, pk=override_id).delete()
    return bool(deleted)


def regenerate_feed_token(*, row: BookingSettings) -> BookingSettings:
    """Give the calendar feed a new secret URL; the old one stops working at once."""
    with transaction.atomic():
        row.feed_token = new_feed_token()
        row.save(update_fields=["feed_token"])
    return row
