from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import HomeCard, Link, NavEntry
from securebase.core.retention import KeptRecord


class AssessmentsConfig(AppConfig):
    name = "securebase.assessments"
    verbose_name = _("Self-assessment")
    url_prefix = "assessment/"
    nav_entries = (NavEntry(_("Assess"), "assessments:start", order=20),)
    home_cards = (
        HomeCard(
            _("Self-assessment"),
            _("See your attachment anxiety and avoidance, and how they change."),
            (
                Link(_("Take the assessment"), "assessments:start"),
                Link(_("My results over time"), "assessments:history"),
            ),
            order=30,
        ),
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
