from django.apps import AppConfig

from securebase.core.features import HomeCard, Link, NavEntry
from securebase.core.retention import KeptRecord


class AssessmentsConfig(AppConfig):
    name = "securebase.assessments"
    verbose_name = "Self-assessment"
    url_prefix = "assessment/"
    nav_entries = (NavEntry("Assess", "assessments:start", order=20),)
    home_cards = (
        HomeCard(
            "Self-assessment",
            "See your attachment anxiety and avoidance, and how they change.",
            (
                Link("Take the assessment", "assessments:start"),
                Link("My results over time", "assessments:history"),
            ),
            order=30,
        ),
    )
    records_of_care = (
        KeptRecord(
            model="assessments.AssessmentResult",
            description=(
                "Self-assessment (ECR) results a clinician could see because you shared your "
                "assessment history with them"
            ),
            otherwise="Self-assessment (ECR) results you never shared with a clinician",
            person="client",
            email="kept_email",
            contact="taken_at",
        ),
    )
