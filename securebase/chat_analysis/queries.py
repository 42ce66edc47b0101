from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from securebase.chat_analysis.models import SavedSummary


def summaries_visible_to(viewer) -> QuerySet[SavedSummary]:
    """The saved summaries ``viewer`` may see: a client's own, and nobody else's."""
    if not viewer.is_authenticated or not viewer.is_client:
        return SavedSummary.objects.none()
    return SavedSummary.objects.filter(user=viewer)


def get_summary(viewer, pk: int) -> SavedSummary:
    """One saved summary ``viewer`` may see; Http404 when it is missing or someone else's."""
    summary = summaries_visible_to(viewer).filter(pk=pk).first()
    if summary is None:
        raise Http404("No such summary.")
    return summary


def summary_list(viewer) -> QuerySet[SavedSummary]:
    """``viewer``'s saved summaries, newest first, without the numbers blob."""
    return summaries_visible_to(viewer).defer("numbers")
