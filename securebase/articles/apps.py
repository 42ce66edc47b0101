from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import CLINIC_HOME, HomeCard, Link, NavEntry


class ArticlesConfig(AppConfig):
    name = "securebase.articles"
    verbose_name = _("Articles")
    url_prefix = "learn/"
    nav_entries = (NavEntry(_("Learn"), "articles:list", order=10),)
    home_cards = (
        HomeCard(
            _("Articles"),
            _("Write and edit articles for the library, in English and in Spanish."),
            (Link(_("Manage articles"), "admin:articles_article_changelist"),),
            order=80,
            home=CLINIC_HOME,
            staff_only=True,
        ),
    )
