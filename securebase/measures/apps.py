from django.apps import AppConfig

from securebase.core.features import HomeCard, Link


class MeasuresConfig(AppConfig):
    name = "securebase.measures"
    verbose_name = "Symptom questionnaires"
    url_prefix = "questionnaires/"
    home_cards = (
        HomeCard(
            "Questionnaires",
            "The PHQ-9 and GAD-7: two short check-ups on mood and anxiety, followed over time.",
            (
                Link("Take a questionnaire", "measures:start"),
                Link("My questionnaire results", "measures:history"),
            ),
            order=35,
        ),
    )
