import contextlib

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import declare_client_tool


class ChatAnalysisConfig(AppConfig):
    name = "securebase.chat_analysis"
    verbose_name = _("Reality check")
    url_prefix = "reality-check/"
    nav_entries, home_cards = declare_client_tool(
        _("Reality check"),
        _("How unusual is this silence, really? Ask your own chat history."),
        {
            "chat_analysis:start": _("Check a silence"),
            "chat_analysis:saved": _("Saved reality checks"),
        },
        nav_order=50,
        card_order=50,
    )

    def ready(self) -> None:
        # Whatever a killed worker left behind goes at start-up (see uploads.py).
        from securebase.chat_analysis import uploads

        with contextlib.suppress(OSError):
            uploads.remove_leftovers()
