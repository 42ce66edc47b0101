"""What the two questionnaire apps (assessments' ECR, measures' PHQ-9 and GAD-7) share once a
client's answers are scored: telling the other apps a questionnaire was taken, and keeping
shared results as records of care when the account closes.
"""

from __future__ import annotations

from datetime import datetime

from django.db import models

from securebase.core.hooks import call_hooks


def report_taken(*, client_id: int, slug: str, at: datetime) -> None:
    """Tell the installed apps (the care team's homework) that the client with ``client_id``
    took questionnaire ``slug`` at ``at``; call it once, when the result is first saved."""
    call_hooks("activity_done", user_id=client_id, kind="questionnaire", targets=[slug], at=at)


def keep_taken_until(results: models.QuerySet, *, until: datetime, name: str, email: str) -> int:
    """Mark the ``results`` (one client's) taken up to ``until`` as records of care, with
    ``name`` and ``email``; return how many. The rest go with the account."""
    return results.filter(taken_at__lte=until).update(kept_name=name, kept_email=email)
