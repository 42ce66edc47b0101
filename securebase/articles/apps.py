from django.apps import AppConfig

from securebase.core.features import CLINIC_HOME, HomeCard, Link, NavEntry


class ArticlesConfig(AppConfig):
    name = "securebase.articles"
    verbose_name = "Articles"
    url_prefix = "learn/"
    nav_entries = (NavEntry("Learn", "articles:list", order=10),)
    home_cards = (
        HomeCard(
            "Articles",
            "Write and edit articles for the library.",
            (Link("Manage articles", "admin:articles_article_changelist"),),
            order=80,
            home=CLINIC_HOME,
            staff_only=True,
        ),
    )
