import contextlib

from django.apps import AppConfig

from securebase.core.features import HomeCard, Link, NavEntry


class ChatAnalysisConfig(AppConfig):
    name = "securebase.chat_analysis"
    verbose_name = "Reality check"
    url_prefix = "reality-check/"
    nav_entries = (NavEntry("Reality check", "chat_analysis:start", order=50),)
    home_cards = (
        HomeCard(
            "Reality check",
            "How unusual is this silence, really? Ask your own chat history.",
            (
                Link("Check a silence", "chat_analysis:start"),
                Link("Saved reality checks", "chat_analysis:saved"),
            ),
            order=50,
        ),
    )

    def ready(self) -> None:
        # Whatever a killed worker left behind goes at start-up (see uploads.py).
        from securebase.chat_analysis import uploads

        with contextlib.suppress(OSError):
            uploads.remove_leftovers()
