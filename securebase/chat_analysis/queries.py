from __future__ import annotations

from django.db.models import QuerySet

from securebase.chat_analysis.models import SavedSummary
from securebase.core.access import clients_own, get_for_viewer_or_404


def summaries_visible_to(viewer) -> QuerySet[SavedSummary]:
    """The saved summaries ``viewer`` may see: a client's own, and nobody else's."""
    return clients_own(SavedSummary, viewer)


def access_summary(viewer, pk: int) -> SavedSummary:
    """One saved summary ``viewer`` may see; Http404 when it is missing or someone else's."""
    return get_for_viewer_or_404(summaries_visible_to(viewer), pk)


def summary_list(viewer) -> QuerySet[SavedSummary]:
    """``viewer``'s saved summaries, newest first, without the numbers blob."""
    return summaries_visible_to(viewer).defer("numbers")
