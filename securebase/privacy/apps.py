from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.retention import KeptRecord


class PrivacyConfig(AppConfig):
    name = "securebase.privacy"
    verbose_name = _("Privacy")
    records_of_care = (
        KeptRecord(
            model="privacy.AuditEvent",
            description=_(
                "The audit log of who at the practice looked at your information, and when"
            ),
            person="subject",
            email="subject_email",
            contact="at",
        ),
    )
