from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import CLIENTS_AND_VISITORS, declare_client_tool


class CheckinsConfig(AppConfig):
    name = "securebase.checkins"
    verbose_name = _("Check-ins")
    url_prefix = "check-in/"
    hooks = {"time_zone_changed": "securebase.checkins.rollups.on_time_zone_changed"}
    nav_entries, home_cards = declare_client_tool(
        _("Check in"),
        _("A minute to notice how you are, what set it off and what helped."),
        {
            "checkins:start": _("Do a check-in"),
            "checkins:trends": _("Your trends"),
            "checkins:history": _("Earlier check-ins"),
        },
        nav_order=30,
        card_order=10,
        nav_audience=CLIENTS_AND_VISITORS,
    )
