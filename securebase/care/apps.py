from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import CLINIC_HOME, CLINICIANS, HomeCard, Link, NavEntry
from securebase.core.retention import KeptRecord


class CareConfig(AppConfig):
    name = "securebase.care"
    verbose_name = _("Care team")
    clinic_glance = "securebase.care.glance.clinic_glance"
    url_prefix = "care/"
    nav_entries = (NavEntry(_("Clients"), "care:caseload", order=15, audience=CLINICIANS),)
    home_cards = (
        HomeCard(
            _("Your clients"),
            _("Each client's trend, homework and what they share with you; invite someone new."),
            (Link(_("Your clients"), "care:caseload"), Link(_("Invite someone"), "care:invite")),
            order=20,
            home=CLINIC_HOME,
            audience=CLINICIANS,
        ),
    )
    page_slots = {
        "client_home": "securebase.care.slots.client_home",
        "journal_entry": "securebase.care.slots.journal_entry",
        "clinic_booking": "securebase.care.slots.clinic_booking",
    }
    hooks = {
        "activity_done": "securebase.care.hooks.activity_done",
        "account_closing": "securebase.care.hooks.account_closing",
    }
    self_made_summary = _("Invitations to connect with a clinician, sent or received")
    records_of_care = (
        KeptRecord(
            model="care.CareRelationship",
            description=_(
                "Your connections with clinicians: when each began and ended, what you let "
                "each one see and when (your consents), and the homework they gave you"
            ),
            person="client",
            email="client_email",
            contact="ended_at",
        ),
    )

    def ready(self):
        from securebase.care.panels import register_built_in

        register_built_in()
