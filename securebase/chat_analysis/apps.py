import contextlib

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import HomeCard, Link, NavEntry


class ChatAnalysisConfig(AppConfig):
    name = "securebase.chat_analysis"
    verbose_name = _("Reality check")
    url_prefix = "reality-check/"
    nav_entries = (NavEntry(_("Reality check"), "chat_analysis:start", order=50),)
    home_cards = (
        HomeCard(
            _("Reality check"),
            _("How unusual is this silence, really? Ask your own chat history."),
            (
                Link(_("Check a silence"), "chat_analysis:start"),
                Link(_("Saved reality checks"), "chat_analysis:saved"),
            ),
            order=50,
        ),
    )

    def ready(self) -> None:
        # Whatever a killed worker left behind goes at start-up (see uploads.py).
        from securebase.chat_analysis import uploads

        with contextlib.suppress(OSError):
            uploads.remove_leftovers()
