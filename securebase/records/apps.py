from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import CLINIC_HOME, CLINICIANS, HomeCard, Link
from securebase.core.retention import KeptRecord


class RecordsConfig(AppConfig):
    name = "securebase.records"
    verbose_name = _("Clinical records")
    url_prefix = "records/"
    home_cards = (
        HomeCard(
            _("Your documents"),
            _("Documents from your clinician to read and sign, and copies of what you signed."),
            (Link(_("Your documents"), "records:mine"),),
            order=70,
        ),
        HomeCard(
            _("Intake documents"),
            _("Packets you sent, what is signed and what is outstanding."),
            (Link(_("Intake documents"), "records:clinic"),),
            order=20,
            home=CLINIC_HOME,
            audience=CLINICIANS,
        ),
    )
    page_slots = {
        "clinic_booking": "securebase.records.slots.clinic_booking",
        "client_home": "securebase.records.slots.client_home",
        "care_client": "securebase.records.slots.care_client",
    }
    hooks = {
        "consultation_completed": "securebase.records.hooks.consultation_completed",
        "warm_up": "securebase.records.hooks.warm_up",
    }
    records_of_care = (
        KeptRecord(
            model="records.Packet",
            description=_("Documents the practice sent you to sign"),
            person="client",
            email="client_email",
            contact="sent_at",
        ),
        KeptRecord(
            model="records.Signature",
            description=_(
                "Consents and documents you signed, with the exact text, the language, the time "
                "and the address you signed from"
            ),
            person="signer",
            email="signer_email",
            contact="signed_at",
        ),
        KeptRecord(
            model="records.SessionStart",
            description=_(
                "The clinician's checks at the start of each telehealth session: your identity, "
                "where you were and your emergency contact"
            ),
            person="booking__client",
            email="booking__email",
            contact="started_at",
        ),
    )

    def ready(self):
        from securebase.records import checks  # noqa: F401  (registers the checks)
