"""Downloads of a client's own check-ins: one JSON document, or a CSV for a spreadsheet."""

from __future__ import annotations

from securebase.checkins import privacy as checkin_privacy
from securebase.checkins import vocabulary
from securebase.checkins.models import Checkin
from securebase.core.downloads import csv_text, stamped


def _labels(kind: str, keys) -> str:
    return "; ".join(vocabulary.label_for(kind, key) for key in keys)


def checkins_json(user) -> dict:
    """Check-ins of ``user`` (a client) as one JSON-ready document."""
    return stamped(user, checkin_privacy.export_user_data(user))


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
    return csv_text(rows)
