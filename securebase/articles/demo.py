"""The library's part of the demo practice (``practice.demo``): authors and editors."""

from __future__ import annotations

from django.contrib.auth.models import Permission

from securebase.articles.models import Article
from securebase.core.pagecache import content_changed


def seed(*, clinicians, client) -> None:
    """Let the demo clinicians edit articles and credit the first with the sample article."""
    perms = Permission.objects.filter(
        content_type__app_label="articles",
        codename__in=["add_article", "change_article", "view_article"],
    )
    for clinician in clinicians:
        clinician.user_permissions.add(*perms)
    credited = Article.objects.filter(
        slug="understanding-anxious-attachment", author__isnull=True
    ).update(author=clinicians[0])
    if credited:
        content_changed()  # an update() sends no signal; the byline is on public pages
