"""The demo care team (``practice.demo``): the demo client is the first demo clinician's client
and shares their check-ins and pauses, so the caseload and the client page have data to show.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from securebase.care import areas, registry, services
from securebase.care.models import CareRelationship

SHARED = (areas.CHECKINS, areas.PAUSES)


@transaction.atomic
def seed(*, clinicians, client, now: datetime | None = None) -> None:
    """Start (once) the demo care relationship and turn on the shared areas."""
    now = now or timezone.now()
    relationship, _ = CareRelationship.objects.get_or_create(
        client=client,
        clinician=clinicians[0],
        ended_at=None,
        defaults={"started_at": now - timedelta(weeks=6)},
    )
    for key in SHARED:
        area = registry.area(key)
        if area is not None:
            services.set_area(relationship=relationship, area=area, on=True, now=now)
