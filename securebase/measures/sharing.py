"""Who a client shares questionnaire results with, through the care team's grants.

The care relationships and per-area grants belong to the care feature (`securebase.care`);
this is the one place the questionnaires ask it. Without that feature installed nobody but
the client sees their results.
"""

from __future__ import annotations

from django.apps import apps


def clinicians_seeing(client) -> list:
    """Clinicians who currently hold a grant to `client`'s questionnaire results."""
    if not getattr(client, "is_authenticated", False) or not client.is_client:
        return []
    if not apps.is_installed("securebase.care"):
        return []
    from securebase.care import queries as care_queries

    return list(care_queries.clinicians_with_grant(client, area="assessments"))
