"""Deployment checks for decisions only the practice can make."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def check_practice_decisions(app_configs, **kwargs):
    """Warn while the ECR permission or the telehealth platform details are not set."""
    warnings = []
    if not settings.ECR_PERMISSION:
        warnings.append(
            Warning(
                "ECR_PERMISSION is not set: the ECR-R and ECR-S authors ask commercial users "
                "to obtain permission before using the questionnaires.",
                hint=(
                    "Set ECR_PERMISSION=granted once the practice has the authors' permission, "
                    "or ECR_PERMISSION=non-commercial if its use is not commercial. "
                    "See docs/assessments.md."
                ),
                id="securebase.W101",
            )
        )
    if not (settings.TELEHEALTH_PLATFORM and settings.TELEHEALTH_DATA_HANDLING):
        warnings.append(
            Warning(
                "TELEHEALTH_PLATFORM or TELEHEALTH_DATA_HANDLING is not set: the telehealth "
                "consent cannot tell clients which video platform is used and how its data is "
                "handled.",
                hint="Set both; see docs/records.md.",
                id="securebase.W102",
            )
        )
    return warnings
