from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import declare_client_tool
from securebase.core.retention import KeptRecord


class AssessmentsConfig(AppConfig):
    name = "securebase.assessments"
    verbose_name = _("Self-assessment")
    url_prefix = "assessment/"
    hooks = {"warm_up": "securebase.assessments.catalog.offered_instruments"}
    nav_entries, home_cards = declare_client_tool(
        _("Self-assessment"),
        _("See your attachment anxiety and avoidance, and how they change."),
        {
            "assessments:start": _("Take the assessment"),
            "assessments:history": _("My results over time"),
        },
        nav_order=20,
        card_order=30,
        nav_label=_("Assess"),
    )
    records_of_care = (
        KeptRecord(
            model="assessments.AssessmentResult",
            description=_(
                "Self-assessment (ECR) results a clinician could see because you shared your "
                "assessment history with them"
            ),
            otherwise=_("Self-assessment (ECR) results you never shared with a clinician"),
            person="client",
            email="kept_email",
            contact="taken_at",
        ),
    )
