from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import CLIENTS_AND_VISITORS, HomeCard, Link, NavEntry


class JournalConfig(AppConfig):
    name = "securebase.journal"
    verbose_name = "Journal"
    url_prefix = "journal/"
    nav_entries = (
        NavEntry(_("Journal"), "journal:start", order=60, audience=CLIENTS_AND_VISITORS),
    )
    home_cards = (
        HomeCard(
            _("Journal"),
            _("Guided prompts on where the pattern began, and on life after a breakup."),
            (Link(_("Open your journal"), "journal:start"),),
            order=40,
        ),
    )
