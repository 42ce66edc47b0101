"""Reads of self-assessment results, always scoped to the person asking."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from securebase.assessments.models import AssessmentResult


def results_visible_to(viewer) -> QuerySet[AssessmentResult]:
    """The results `viewer` may see: their own, newest first. Nobody else's, not even a
    clinician's (sharing with a care team is a later, explicit choice of the client)."""
    if not getattr(viewer, "is_authenticated", False):
        return AssessmentResult.objects.none()
    return AssessmentResult.objects.filter(client=viewer)


def result_for(viewer, result_id: int) -> AssessmentResult:
    """One of `viewer`'s results; Http404 when it does not exist or belongs to someone else,
    so a guessed id reveals nothing."""
    try:
        return results_visible_to(viewer).get(pk=result_id)
    except AssessmentResult.DoesNotExist:
        raise Http404("No such result.") from None


def history_for(viewer) -> list[AssessmentResult]:
    """All of `viewer`'s results, oldest first, in one query (for the chart and table)."""
    return list(
        results_visible_to(viewer)
        .order_by("taken_at", "id")
        .only("id", "instrument", "taken_at", "anxiety", "avoidance", "items_language")
    )
