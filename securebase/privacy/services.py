from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import connections, router, transaction
from django.db.models import ProtectedError
from django.utils import timezone

from securebase.core.hooks import call_hooks
from securebase.privacy.models import AuditEvent
from securebase.privacy.retention import kept_in_part


def record_access(
    *, viewer, subject, action: str, detail: str = "", subject_email: str = ""
) -> AuditEvent:
    """Write the audit row for a clinician or staff member viewing a client's data.

    Call it in the same request that shows the data. Emails are copied so the trail survives
    the deletion of either account. ``subject`` is None for someone without an account (a
    visitor who booked signed out): ``subject_email`` then names them.
    """
    event = _audit_event(viewer, subject, subject_email, action, detail)
    event.save()
    return event


def _audit_event(viewer, subject, subject_email: str, action: str, detail: str) -> AuditEvent:
    return AuditEvent(
        viewer=viewer,
        viewer_email=viewer.email,
        subject=subject,
        subject_email=subject.email if subject is not None else subject_email,
        action=action[:80],
        detail=detail[:255],
    )


def record_list_access(*, viewer, shown: Iterable[tuple[Any, str, str]], action: str) -> int:
    """Write one audit row per person a list shows a clinician or staff member; returns how
    many.

    A list of clients is audited like each record on it. ``shown`` holds (subject, subject_email,
    detail) per entry, as `record_access` takes them; one INSERT whatever the length
    (``_insert_events``).
    """
    return _insert_events(
        viewer,
        [(subject, subject_email, action, detail) for subject, subject_email, detail in shown],
    )


def record_accesses(*, viewer, shown: Iterable[tuple[Any, str, str]]) -> int:
    """Write one audit row per (subject, action, detail) in ``shown``, all viewed by ``viewer``
    now; returns how many. ``subject`` is a person with an account."""
    return _insert_events(
        viewer, [(subject, subject.email, action, detail) for subject, action, detail in shown]
    )


# The columns _insert_events writes, in its INSERT's order; the primary key comes from the
# database, as with bulk_create.
_AUDIT_COLUMNS = ("at", "viewer", "viewer_email", "subject", "subject_email", "action", "detail")


def _insert_events(viewer, events: list[tuple[Any, str, str, str]]) -> int:
    """The rows ``record_access`` writes for each (subject, subject_email, action, detail), in
    the order given, with one moment in ``at``.

    They go in one INSERT statement (more only past the database's limit on parameters)
    without a model instance per row: a caseload page writes a hundred rows, and
    ``bulk_create`` took longer over them than the rest of the page's queries.
    """
    database = router.db_for_write(AuditEvent)
    connection = connections[database]
    fields = [AuditEvent._meta.get_field(name) for name in _AUDIT_COLUMNS]
    at = fields[0].get_db_prep_save(timezone.now(), connection)
    rows = [
        (
            at,
            viewer.pk,
            viewer.email,
            None if subject is None else subject.pk,
            subject_email if subject is None else subject.email,
            action[:80],
            detail[:255],
        )
        for subject, subject_email, action, detail in events
    ]
    if not rows:
        return 0
    table = connection.ops.quote_name(AuditEvent._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    one_row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    size = max(connection.ops.bulk_batch_size(fields, rows), 1)
    with transaction.atomic(using=database, savepoint=False), connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            batch = rows[start : start + size]
            values = ", ".join([one_row] * len(batch))
            # Only the model's own table and column names are written into the SQL; every
            # value is a bound parameter.
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {values}",  # noqa: S608
                [value for row in batch for value in row],
            )
    return len(rows)


class AccountHoldsRecords(Exception):
    """The account holds records others rely on (a clinician's consultations), so it stays."""


def delete_account(*, user, now: datetime | None = None) -> None:
    """Delete a person's account and, through cascades, everything they made for themselves.

    Records of care stay, detached (their foreign key is ``SET_NULL``), with the name and
    email the person gave; ``purge_expired_records`` deletes them after the retention period.
    First the installed apps hear ``account_closing`` (the care team ends the person's
    relationships and marks the results they shared into care as kept); then rows of a kind
    kept only in part that nobody marked are deleted. The login records kept by the lockout
    (email, address, browser, times) name the person without a foreign key, so no cascade
    reaches them: they go here. Raises AccountHoldsRecords, and changes nothing, when the
    account is a clinician's holding records of care (consultations, intake packets, care
    relationships).
    """
    email = user.email
    now = now or timezone.now()
    try:
        with transaction.atomic():
            call_hooks("account_closing", user=user, now=now)
            for model, kept in kept_in_part():
                model._default_manager.filter(**{kept.person: user, kept.email: ""}).delete()
            user.delete()
            for model in (AccessLog, AccessAttempt, AccessFailureLog):
                model.objects.filter(username__iexact=email).delete()
    except ProtectedError as error:
        raise AccountHoldsRecords from error
