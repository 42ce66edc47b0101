"""Signed links in booking emails: view, cancel and reschedule a consultation without an account.

A token carries only the booking's random UID and the moment the link stops working (the
consultation's start), signed with the site's secret key and a salt per purpose, so a cancel
token cannot be used to reschedule. No name, email or reason is in it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse

VIEW = "view"
CANCEL = "cancel"
RESCHEDULE = "reschedule"
CONFIRM_EMAIL = "confirm-email"
PURPOSES = (VIEW, CANCEL, RESCHEDULE, CONFIRM_EMAIL)


class LinkTampered(Exception):
    """The token was not made by this site for this purpose (answer 400)."""


class LinkExpired(Exception):
    """The token was genuine but its time has passed (answer 410)."""


def make_token(booking, purpose: str) -> str:
    """A token for `purpose` on `booking`, valid until the consultation starts."""
    _check(purpose)
    payload = {"b": booking.uid.hex, "e": int(booking.starts_at.timestamp())}
    return signing.dumps(payload, salt=_salt(purpose), compress=False)


def read_token(token: str, purpose: str, *, now: datetime) -> uuid.UUID:
    """The booking UID in a token, or LinkTampered / LinkExpired."""
    _check(purpose)
    try:
        payload = signing.loads(token, salt=_salt(purpose))
        uid = uuid.UUID(hex=payload["b"])
        expires = datetime.fromtimestamp(int(payload["e"]), UTC)
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise LinkTampered from None
    if now >= expires:
        raise LinkExpired
    return uid


def absolute_url(booking, purpose: str) -> str:
    """The full link (with SITE_URL) for an email."""
    return settings.SITE_URL + path(booking, purpose)


def path(booking, purpose: str) -> str:
    name = {
        VIEW: "bookings:booked",
        CANCEL: "bookings:cancel",
        RESCHEDULE: "bookings:reschedule",
        CONFIRM_EMAIL: "bookings:confirm_email",
    }
    return reverse(name[purpose], args=[make_token(booking, purpose)])


def _salt(purpose: str) -> str:
    return f"securebase.bookings.{purpose}"


def _check(purpose: str) -> None:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown link purpose {purpose!r}")
