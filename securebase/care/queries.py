"""Every read of the care team, scoped to the viewer.

A clinician reaches a client's data only through ``access_area`` (or ``access_shared_entry``):
an active relationship with that client and an open grant for that area. Anything else —
no grant, a revoked grant, an ended relationship, another clinician's client, a staff or
client account — raises the same Http404 as a client that does not exist.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from securebase.accounts.guards import is_client, is_clinician
from securebase.accounts.models import User
from securebase.care import registry
from securebase.care.areas import JOURNAL_ENTRY, Area
from securebase.care.models import Assignment, CareRelationship, Grant, Invitation
from securebase.core.access import found_or_404, get_for_viewer_or_404
from securebase.privacy.models import AuditEvent

# --- the clinician's side -----------------------------------------------------------------------


def active_relationships_of_clinician(viewer) -> QuerySet[CareRelationship]:
    if not is_clinician(viewer):
        return CareRelationship.objects.none()
    return CareRelationship.objects.filter(clinician=viewer, ended_at__isnull=True)


def access_client(viewer, client_id: int) -> CareRelationship:
    """``viewer``'s active relationship with client ``client_id``, client loaded; else 404."""
    relationships = active_relationships_of_clinician(viewer).select_related("client")
    return get_for_viewer_or_404(relationships, client_id, field="client_id")


def open_area_keys(relationship: CareRelationship) -> set[str]:
    """The areas (not single entries) open to the relationship's clinician right now."""
    if relationship.ended_at is not None:
        return set()
    return set(
        relationship.grants.filter(revoked_at__isnull=True, entry__isnull=True).values_list(
            "area", flat=True
        )
    )


def granted_areas(relationship: CareRelationship) -> list[Area]:
    """The offered areas open to the relationship's clinician, in page order."""
    keys = open_area_keys(relationship)
    return [area for area in registry.areas() if area.key in keys]


def _open_grant(viewer, client_id: int, *, related: tuple[str, ...] = (), **which) -> Grant | None:
    """The grant ``which`` (an area, or one entry) that the client gave ``viewer`` in their
    active relationship and has not taken back, its relationship's client loaded along with
    ``related``; None when there is none. One query, under access_area and access_shared_entry."""
    return (
        Grant.objects.filter(
            relationship__clinician=viewer,
            relationship__client_id=client_id,
            relationship__ended_at__isnull=True,
            revoked_at__isnull=True,
            **which,
        )
        .select_related(*related, "relationship__client")
        .first()
    )


def access_area(viewer, client_id: int, area_key: str) -> tuple[CareRelationship, Area]:
    """The relationship and area when ``viewer`` may see ``area_key`` of the client's data.

    One query. Http404 for every refusal, exactly as for a client that does not exist.
    """
    area = registry.area(area_key)
    if area is None or not is_clinician(viewer):
        raise Http404("No such client.")
    grant = _open_grant(viewer, client_id, area=area.key, entry__isnull=True)
    return found_or_404(grant, "client").relationship, area


def access_shared_entry(viewer, client_id: int, entry_id: int):
    """One journal entry the client shared with ``viewer`` and has not unshared; else 404."""
    if not is_clinician(viewer):
        raise Http404("No such entry.")
    grant = found_or_404(
        _open_grant(viewer, client_id, related=("entry",), area=JOURNAL_ENTRY, entry_id=entry_id),
        "entry",
    )
    return grant.relationship, grant.entry


def shared_entries(relationship: CareRelationship) -> list:
    """The journal entries open to the clinician, newest first (titles and dates only)."""
    grants = (
        relationship.grants.filter(area=JOURNAL_ENTRY, revoked_at__isnull=True)
        .select_related("entry")
        .defer("entry__body")
        .order_by("-entry__created_at")
    )
    return [grant.entry for grant in grants]


def can_see(viewer, client, area_key: str) -> bool:
    """True when ``viewer`` may see ``area_key`` of ``client``'s data (for other apps)."""
    try:
        access_area(viewer, client.pk, area_key)
    except Http404:
        return False
    return True


def sharing_now(area: str, prefix: str = "") -> Q:
    """Rows whose care relationship (at ``prefix``) is active and shares the whole of ``area``
    now: an open grant of the area, not of one journal entry.

    ``prefix`` is the lookup path from the filtered model to the relationship, e.g.
    "care_as_client__"; "" filters relationships themselves.
    """
    return Q(
        **{
            f"{prefix}ended_at__isnull": True,
            f"{prefix}grants__area": area,
            f"{prefix}grants__entry__isnull": True,
            f"{prefix}grants__revoked_at__isnull": True,
        }
    )


