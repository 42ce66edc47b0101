from __future__ import annotations

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import transaction

from securebase.privacy.models import AuditEvent


def record_access(*, viewer, subject, action: str, detail: str = "") -> AuditEvent:
    """Write the audit row for a clinician or staff member viewing a client's data.

    Call it in the same request that shows the data. Emails are copied so the trail survives
    the deletion of either account.
    """
    return AuditEvent.objects.create(
        viewer=viewer,
        viewer_email=viewer.email,
        subject=subject,
        subject_email=subject.email,
        action=action[:80],
        detail=detail[:255],
    )


@transaction.atomic
def delete_account(*, user) -> None:
    """Delete a person's account and, through cascades, everything they recorded.

    Audit rows about them stay (the practice must keep them) with the email they had. The
    login records kept by the lockout (email, address, browser, times) name the person without
    a foreign key, so no cascade reaches them: they go here.
    """
    email = user.email
    user.delete()
    for model in (AccessLog, AccessAttempt, AccessFailureLog):
        model.objects.filter(username__iexact=email).delete()
