from __future__ import annotations

from django.db.models import QuerySet

from securebase.core.access import get_for_viewer_or_404
from securebase.pause.models import PauseSession
from securebase.pause.summary import PauseFact, PauseSummary, summarize_pauses


def pauses_visible_to(viewer) -> QuerySet[PauseSession]:
    """The pause sessions ``viewer`` may see: a client's own, and nobody else's."""
    if not viewer.is_authenticated or not viewer.is_client:
        return PauseSession.objects.none()
    return PauseSession.objects.filter(user=viewer)


def access_pause(viewer, pk: int) -> PauseSession:
    """One pause session ``viewer`` may see; Http404 when it is missing or someone else's."""
    session = get_for_viewer_or_404(pauses_visible_to(viewer), pk)
    session.user = viewer
    return session


def pause_history(viewer) -> QuerySet[PauseSession]:
    """``viewer``'s own pauses, newest first, without the encrypted message (not listed)."""
    return pauses_visible_to(viewer).defer("unsent_message")


def pause_facts(viewer) -> list[PauseFact]:
    """What the trends need from ``viewer``'s pauses, in time order, in one query."""
    rows = (
        pauses_visible_to(viewer)
        .order_by("started_at", "pk")
        .values_list(
            "started_at",
            "exercise",
            "anxiety_before",
            "anxiety_after",
            "urge_before",
            "urge_after",
            "outcome",
        )
    )
    return [
        PauseFact(at, exercise, a_before, a_after, u_before, u_after, outcome or None)
        for at, exercise, a_before, a_after, u_before, u_after, outcome in rows
    ]


def pause_summary(viewer) -> PauseSummary:
    """What ``viewer``'s own pauses add up to (nothing, for anyone but a client)."""
    return summarize_pauses(pause_facts(viewer))
