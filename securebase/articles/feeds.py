from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed

from securebase.articles.queries import published_articles
from securebase.core.markdown import render_markdown


class ArticleFeed(Feed):
    feed_type = Atom1Feed
    link = reverse_lazy("articles:list")
    subtitle = "Articles on attachment, relationships and healing from our clinicians."

    def title(self):
        return f"{settings.PRACTICE['name']}: articles"

    def items(self):
        return published_articles()[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return render_markdown(item.body)

    def item_author_name(self, item):
        return item.byline

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
