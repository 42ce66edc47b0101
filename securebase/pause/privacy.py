"""A client's saved pauses, for the account-wide export (securebase.privacy.exports)."""

from __future__ import annotations

from securebase.core.own_rows import OwnRows
from securebase.pause import exercises
from securebase.pause.models import PauseSession


def _named(kind: str, key: str) -> dict | None:
    return {"key": key, "label": exercises.label_for(kind, key)} if key else None


def pause_record(session: PauseSession, tz) -> dict:
    """One pause as JSON-ready data; times in ``tz`` (the person's time zone)."""
    return {
        "started_at": session.started_at.astimezone(tz).isoformat(),
        "finished_at": session.finished_at.astimezone(tz).isoformat()
        if session.finished_at
        else None,
        "urge": _named("urge", session.urge),
        "exercise": _named("exercise", session.exercise),
        "urge_before": session.urge_before,
        "anxiety_before": session.anxiety_before,
        "urge_after": session.urge_after,
        "anxiety_after": session.anxiety_after,
        "outcome": _named("outcome", session.outcome),
        "unsent_message": session.unsent_message,
    }


PAUSES = OwnRows(PauseSession, made_at="started_at", key="pause_sessions", record=pause_record)

# Every pause the person saved, oldest first, unsent messages decrypted (their own data).
export_user_data = PAUSES.document