def clients_sharing(viewer, area_key: str) -> QuerySet[User]:
    """The clients who share ``area_key`` with clinician ``viewer`` right now."""
    if not is_clinician(viewer):
        return User.objects.none()
    return User.objects.filter(
        sharing_now(area_key, "care_as_client__"), care_as_client__clinician=viewer
    ).distinct()


def clinicians_with_grant(client, *, area: str) -> QuerySet[User]:
    """The clinicians ``client`` shares ``area`` with right now (for other apps)."""
    if not is_client(client):
        return User.objects.none()
    return User.objects.filter(
        sharing_now(area, "care_as_clinician__"),
        role=User.Role.CLINICIAN,
        care_as_clinician__client=client,
    ).distinct()


def invitations_sent(viewer) -> QuerySet[Invitation]:
    if not is_clinician(viewer):
        return Invitation.objects.none()
    return Invitation.objects.filter(clinician=viewer)


def access_invitation_sent(viewer, pk: int) -> Invitation:
    return get_for_viewer_or_404(invitations_sent(viewer), pk)


def assignments_given(relationship: CareRelationship) -> QuerySet[Assignment]:
    return relationship.assignments.all()


# --- the client's side --------------------------------------------------------------------------


@dataclass(frozen=True)
class Sharing:
    """One clinician as the client's "who can see what" page shows them."""

    relationship: CareRelationship
    switches: list[tuple[Area, bool]]
    entries: int


def sharing_for(viewer) -> list[Sharing]:
    """``viewer``'s active relationships, each with every area and whether it is on."""
    if not is_client(viewer):
        return []
    relationships = (
        CareRelationship.objects.filter(client=viewer, ended_at__isnull=True)
        .select_related("clinician")
        .prefetch_related(
            Prefetch(
                "grants",
                queryset=Grant.objects.filter(revoked_at__isnull=True),
                to_attr="open_grants",
            )
        )
        .order_by("started_at", "pk")
    )
    offered = registry.areas()
    result = []
    for relationship in relationships:
        on = {g.area for g in relationship.open_grants if g.entry_id is None}
        entries = sum(1 for g in relationship.open_grants if g.entry_id is not None)
        result.append(Sharing(relationship, [(area, area.key in on) for area in offered], entries))
    return result


def sharing_on_page(request) -> list[Sharing]:
    """``sharing_for(request.user)``, worked out once for the page being drawn: on a client's
    home the care team's card and the questionnaires' due list both need it."""
    if not hasattr(request, "_care_sharing"):
        request._care_sharing = sharing_for(request.user)
    return request._care_sharing


def access_relationship_as_client(viewer, pk: int) -> CareRelationship:
    """One of ``viewer``'s own active relationships; Http404 for anything else."""
    if not is_client(viewer):
        raise Http404("No such clinician.")
    relationships = CareRelationship.objects.filter(client=viewer, ended_at__isnull=True)
    return get_for_viewer_or_404(relationships.select_related("clinician"), pk)


def grant_history(viewer) -> QuerySet[Grant]:
    """Every grant ``viewer`` (a client) ever gave, newest first: who, what, when."""
    if not is_client(viewer):
        return Grant.objects.none()
    return (
        Grant.objects.filter(relationship__client=viewer)
        .select_related("relationship__clinician", "entry")
        .defer("entry__body")
    )


def who_has_looked(viewer) -> QuerySet[AuditEvent]:
    """Every audit row about ``viewer`` (a client), newest first."""
    if not is_client(viewer):
        return AuditEvent.objects.none()
    return AuditEvent.objects.filter(subject=viewer).select_related("viewer").order_by("-at", "-pk")


def homework_for(viewer) -> QuerySet[Assignment]:
    """``viewer``'s homework from clinicians they are still connected with, open first."""
    if not is_client(viewer):
        return Assignment.objects.none()
    return (
        Assignment.objects.filter(relationship__client=viewer, relationship__ended_at__isnull=True)
        .select_related("relationship__clinician")
        .order_by("done_at", "due_on", "-assigned_at")
    )


def access_assignment_as_client(viewer, pk: int) -> Assignment:
    return get_for_viewer_or_404(homework_for(viewer), pk)


def entry_sharing(viewer, entry) -> list[tuple[CareRelationship, bool]]:
    """For a journal entry of ``viewer``'s: each active clinician and whether they see it."""
    if not is_client(viewer) or entry.user_id != viewer.pk:
        return []
    relationships = list(
        CareRelationship.objects.filter(client=viewer, ended_at__isnull=True).select_related(
            "clinician"
        )
    )
    shared: defaultdict[int, bool] = defaultdict(bool)
    for rel_id in Grant.objects.filter(
        relationship__in=relationships, entry=entry, revoked_at__isnull=True
    ).values_list("relationship_id", flat=True):
        shared[rel_id] = True
    return [(r, shared[r.pk]) for r in relationships]
