"""Symptom questionnaire results for a person's data export."""

from __future__ import annotations

from securebase.measures.models import MeasureResult


def export_user_data(user) -> dict:
    """Every PHQ-9 and GAD-7 result `user` saved, oldest first, with the answers given.

    JSON-ready: dates as ISO 8601 in UTC.
    """
    results = MeasureResult.objects.filter(client=user).order_by("taken_at", "id")
    return {
        "results": [
            {
                "instrument": r.instrument,
                "taken_at": r.taken_at.isoformat(),
                "total": r.total,
                "band": r.band,
                "item_9_flag": r.safety_flag,
                "answers": {str(k): v for k, v in sorted(r.answers.items())},
            }
            for r in results
        ]
    }
