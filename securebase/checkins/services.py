from __future__ import annotations

import uuid
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from securebase.checkins.forms import CheckinEntry
from securebase.checkins.models import Checkin
from securebase.checkins.rollups import lock_practice, refresh_days
from securebase.core.hooks import call_hooks
from securebase.core.once import create_once


class CheckinLocked(Exception):
    """The check-in's day is over in the person's time zone, so it can no longer change."""


def _apply(checkin: Checkin, entry: CheckinEntry) -> None:
    checkin.anxiety = entry.anxiety
    checkin.emotions = list(entry.emotions)
    checkin.triggers = list(entry.triggers)
    checkin.behaviors = dict(entry.behaviors)
    checkin.helped = list(entry.helped)
    checkin.note = entry.note


@transaction.atomic
def record_checkin(
    *, user, token: uuid.UUID, entry: CheckinEntry, now: datetime | None = None
) -> tuple[Checkin, bool]:
    """Save a new check-in for ``user`` (a client) and say whether it was created.

    ``token`` identifies the form that was filled in: submitting it again — a double tap,
    a resent request — returns the check-in already saved, unchanged, with ``False``.
    """
    now = now or timezone.now()
    lock_practice(user)

    def build() -> Checkin:
        checkin = Checkin(user=user, token=token, created_at=now, updated_at=now)
        _apply(checkin, entry)
        return checkin

    checkin, created = create_once(Checkin, lookup={"user": user, "token": token}, build=build)
    if not created:
        return checkin, False
    refresh_days(user, [checkin.local_day(user.tzinfo)])
    noticed = [f"trigger:{key}" for key in checkin.triggers]
    noticed += [f"behavior:{key}" for key in checkin.behaviors]
    if noticed:
        call_hooks("activity_done", user_id=user.pk, kind="notice", targets=noticed, at=now)
    return checkin, True


@transaction.atomic
def update_checkin(
    *, checkin: Checkin, entry: CheckinEntry, now: datetime | None = None
) -> Checkin:
    """Replace a check-in's answers; allowed only on the day it was made (person's time zone).

    Raises CheckinLocked after that day, leaving the check-in as it was.
    """
    now = now or timezone.now()
    if not checkin.is_editable(now=now, tz=checkin.user.tzinfo):
        raise CheckinLocked
    lock_practice(checkin.user)
    _apply(checkin, entry)
    checkin.updated_at = now
    checkin.save()
    refresh_days(checkin.user, [checkin.local_day(checkin.user.tzinfo)])
    return checkin


@transaction.atomic
def delete_checkin(*, checkin: Checkin) -> None:
    """Delete one check-in for good (the person's own choice; there is no undo).

    Its day's count is redone in the same transaction, so the trends never show it again.
    """
    user = checkin.user
    lock_practice(user)
    checkin.delete()
    refresh_days(user, [checkin.local_day(user.tzinfo)])
