from django.apps import AppConfig

from securebase.core.features import HomeCard, Link, NavEntry


class PauseConfig(AppConfig):
    name = "securebase.pause"
    verbose_name = "Pause"
    url_prefix = "pause/"
    nav_entries = (NavEntry("Pause", "pause:start", order=40),)
    home_cards = (
        HomeCard(
            "Pause",
            "For the moment the urge to text, check or ask arrives.",
            (Link("Take a pause", "pause:start"), Link("Your pauses", "pause:history")),
            order=20,
        ),
    )
