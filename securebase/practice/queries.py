from __future__ import annotations

from django.db.models import QuerySet

from securebase.practice.models import ClinicianProfile


def listed_clinicians() -> QuerySet[ClinicianProfile]:
    """Clinicians shown to the public, in display order, with their user loaded."""
    return ClinicianProfile.objects.filter(is_listed=True, user__is_active=True).select_related(
        "user"
    )
