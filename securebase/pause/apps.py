from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import HomeCard, Link, NavEntry


class PauseConfig(AppConfig):
    name = "securebase.pause"
    verbose_name = _("Pause")
    url_prefix = "pause/"
    nav_entries = (NavEntry(_("Pause"), "pause:start", order=40),)
    home_cards = (
        HomeCard(
            _("Pause"),
            _("For the moment the urge to text, check or ask arrives."),
            (Link(_("Take a pause"), "pause:start"), Link(_("Your pauses"), "pause:history")),
            order=20,
        ),
    )
