from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from securebase.articles.models import Article


def published_articles() -> QuerySet[Article]:
    """Articles anyone may read, newest first, with their author loaded."""
    return Article.objects.published().select_related("author")


def listed_articles() -> QuerySet[Article]:
    """Published articles, newest first, with only what a list shows (no bodies)."""
    return published_articles().only(
        "title", "slug", "summary", "published_at", "words", "author__full_name", "author__email"
    )


def article_visible_to(viewer, slug: str) -> Article:
    """A published article, or a draft for clinicians and staff previewing it; else 404."""
    articles = Article.objects.select_related("author")
    if not (viewer.is_authenticated and viewer.is_staff):
        articles = articles.published()
    return get_object_or_404(articles, slug=slug)
