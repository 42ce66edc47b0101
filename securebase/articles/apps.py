from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import CLINIC_HOME, HomeCard, Link, NavEntry


class ArticlesConfig(AppConfig):
    name = "securebase.articles"
    verbose_name = _("Articles")
    url_prefix = "learn/"
    # A scheduled article coming due changes the public pages (core/pagecache.py).
    public_changes_at = "securebase.articles.queries.next_publication"
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

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from securebase.articles.models import Article

        # Not business flow: the public pages' cached copies follow every saved or deleted
        # article, whoever saved it (the admin, a shell, a data migration).
        post_save.connect(_content_changed, sender=Article, dispatch_uid="articles-pages")
        post_delete.connect(_content_changed, sender=Article, dispatch_uid="articles-pages")


def _content_changed(sender, using=None, **kwargs) -> None:
    from securebase.core.pagecache import content_changed

    content_changed(using=using)
