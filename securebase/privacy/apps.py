from django.apps import AppConfig

from securebase.core.retention import KeptRecord


class PrivacyConfig(AppConfig):
    name = "securebase.privacy"
    verbose_name = "Privacy"
    records_of_care = (
        KeptRecord(
            model="privacy.AuditEvent",
            description="The audit log of who at the practice looked at your information, and when",
            person="subject",
            email="subject_email",
            contact="at",
        ),
    )
