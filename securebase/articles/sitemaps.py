from django.contrib.sitemaps import Sitemap

from securebase.articles.queries import published_articles


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return published_articles()

    def lastmod(self, item):
        return item.updated_at
