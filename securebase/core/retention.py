"""Records of care: what outlives an account, and for how long (pure; no Django).

A feature app that keeps records a practice must retain declares them in its ``AppConfig`` as
``records_of_care = (KeptRecord(...), ...)``. Deleting an account detaches those rows from the
login (their foreign key to the user is ``SET_NULL``) and keeps them with the name and email
the person gave; ``purge_expired_records`` deletes them once the retention period after the
person's last contact with the practice has passed. See docs/records.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class KeptRecord:
    """One kind of record of care, named by ORM lookup paths from its model.

    ``person`` leads to the user the row belongs to (null once detached), ``email`` to the
    email kept with it, ``contact`` to the moment of contact with the practice it records.
    ``description`` is what the account-deletion page tells the person is kept.

    ``otherwise``, when set, makes the kind kept only in part: rows the person shared into care
    are records of care (another app marks them by filling in ``email`` before the account
    goes), the rest are the person's own and are deleted with the account; ``otherwise`` says
    which, for the deletion page's "deleted" list.
    """

    model: str
    description: str
    person: str
    email: str
    contact: str
    otherwise: str = ""


def retention_cutoff(now: datetime, years: int) -> datetime:
    """The same calendar moment ``years`` years before ``now`` (29 February becomes the 28th).

    A person whose last contact is before the cutoff has had their records kept for the full
    period. ``now`` keeps its time zone.
    """
    if years < 0:
        raise ValueError("a retention period cannot be negative")
    try:
        return now.replace(year=now.year - years)
    except ValueError:
        return now.replace(year=now.year - years, day=28)


def latest_contacts(pairs: Iterable[tuple[str, datetime]]) -> dict[str, datetime]:
    """The latest contact per person key (an email, compared case-insensitively)."""
    latest: dict[str, datetime] = {}
    for key, when in pairs:
        key = key.strip().lower()
        if key and (key not in latest or when > latest[key]):
            latest[key] = when
    return latest


def expired_people(last_contacts: Mapping[str, datetime], cutoff: datetime) -> set[str]:
    """The people whose last contact came before ``cutoff``: their retention has run out."""
    return {key for key, when in last_contacts.items() if when < cutoff}
