"""Downloads of a client's own check-ins: one JSON document, or a CSV for a spreadsheet."""

from __future__ import annotations

from securebase.checkins import vocabulary
from securebase.checkins.privacy import CHECKINS
from securebase.core.own_rows import Column


def _labels(kind: str, keys) -> str:
    return "; ".join(vocabulary.label_for(kind, key) for key in keys)


def checkins_json(user) -> dict:
    """Check-ins of ``user`` (a client) as one JSON-ready document."""
    return CHECKINS.json(user)


def _behaviors(mark: str) -> Column:
    return lambda c, tz: _labels("behavior", [k for k, m in c.behaviors.items() if m == mark])


# Times in the person's zone; the labels of a list joined by "; " in one cell.
COLUMNS: dict[str, Column] = {
    "created_at": lambda c, tz: c.created_at.astimezone(tz).isoformat(),
    "day": lambda c, tz: c.local_day(tz).isoformat(),
    "anxiety": lambda c, tz: c.anxiety,
    "emotions": lambda c, tz: _labels("emotion", c.emotions),
    "triggers": lambda c, tz: _labels("trigger", c.triggers),
    "acted_on": _behaviors(vocabulary.ACTED),
    "resisted": _behaviors(vocabulary.RESISTED),
    "helped": lambda c, tz: _labels("helped", c.helped),
    "note": lambda c, tz: c.note,
}


def checkins_csv(user) -> str:
    """``user``'s check-ins as CSV, one row each, oldest first, times in their time zone."""
    return CHECKINS.csv(user, COLUMNS)
