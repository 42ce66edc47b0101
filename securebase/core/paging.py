"""One page of a long list, the page a request's ``?page=`` asks for."""

from __future__ import annotations

from collections.abc import Sequence

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest


def page_of(request: HttpRequest, items: QuerySet | Sequence, per_page: int) -> Page:
    """The page of ``items`` that ``request`` asks for: the first for a missing or malformed
    number, the last for one past the end, never an error (a link kept from a longer list still
    opens). ``templates/_pagination.html`` draws its links."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
