"""Self-assessment data for a person's data export."""

from __future__ import annotations

from securebase.assessments.models import AssessmentResult
from securebase.assessments.scoring import format_score


def export_user_data(user) -> dict:
    """Every self-assessment result `user` saved, oldest first, with the answers given.

    JSON-ready: dates as ISO 8601 in UTC, scores as strings with three decimals (the exact
    means as stored) and one decimal (as shown on the site).
    """
    results = AssessmentResult.objects.filter(client=user).order_by("taken_at", "id")
    return {
        "results": [
            {
                "instrument": r.instrument,
                "instrument_name": r.instrument_short_name,
                "taken_at": r.taken_at.isoformat(),
                "anxiety": str(r.anxiety),
                "avoidance": str(r.avoidance),
                "anxiety_shown": format_score(r.anxiety),
                "avoidance_shown": format_score(r.avoidance),
                "answers": {str(k): v for k, v in sorted(r.answers.items())},
                "items_language": r.items_language,
            }
            for r in results
        ]
    }
