from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from securebase.articles.sitemaps import ArticleSitemap
from securebase.practice.sitemaps import PracticeSitemap

sitemaps = {"pages": PracticeSitemap, "articles": ArticleSitemap}

admin.site.site_header = "Secure Base administration"
admin.site.site_title = "Secure Base admin"

urlpatterns = [
    path("", include("securebase.practice.urls")),
    path("learn/", include("securebase.articles.urls")),
    path("accounts/", include("securebase.accounts.urls")),
    path("", include("securebase.dashboard.urls")),
    path("privacy/", include("securebase.privacy.urls")),
    path("book/", include("securebase.bookings.urls")),
    path("assessment/", include("securebase.assessments.urls")),
    path("check-in/", include("securebase.checkins.urls")),
    path("pause/", include("securebase.pause.urls")),
    path("journal/", include("securebase.journal.urls")),
    path("reality-check/", include("securebase.chat_analysis.urls")),
    path("admin/", admin.site.urls),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]

handler404 = "securebase.practice.views.not_found"
handler500 = "securebase.practice.views.server_error"
handler400 = "securebase.practice.views.bad_request"
handler403 = "securebase.practice.views.forbidden"
