"""Symptom questionnaire results for a person's data export."""

from __future__ import annotations

from securebase.measures.models import MeasureResult, Request


def export_user_data(user) -> dict:
    """Every PHQ-9 and GAD-7 result `user` saved, oldest first, with the answers given, and
    every questionnaire a clinician asked them to take.

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
                "items_language": r.items_language,
            }
            for r in results
        ],
        "asked_by_clinicians": [
            {
                "instrument": q.instrument,
                "clinician": q.schedule.relationship.clinician.email,
                "repeat": q.schedule.repeat,
                "due_at": q.due_at.isoformat(),
                "emailed_at": q.notified_at.isoformat() if q.notified_at else None,
                "completed_at": q.completed_at.isoformat() if q.completed_at else None,
            }
            for q in Request.objects.filter(client=user)
            .select_related("schedule__relationship__clinician")
            .order_by("due_at", "pk")
        ],
    }
