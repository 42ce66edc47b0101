"""Reads of safety plans. A plan is its owner's alone: no one else reads it through the site."""

from __future__ import annotations

from securebase.safetyplan.models import SafetyPlan


def plan_of(viewer) -> SafetyPlan | None:
    """``viewer``'s own plan, or None (for a visitor, or someone who has not made one)."""
    if not getattr(viewer, "is_authenticated", False):
        return None
    return SafetyPlan.objects.filter(user=viewer).first()
