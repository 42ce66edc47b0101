from __future__ import annotations

from django.core.cache import caches
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from securebase.articles.models import ArticleText
from securebase.articles.queries import article_visible_to, listed_articles
from securebase.core.markdown import render_markdown
from securebase.core.pagecache import public_page
from securebase.core.paging import page_of

PAGE_SIZE = 10


@require_safe
@public_page
def article_list(request):
    page = page_of(request, listed_articles(), PAGE_SIZE)
    return render(request, "articles/list.html", {"page": page})


@require_safe
@public_page
def article_detail(request, slug: str):
    article = article_visible_to(request.user, slug)
    text = article.text_in(get_language())
    return render(
        request,
        "articles/detail.html",
        {"article": article, "text": text, "body_html": body_html(text)},
    )


def body_html(text: ArticleText) -> str:
    """The sanitized HTML of the version read, rendered once per edit, kept in worker memory."""
    article = text.article
    key = f"article-html:{article.pk}:{text.language}:{article.updated_at.isoformat()}"
    return caches["fragments"].get_or_set(key, lambda: render_markdown(text.body))
