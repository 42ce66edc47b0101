"""Downloads of a client's own saved pauses: one JSON document, or a CSV for a spreadsheet."""

from __future__ import annotations

from securebase.core.downloads import csv_text, stamped
from securebase.pause import exercises
from securebase.pause import privacy as pause_privacy
from securebase.pause.models import PauseSession


def pauses_json(user) -> dict:
    """Saved pauses of ``user`` (a client), unsent messages included, as one document."""
    return stamped(user, pause_privacy.export_user_data(user))


def pauses_csv(user) -> str:
    """``user``'s saved pauses as CSV, one row each, oldest first, times in their time zone."""
    tz = user.tzinfo
    rows: list[list] = [
        [
            "started_at",
            "urge",
            "exercise",
            "urge_before",
            "anxiety_before",
            "urge_after",
            "anxiety_after",
            "outcome",
            "unsent_message",
        ]
    ]
    for p in PauseSession.objects.filter(user=user).order_by("started_at", "pk"):
        rows.append(
            [
                p.started_at.astimezone(tz).isoformat(),
                exercises.label_for("urge", p.urge),
                exercises.label_for("exercise", p.exercise) if p.exercise else "",
                p.urge_before,
                p.anxiety_before,
                p.urge_after,
                p.anxiety_after,
                exercises.label_for("outcome", p.outcome) if p.outcome else "",
                p.unsent_message,
            ]
        )
    return csv_text(rows)
