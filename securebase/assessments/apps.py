from django.apps import AppConfig

from securebase.core.features import HomeCard, Link, NavEntry


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
