from __future__ import annotations

from django.db.models import Count, Max, QuerySet
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


def listing_version() -> tuple[int, str]:
    """Changes whenever the published list or any article in it changes (one query).

    The number of published articles and the latest change among them: publishing,
    withdrawing, deleting or editing one, or a scheduled one coming due, changes it.
    """
    found = published_articles().aggregate(count=Count("pk"), changed=Max("updated_at"))
    changed = found["changed"]
    return found["count"], changed.isoformat() if changed else ""


def article_visible_to(viewer, slug: str) -> Article:
    """A published article, or a draft for clinicians and staff previewing it; else 404."""
    articles = Article.objects.select_related("author")
    if not (viewer.is_authenticated and viewer.is_staff):
        articles = articles.published()
    return get_object_or_404(articles, slug=slug)
