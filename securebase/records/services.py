"""Writes for the records app: the retention purge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Max
from django.db.models.functions import Lower

from securebase.core.retention import (
    expired_people,
    latest_contacts,
    retention_cutoff,
)
from securebase.privacy.retention import records_of_care


@dataclass(frozen=True)
class Purged:
    """How many rows of one kind of record of care were (or, in a dry run, would be) deleted."""

    model: str
    count: int


@transaction.atomic
def purge_expired_records(*, now: datetime, years: int, dry_run: bool = False) -> list[Purged]:
    """Delete the records of care of people whose last contact is ``years`` before ``now``.

    A person is known by the email kept with each record (compared case-insensitively), and
    their last contact is the latest contact across every kind of record of care, attached or
    not. Only rows detached from any account (an account deleted, or a booking made signed
    out) are deleted: while the account exists its records stay. Running it again deletes
    nothing more. With ``dry_run`` nothing is deleted and the counts say what would be.
    """
    kinds = list(records_of_care())
    pairs: list[tuple[str, datetime]] = []
    for model, kept in kinds:
        rows = (
            model._default_manager.annotate(person_key=Lower(kept.email))
            .values("person_key")
            .annotate(last=Max(kept.contact))
        )
        pairs.extend((row["person_key"], row["last"]) for row in rows if row["last"])
    expired = expired_people(latest_contacts(pairs), retention_cutoff(now, years))

    # Count every kind first: deleting a parent (a booking) cascades to its children.
    doomed: list[tuple[type, list[int]]] = []
    for model, kept in kinds:
        ids = list(
            model._default_manager.annotate(person_key=Lower(kept.email))
            .filter(**{f"{kept.person}__isnull": True}, person_key__in=expired)
            .values_list("pk", flat=True)
        )
        doomed.append((model, ids))
    if not dry_run:
        for model, ids in doomed:
            model._default_manager.filter(pk__in=ids).delete()
    return [Purged(model=model._meta.label, count=len(ids)) for model, ids in doomed]
