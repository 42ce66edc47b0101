from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.http import require_safe

from securebase.articles.queries import article_visible_to, published_articles
from securebase.core.markdown import render_markdown


@require_safe
def article_list(request):
    return render(request, "articles/list.html", {"articles": published_articles()})


@require_safe
def article_detail(request, slug: str):
    article = article_visible_to(request.user, slug)
    return render(
        request,
        "articles/detail.html",
        {"article": article, "body_html": render_markdown(article.body)},
    )
