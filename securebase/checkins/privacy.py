"""A client's check-ins, for the account-wide export (securebase.privacy.exports)."""

from __future__ import annotations

from securebase.checkins import vocabulary
from securebase.checkins.models import Checkin
from securebase.core.own_rows import OwnRows


def _terms(kind: str, keys: list[str]) -> list[dict]:
    return [{"key": key, "label": vocabulary.label_for(kind, key)} for key in keys]


def checkin_record(checkin: Checkin, tz) -> dict:
    """One check-in as JSON-ready data; times in ``tz`` (the person's time zone)."""
    return {
        "created_at": checkin.created_at.astimezone(tz).isoformat(),
        "day": checkin.local_day(tz).isoformat(),
        "updated_at": checkin.updated_at.astimezone(tz).isoformat(),
        "anxiety": checkin.anxiety,
        "emotions": _terms("emotion", checkin.emotions),
        "triggers": _terms("trigger", checkin.triggers),
        "protest_behaviors": [
            {"key": key, "label": vocabulary.label_for("behavior", key), "mark": mark}
            for key, mark in checkin.behaviors.items()
        ],
        "helped": _terms("helped", checkin.helped),
        "note": checkin.note,
    }


CHECKINS = OwnRows(Checkin, made_at="created_at", key="checkins", record=checkin_record)

# Every check-in the person made, oldest first, notes decrypted (it is their own data).
export_user_data = CHECKINS.document
