from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import CLIENTS_AND_VISITORS, HomeCard, Link, NavEntry


class CheckinsConfig(AppConfig):
    name = "securebase.checkins"
    verbose_name = _("Check-ins")
    url_prefix = "check-in/"
    hooks = {"time_zone_changed": "securebase.checkins.rollups.on_time_zone_changed"}
    nav_entries = (
        NavEntry(_("Check in"), "checkins:start", order=30, audience=CLIENTS_AND_VISITORS),
    )
    home_cards = (
        HomeCard(
            _("Check in"),
            _("A minute to notice how you are, what set it off and what helped."),
            (
                Link(_("Do a check-in"), "checkins:start"),
                Link(_("Your trends"), "checkins:trends"),
                Link(_("Earlier check-ins"), "checkins:history"),
            ),
            order=10,
        ),
    )
