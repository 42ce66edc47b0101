from __future__ import annotations

from datetime import datetime

from django.db.models import Min, QuerySet
from django.shortcuts import get_object_or_404

from securebase.articles.models import Article


def published_articles() -> QuerySet[Article]:
    """Articles anyone may read, newest first, with their author loaded."""
    return Article.objects.published().select_related("author")


def listed_articles() -> QuerySet[Article]:
    """Published articles, newest first, with only what a list shows (no bodies)."""
    return published_articles().only(
        "title",
        "slug",
        "summary",
        "published_at",
        "words",
        "title_es",
        "summary_es",
        "words_es",
        "author__full_name",
        "author__email",
    )


def next_publication(now: datetime) -> datetime | None:
    """When the next article marked published but dated after ``now`` comes due, or None.

    The public pages' cache starts a new generation then (``AppConfig.public_changes_at``).
    """
    return Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=now).aggregate(
        due=Min("published_at")
    )["due"]


def article_visible_to(viewer, slug: str) -> Article:
    """A published article, or a draft for clinicians and staff previewing it; else 404."""
    articles = Article.objects.select_related("author")
    if not (viewer.is_authenticated and viewer.is_staff):
        articles = articles.published()
    return get_object_or_404(articles, slug=slug)
