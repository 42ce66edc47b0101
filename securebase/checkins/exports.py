"""Downloads of a client's own practice data: one JSON file, or a CSV per kind of record."""

from __future__ import annotations

import csv
import io

from django.utils import timezone

from securebase.checkins import privacy as checkin_privacy
from securebase.checkins import vocabulary
from securebase.checkins.models import Checkin
from securebase.pause import exercises
from securebase.pause import privacy as pause_privacy
from securebase.pause.models import PauseSession

# A cell starting with one of these is a formula to a spreadsheet; an apostrophe keeps it text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _labels(kind: str, keys) -> str:
    return "; ".join(vocabulary.label_for(kind, key) for key in keys)


def practice_json(user) -> dict:
    """Check-ins and pauses of ``user`` (a client) as one JSON-ready document."""
    return {
        "exported_at": timezone.now().astimezone(user.tzinfo).isoformat(),
        "time_zone": user.time_zone,
        "checkins": checkin_privacy.export_user_data(user)["checkins"],
        "pause_sessions": pause_privacy.export_user_data(user)["pause_sessions"],
    }


def _write(rows: list[list]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def checkins_csv(user) -> str:
    """``user``'s check-ins as CSV, one row each, oldest first, times in their time zone."""
    tz = user.tzinfo
    rows: list[list] = [
        [
            "created_at",
            "day",
            "anxiety",
            "emotions",
            "triggers",
            "acted_on",
            "resisted",
            "helped",
            "note",
        ]
    ]
    for c in Checkin.objects.filter(user=user).order_by("created_at", "pk"):
        acted = [k for k, mark in c.behaviors.items() if mark == vocabulary.ACTED]
        resisted = [k for k, mark in c.behaviors.items() if mark == vocabulary.RESISTED]
        rows.append(
            [
                c.created_at.astimezone(tz).isoformat(),
                c.local_day(tz).isoformat(),
                c.anxiety,
                _labels("emotion", c.emotions),
                _labels("trigger", c.triggers),
                _labels("behavior", acted),
                _labels("behavior", resisted),
                _labels("helped", c.helped),
                c.note,
            ]
        )
    return _write(rows)


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
    return _write(rows)
