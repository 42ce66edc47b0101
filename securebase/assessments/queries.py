"""Reads of self-assessment results, always scoped to the person asking."""

from __future__ import annotations

from django.db.models import QuerySet

from securebase.assessments.models import AssessmentResult
from securebase.core.access import get_for_viewer_or_404


def results_visible_to(viewer) -> QuerySet[AssessmentResult]:
    """The results `viewer` may see: their own, newest first. Nobody else's, not even a
    clinician's (sharing with a care team is a later, explicit choice of the client)."""
    if not getattr(viewer, "is_authenticated", False):
        return AssessmentResult.objects.none()
    return AssessmentResult.objects.filter(client=viewer)


def access_result(viewer, pk: int) -> AssessmentResult:
    """One of `viewer`'s results; Http404 when it does not exist or belongs to someone else,
    so a guessed id reveals nothing."""
    return get_for_viewer_or_404(results_visible_to(viewer), pk)


def history_for(viewer) -> list[AssessmentResult]:
    """All of `viewer`'s results, oldest first, in one query (for the chart and table)."""
    return list(
        results_visible_to(viewer)
        .order_by("taken_at", "id")
        .only("id", "instrument", "taken_at", "anxiety", "avoidance", "items_language")
    )
