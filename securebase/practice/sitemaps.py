from django.contrib.sitemaps import Sitemap
from django.urls import NoReverseMatch, reverse

PAGES = [
    "practice:home",
    "practice:clinicians",
    "practice:services",
    "practice:privacy",
    "practice:help",
    "articles:list",
]


class PracticeSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return [name for name in PAGES if _reversible(name)]

    def location(self, item):
        return reverse(item)


def _reversible(name: str) -> bool:
    # A page of a feature app that is not installed has no URL, and no place in the sitemap.
    try:
        reverse(name)
    except NoReverseMatch:
        return False
    return True
