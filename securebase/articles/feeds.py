from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from securebase.articles.queries import published_articles
from securebase.core.markdown import render_markdown


class ArticleFeed(Feed):
    """The library as Atom, in the reader's language (Django gives the feed that language).

    A Spanish reader gets each article's Spanish version where one exists, and the English
    article, its title saying so, where not.
    """

    feed_type = Atom1Feed
    link = reverse_lazy("articles:list")
    subtitle = _("Articles on attachment, relationships and healing from our clinicians.")

    def title(self):
        return gettext("%(practice)s: articles") % {"practice": settings.PRACTICE["name"]}

    def items(self):
        return [article.text_in(get_language()) for article in published_articles()[:20]]

    def item_link(self, item):
        return item.article.get_absolute_url()

    def item_title(self, item):
        if item.in_reader_language:
            return item.title
        return gettext("%(title)s (in English)") % {"title": item.title}

    def item_description(self, item):
        return render_markdown(item.body)

    def item_author_name(self, item):
        return item.article.byline

    def item_pubdate(self, item):
        return item.article.published_at

    def item_updateddate(self, item):
        return item.article.updated_at
