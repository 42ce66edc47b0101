"""Writes to safety plans: save (create or replace) and delete, by the plan's owner only."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from securebase.safetyplan.models import SafetyPlan
from securebase.safetyplan.steps import FIELDS


@transaction.atomic
def save_plan(*, user, answers: dict[str, str], now: datetime) -> SafetyPlan:
    """Create ``user``'s plan or replace its steps with ``answers`` (step field -> text).

    Steps missing from ``answers`` are saved empty. Returns the saved plan.
    """
    values = {field: answers.get(field, "").strip() for field in FIELDS}
    plan, created = SafetyPlan.objects.select_for_update().get_or_create(
        user=user, defaults={**values, "created_at": now, "updated_at": now}
    )
    if not created:
        for field, text in values.items():
            setattr(plan, field, text)
        plan.updated_at = now
        plan.save()
    return plan


@transaction.atomic
def delete_plan(*, user) -> bool:
    """Delete ``user``'s plan; False when there was none."""
    deleted, _ = SafetyPlan.objects.filter(user=user).delete()
    return deleted > 0
