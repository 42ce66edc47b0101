"""The site's URLs: the shell's own apps, then every installed feature app at its ``url_prefix``.

A feature app is mounted only while it is in ``INSTALLED_APPS`` (``core.features``), so taking
one out removes its pages and nothing else.
"""

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from securebase.core.features import feature_urls
from securebase.practice.sitemaps import PracticeSitemap

sitemaps: dict = {"pages": PracticeSitemap}
if apps.is_installed("securebase.articles"):
    from securebase.articles.sitemaps import ArticleSitemap

    sitemaps["articles"] = ArticleSitemap

admin.site.site_header = _("Secure Base administration")
admin.site.site_title = _("Secure Base admin")

urlpatterns = [
    path("", include("securebase.practice.urls")),
    path("accounts/", include("securebase.accounts.urls")),
    path("", include("securebase.dashboard.urls")),
    path("privacy/", include("securebase.privacy.urls")),
    *feature_urls(),
    path("admin/", admin.site.urls),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]

if settings.BENCH_OK_VIEW:
    from securebase.core.bench import ok

    urlpatterns.append(path("bench-ok/", ok))

handler404 = "securebase.practice.views.not_found"
handler500 = "securebase.practice.views.server_error"
handler400 = "securebase.practice.views.bad_request"
