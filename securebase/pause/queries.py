from __future__ import annotations

from django.db.models import Count, Q, QuerySet, Sum

from securebase.core.access import clients_own, get_own_or_404
from securebase.pause.models import PauseSession
from securebase.pause.summary import (
    PauseFact,
    PauseGroup,
    PauseSummary,
    summarize_pause_groups,
)


def pauses_visible_to(viewer) -> QuerySet[PauseSession]:
    """The pause sessions ``viewer`` may see: a client's own, and nobody else's."""
    return clients_own(PauseSession, viewer)


def access_pause(viewer, pk: int) -> PauseSession:
    """One pause session ``viewer`` may see; Http404 when it is missing or someone else's."""
    return get_own_or_404(pauses_visible_to(viewer), viewer, pk)


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
    """What ``viewer``'s own pauses add up to (nothing, for anyone but a client).

    One query that the database groups by exercise and outcome: a few rows however many
    pauses there are. Equal to ``summary.summarize_pauses(pause_facts(viewer))``.
    """
    anxiety = Q(anxiety_before__isnull=False, anxiety_after__isnull=False)
    urge = Q(urge_before__isnull=False, urge_after__isnull=False)
    rows = (
        pauses_visible_to(viewer)
        .order_by()
        .values("exercise", "outcome")
        .annotate(
            sessions=Count("pk"),
            rated=Count("pk", filter=anxiety),
            anxiety_before_total=Sum("anxiety_before", filter=anxiety, default=0),
            anxiety_after_total=Sum("anxiety_after", filter=anxiety, default=0),
            urge_rated=Count("pk", filter=urge),
            urge_before_total=Sum("urge_before", filter=urge, default=0),
            urge_after_total=Sum("urge_after", filter=urge, default=0),
        )
    )
    return summarize_pause_groups(
        PauseGroup(**{**row, "outcome": row["outcome"] or None}) for row in rows
    )
