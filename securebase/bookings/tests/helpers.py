"""Builders shared by the booking tests."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.core import mail
from django.test import Client, TestCase
from django.urls import reverse

from securebase.bookings import availability, services
from securebase.bookings.models import Booking, BookingSettings, WeeklyWindow
from securebase.testing import link_path

LA = ZoneInfo("America/Los_Angeles")


class CommittingClient(Client):
    """A test client whose requests end as real ones do: what the view handed to
    `transaction.on_commit` (the emails) runs once the response is ready. Without it nothing
    would, because a TestCase's own transaction never commits."""

    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


class AfterCommit:
    """Mixin for booking TestCases: requests run their after-commit emails (CommittingClient)."""

    client_class = CommittingClient


def la(*args) -> datetime:
    return datetime(*args, tzinfo=LA)


def open_hours(
    clinician_user, *, start=time(9), end=time(17), days=range(7), **rules
) -> BookingSettings:
    """Give a clinician weekly hours (both formats) on `days` and booking rules."""
    row = availability.ensure_booking_settings(clinician=clinician_user.clinician_profile)
    for name, value in rules.items():
        setattr(row, name, value)
    row.save()
    WeeklyWindow.objects.bulk_create(
        [WeeklyWindow(settings=row, weekday=day, start_time=start, end_time=end) for day in days]
    )
    return row


def details(**changes) -> services.ClientDetails:
    values = {
        "full_name": "Ada Park",
        "email": "ada@example.com",
        "time_zone": "America/Los_Angeles",
        "reason": "I keep checking my phone when my partner goes quiet.",
        "in_california": True,
        "telehealth_consent": True,
        "session_address": "12 Palm Ave, Santa Monica, CA",
        "emergency_contact": "Sam Park, 310 555 0101",
    }
    values.update(changes)
    return services.ClientDetails(**values)


def book(clinician_user, start, *, now, fmt="telehealth", **changes) -> Booking:
    """Book as the service does, and send its emails as its commit would."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return services.book_consultation(
            clinician=clinician_user.clinician_profile.slug,
            fmt=fmt,
            starts_at=start,
            details=details(**changes),
            now=now,
        )


def details_url(start: datetime, *, clinician="any", fmt="telehealth", tz="") -> str:
    params = {"clinician": clinician, "format": fmt, "start": start.astimezone(LA).isoformat()}
    if tz:
        params["tz"] = tz
    return f"{reverse('bookings:details')}?{urlencode(params)}"


def form_data(fmt="telehealth", **changes) -> dict:
    data = {
        "full_name": "Ada Park",
        "email": "ada@example.com",
        "phone": "",
        "contact_method": "email",
        "reason": "",
        "contact_consent": "on",
    }
    if fmt == "telehealth":
        data.update(
            in_california="on",
            telehealth_consent="on",
            session_address="12 Palm Ave, Santa Monica, CA",
            emergency_contact="Sam Park, 310 555 0101",
        )
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


def confirm_by_email(client, **kwargs):
    """Do what a signed-out visitor does after booking: open the "confirm your email" link and
    press its button. That email is taken out of `mail.outbox`, so a test reads the emails that
    follow it (the confirmation, the clinician's notice) as before; returns the POST's response.
    """
    message = next(m for m in reversed(mail.outbox) if "/book/confirm-email/" in m.body)
    path = link_path(message, "/book/confirm-email/")
    assert client.get(path).status_code == 200
    mail.outbox.remove(message)
    return client.post(path, **kwargs)
