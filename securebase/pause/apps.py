from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import declare_client_tool


class PauseConfig(AppConfig):
    name = "securebase.pause"
    verbose_name = _("Pause")
    url_prefix = "pause/"
    nav_entries, home_cards = declare_client_tool(
        _("Pause"),
        _("For the moment the urge to text, check or ask arrives."),
        {"pause:start": _("Take a pause"), "pause:history": _("Your pauses")},
        nav_order=40,
        card_order=20,
    )
