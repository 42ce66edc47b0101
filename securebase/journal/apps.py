from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import CLIENTS_AND_VISITORS, declare_client_tool


class JournalConfig(AppConfig):
    name = "securebase.journal"
    verbose_name = "Journal"
    url_prefix = "journal/"
    nav_entries, home_cards = declare_client_tool(
        _("Journal"),
        _("Guided prompts on where the pattern began, and on life after a breakup."),
        {"journal:start": _("Open your journal")},
        nav_order=60,
        card_order=40,
        nav_audience=CLIENTS_AND_VISITORS,
    )
