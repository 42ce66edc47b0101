from django.apps import AppConfig

from securebase.core.features import CLIENTS_AND_VISITORS, HomeCard, Link, NavEntry


class CheckinsConfig(AppConfig):
    name = "securebase.checkins"
    verbose_name = "Check-ins"
    url_prefix = "check-in/"
    nav_entries = (NavEntry("Check in", "checkins:start", order=30, audience=CLIENTS_AND_VISITORS),)
    home_cards = (
        HomeCard(
            "Check in",
            "A minute to notice how you are, what set it off and what helped.",
            (
                Link("Do a check-in", "checkins:start"),
                Link("Your trends", "checkins:trends"),
                Link("Earlier check-ins", "checkins:history"),
            ),
            order=10,
        ),
    )
