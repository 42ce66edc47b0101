from django.apps import AppConfig

from securebase.core.features import CLIENTS_AND_VISITORS, HomeCard, Link, NavEntry


class JournalConfig(AppConfig):
    name = "securebase.journal"
    verbose_name = "Journal"
    url_prefix = "journal/"
    nav_entries = (NavEntry("Journal", "journal:start", order=60, audience=CLIENTS_AND_VISITORS),)
    home_cards = (
        HomeCard(
            "Journal",
            "Guided prompts on where the pattern began, and on life after a breakup.",
            (Link("Open your journal", "journal:start"),),
            order=40,
        ),
    )
