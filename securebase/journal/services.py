"""Writes to the journal and the no-contact tracker. Callers pass the owner explicitly.

Every function here saves free text exactly as given; screening it for risk language is the
view's job (``securebase.core.safety.screen_for_risk``), after the save.
"""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from securebase.core.hooks import call_hooks
from securebase.journal.models import Entry, NoContactPlan, NoContactReason, NoContactSlip


class EditConflict(Exception):
    """The entry changed (another tab or device) after the edit form was opened."""


@transaction.atomic
def create_entry(
    *, user, body: str, prompt: str, submission_key: UUID, now: datetime | None = None
) -> tuple[Entry, bool]:
    """Save a new entry for ``user``; returns (entry, created).

    A second submission with the same ``submission_key`` (a double click, a resent form)
    returns the entry saved the first time, unchanged, with ``created`` False.
    """
    now = now or timezone.now()
    entry, created = Entry.objects.get_or_create(
        user=user,
        submission_key=submission_key,
        defaults={"body": body, "prompt": prompt, "created_at": now, "updated_at": now},
    )
    if created and prompt:
        call_hooks(
            "activity_done", user_id=user.pk, kind="journal_prompt", targets=[prompt], at=now
        )
    return entry, created


@transaction.atomic
def update_entry(
    *, entry: Entry, body: str, expected_version: int, now: datetime | None = None
) -> Entry:
    """Replace the entry's text if nobody changed it since ``expected_version`` was read.

    Raises EditConflict otherwise, leaving the stored entry as it is. The check and the write
    are one UPDATE, so two simultaneous saves cannot both win.
    """
    now = now or timezone.now()
    changed = Entry.objects.filter(pk=entry.pk, version=expected_version).update(
        body=body, version=F("version") + 1, updated_at=now
    )
    if not changed:
        raise EditConflict
    entry.refresh_from_db()
    return entry


@transaction.atomic
def delete_entry(*, entry: Entry) -> None:
    """Delete the entry for good."""
    entry.delete()


@transaction.atomic
def start_no_contact(*, user, started_on: date, now: datetime | None = None) -> NoContactPlan:
    """Start (or, if one exists, re-date) ``user``'s no-contact plan from ``started_on``."""
    plan, created = NoContactPlan.objects.get_or_create(
        user=user, defaults={"started_on": started_on, "created_at": now or timezone.now()}
    )
    if not created and plan.started_on != started_on:
        plan.started_on = started_on
        plan.save(update_fields=["started_on"])
    return plan


@transaction.atomic
def log_slip(
    *,
    user,
    happened_on: date,
    note: str,
    restart_count: bool,
    submission_key: UUID,
    now: datetime | None = None,
) -> tuple[NoContactSlip, bool]:
    """Record a slip; the count restarts from ``happened_on`` only if ``restart_count``.

    Returns (slip, created); a resubmitted form returns the first slip, unchanged.
    """
    return NoContactSlip.objects.get_or_create(
        user=user,
        submission_key=submission_key,
        defaults={
            "happened_on": happened_on,
            "note": note,
            "restarted_count": restart_count,
            "created_at": now or timezone.now(),
        },
    )


@transaction.atomic
def delete_slip(*, slip: NoContactSlip) -> None:
    """Remove a slip (logged by mistake); a restart it caused no longer counts."""
    slip.delete()


@transaction.atomic
def add_reason(
    *, user, text: str, submission_key: UUID, now: datetime | None = None
) -> tuple[NoContactReason, bool]:
    """Add one of the person's reasons; returns (reason, created), once per submission."""
    return NoContactReason.objects.get_or_create(
        user=user,
        submission_key=submission_key,
        defaults={"text": text, "created_at": now or timezone.now()},
    )


@transaction.atomic
def delete_reason(*, reason: NoContactReason) -> None:
    """Remove one reason."""
    reason.delete()


@transaction.atomic
def stop_no_contact(*, user) -> None:
    """Stop tracking: delete ``user``'s plan, slips and reasons."""
    NoContactSlip.objects.filter(user=user).delete()
    NoContactReason.objects.filter(user=user).delete()
    NoContactPlan.objects.filter(user=user).delete()
