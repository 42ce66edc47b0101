"""Downloads of a client's own saved pauses: one JSON document, or a CSV for a spreadsheet."""

from __future__ import annotations

from securebase.core.own_rows import Column
from securebase.pause import exercises
from securebase.pause.privacy import PAUSES


def pauses_json(user) -> dict:
    """Saved pauses of ``user`` (a client), unsent messages included, as one document."""
    return PAUSES.json(user)


# Times in the person's zone; a choice by its label, empty where none was made.
COLUMNS: dict[str, Column] = {
    "started_at": lambda p, tz: p.started_at.astimezone(tz).isoformat(),
    "urge": lambda p, tz: exercises.label_for("urge", p.urge),
    "exercise": lambda p, tz: exercises.label_for("exercise", p.exercise) if p.exercise else "",
    "urge_before": lambda p, tz: p.urge_before,
    "anxiety_before": lambda p, tz: p.anxiety_before,
    "urge_after": lambda p, tz: p.urge_after,
    "anxiety_after": lambda p, tz: p.anxiety_after,
    "outcome": lambda p, tz: exercises.label_for("outcome", p.outcome) if p.outcome else "",
    "unsent_message": lambda p, tz: p.unsent_message,
}


def pauses_csv(user) -> str:
    """``user``'s saved pauses as CSV, one row each, oldest first, times in their time zone."""
    return PAUSES.csv(user, COLUMNS)
