"""Who a client shares questionnaire results with, through the care team's grants.

The care relationships and per-area grants belong to the care feature (`securebase.care`);
this is the one place the questionnaires ask it. Questionnaire results belong to the care
team's "assessments" area: a clinician sees them (and schedules questionnaires) only while the
relationship is active and that area is shared. Without the care feature installed, nobody but
the client sees their results and nothing is scheduled.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models import Q

AREA = "assessments"
CARE_APP = "securebase.care"


def care_installed() -> bool:
    return apps.is_installed(CARE_APP)


def live(prefix: str = "") -> Q:
    """Rows whose care relationship (at `prefix`) is active with the results area shared now.

    `prefix` is the lookup path from the filtered model to the relationship, e.g.
    "schedule__relationship__"; "" filters relationships themselves.
    """
    from securebase.care.queries import sharing_now

    return sharing_now(AREA, prefix)


def shared_on_page(request) -> bool:
    """Whether ``request.user`` shares their results with anyone now, read from the care
    team's relationships already fetched for the page (``care.queries.sharing_on_page``), so
    a client who shares them with no one costs the page no question about questionnaires."""
    if not care_installed():
        return False
    from securebase.care.queries import sharing_on_page

    return any(
        grant.area == AREA and grant.entry_id is None
        for sharing in sharing_on_page(request)
        for grant in sharing.relationship.open_grants
    )


def clinicians_seeing(client) -> list:
    """Clinicians who currently hold a grant to `client`'s questionnaire results."""
    if not care_installed() or not getattr(client, "is_authenticated", False):
        return []
    if not client.is_client:
        return []
    from securebase.care.models import CareRelationship

    relationships = (
        CareRelationship.objects.filter(live(), client=client)
        .select_related("clinician")
        .distinct()
        .order_by("clinician__full_name", "clinician_id")
    )
    return [r.clinician for r in relationships]
