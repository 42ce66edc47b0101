from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import transaction
from django.db.models import ProtectedError

from securebase.privacy.models import AuditEvent


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


def record_list_access(
    *, viewer, shown: Iterable[tuple[Any, str, str]], action: str
) -> list[AuditEvent]:
    """Write one audit row per person a list shows a clinician or staff member.

    A list of clients is audited like each record on it. ``shown`` holds (subject, subject_email,
    detail) per entry, as `record_access` takes them; one INSERT whatever the length.
    """
    events = [
        _audit_event(viewer, subject, subject_email, action, detail)
        for subject, subject_email, detail in shown
    ]
    return AuditEvent.objects.bulk_create(events)


class AccountHoldsRecords(Exception):
    """The account holds records others rely on (a clinician's consultations), so it stays."""


@transaction.atomic
def delete_account(*, user) -> None:
    """Delete a person's account and, through cascades, everything they recorded.

    Audit rows about them stay (the practice must keep them) with the email they had. The
    login records kept by the lockout (email, address, browser, times) name the person without
    a foreign key, so no cascade reaches them: they go here. Raises AccountHoldsRecords, and
    deletes nothing, when the account is a clinician's with consultations on record.
    """
    email = user.email
    try:
        user.delete()
    except ProtectedError as error:
        raise AccountHoldsRecords from error
    for model in (AccessLog, AccessAttempt, AccessFailureLog):
        model.objects.filter(username__iexact=email).delete()
