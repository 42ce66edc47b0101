from __future__ import annotations

from django.db.models import QuerySet

from securebase.checkins.models import Checkin
from securebase.checkins.trends import CheckinFact
from securebase.core.access import get_for_viewer_or_404


def checkins_visible_to(viewer) -> QuerySet[Checkin]:
    """The check-ins ``viewer`` may see: a client's own, and nobody else's.

    Check-ins are a client's private practice; clinicians and staff see none of them here.
    """
    if not viewer.is_authenticated or not viewer.is_client:
        return Checkin.objects.none()
    return Checkin.objects.filter(user=viewer)


def access_checkin(viewer, pk: int) -> Checkin:
    """One check-in ``viewer`` may see; Http404 when it is missing or someone else's."""
    checkin = get_for_viewer_or_404(checkins_visible_to(viewer), pk)
    checkin.user = viewer  # the owner is the viewer: spare the query
    return checkin


def checkin_history(viewer) -> QuerySet[Checkin]:
    """``viewer``'s own check-ins, newest first, without the encrypted note (not shown)."""
    return checkins_visible_to(viewer).defer("note")


def checkin_facts(viewer) -> list[CheckinFact]:
    """What the trends need from ``viewer``'s check-ins, in time order, in one query."""
    rows = (
        checkins_visible_to(viewer)
        .order_by("created_at", "pk")
        .values_list("created_at", "anxiety", "triggers", "behaviors")
    )
    return [
        CheckinFact(at, anxiety, tuple(triggers or ()), behaviors or {})
        for at, anxiety, triggers, behaviors in rows
    ]
