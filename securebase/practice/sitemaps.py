from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PracticeSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return [
            "practice:home",
            "practice:clinicians",
            "practice:services",
            "practice:privacy",
            "practice:help",
            "articles:list",
        ]

    def location(self, item):
        return reverse(item)
