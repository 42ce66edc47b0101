"""What the clinic home shows of the care team (``core.features.clinic_glance``): clients with
something new in what they share.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.urls import reverse
from django.utils.timesince import timesince
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from securebase.care import caseload, services
from securebase.core.features import Glance, GlanceItem, ResolvedLink

# "New" is anything from the last two days: long enough to bridge a day off.
NEW_WITHIN = timedelta(days=2)
SHOWN = 8


def clinic_glance(viewer, *, now: datetime) -> list[Glance]:
    """``viewer``'s clients whose shared check-ins or pauses have something from the last
    ``NEW_WITHIN``, most recent first (the caseload's fixed queries, plus one audit insert)."""
    rows = [
        row
        for row in caseload.caseload_rows(viewer, now=now)
        if row.last_activity and row.last_activity >= now - NEW_WITHIN
    ]
    rows.sort(key=lambda row: row.last_activity, reverse=True)
    rows = rows[:SHOWN]
    services.record_looks(
        viewer=viewer,
        looks=[
            (row.client, area)
            for row in rows
            for area in row.shared
            if area.key in caseload.AUDITED_AREAS
        ],
        detail="clinic home",
    )
    return [
        Glance(
            _("Clients with something new"),
            tuple(
                GlanceItem(
                    gettext("%(name)s: last check-in or pause %(time)s ago")
                    % {
                        "name": row.client.get_full_name() or row.client.email,
                        "time": timesince(row.last_activity, now, depth=1),
                    },
                    reverse("care:client", args=[row.client.pk]),
                )
                for row in rows
            ),
            _("Nothing new from your clients in the last two days."),
            ResolvedLink(_("Your clients"), reverse("care:caseload")),
            order=20,
        )
    ]
