"""The safety plan part of a person's data export (gathered by securebase.privacy.exports)."""

from __future__ import annotations

from securebase.safetyplan.models import SafetyPlan
from securebase.safetyplan.steps import STEPS


def export_user_data(user) -> dict:
    """``user``'s safety plan in plain text, step by step, or None if they have none."""
    plan = SafetyPlan.objects.filter(user=user).first()
    if plan is None:
        return {"safety_plan": None}
    return {
        "safety_plan": {
            "steps": [
                {"step": step.title.en, "field": step.field, "text": getattr(plan, step.field)}
                for step in STEPS
            ],
            "created_at": plan.created_at.isoformat(),
            "updated_at": plan.updated_at.isoformat(),
        }
    }
