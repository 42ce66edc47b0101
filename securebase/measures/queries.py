"""Reads of symptom questionnaire results, always scoped to the person asking."""

from __future__ import annotations

from django.db.models import QuerySet

from securebase.core.access import get_for_viewer_or_404
from securebase.measures.models import MeasureResult


def own_results(viewer) -> QuerySet[MeasureResult]:
    """`viewer`'s own results, newest first; none for anyone not logged in."""
    if not getattr(viewer, "is_authenticated", False):
        return MeasureResult.objects.none()
    return MeasureResult.objects.filter(client=viewer)


def access_result(viewer, pk: int) -> MeasureResult:
    """One of `viewer`'s results; Http404 when missing or someone else's."""
    return get_for_viewer_or_404(own_results(viewer), pk)


def history(results: QuerySet[MeasureResult]) -> list[MeasureResult]:
    """`results` oldest first, in one query, without the encrypted answers."""
    return list(
        results.order_by("taken_at", "id").only(
            "id",
            "client_id",
            "instrument",
            "taken_at",
            "total",
            "band",
            "safety_flag",
            "items_language",
        )
    )
