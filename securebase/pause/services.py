from __future__ import annotations

import uuid
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from securebase.core.hooks import call_hooks
from securebase.core.once import create_once
from securebase.pause.models import PauseSession


@transaction.atomic
def start_pause(
    *,
    user,
    token: uuid.UUID,
    urge: str,
    urge_before: int,
    anxiety_before: int,
    now: datetime | None = None,
) -> PauseSession:
    """Begin a saved pause for ``user`` (a client) with the first ratings (0-10).

    ``token`` identifies the form: sending it twice returns the pause already begun.
    """
    session, _ = create_once(
        PauseSession,
        lookup={"user": user, "token": token},
        build=lambda: PauseSession(
            user=user,
            token=token,
            started_at=now or timezone.now(),
            urge=urge,
            urge_before=urge_before,
            anxiety_before=anxiety_before,
        ),
    )
    return session


@transaction.atomic
def keep_unsent_message(*, session: PauseSession, message: str) -> PauseSession:
    """Store the message the person chose not to send (encrypted; it goes nowhere else)."""
    session.unsent_message = message
    session.exercise = "unsent_message"
    session.save(update_fields=["unsent_message", "exercise"])
    return session


@transaction.atomic
def finish_pause(
    *,
    session: PauseSession,
    exercise: str,
    urge_after: int,
    anxiety_after: int,
    outcome: str,
    now: datetime | None = None,
) -> PauseSession:
    """Record the second ratings (0-10) and how the pause ended.

    Sending the same answers again changes nothing; new answers replace the old ones (a
    person may come back and correct a tap).
    """
    if exercise:
        session.exercise = exercise
    session.urge_after = urge_after
    session.anxiety_after = anxiety_after
    session.outcome = outcome
    session.finished_at = session.finished_at or now or timezone.now()
    session.save()
    if session.exercise:
        call_hooks(
            "activity_done",
            user_id=session.user_id,
            kind="pause_exercise",
            targets=[session.exercise],
            at=session.finished_at,
        )
    return session


@transaction.atomic
def delete_pause(*, pause: PauseSession) -> None:
    """Delete one saved pause, its unsent message included, for good."""
    pause.delete()
