"""Whole public pages kept for visitors who bring nothing of their own.

The home page, the library and an article are the same for every signed-out visitor who reads
them in the same language, so the first such request renders the page and later ones are
answered from the copy (``@public_page`` on the view). A copy is used only when nothing about the
visitor could change the page:

- a GET with no query string and no ``HX-Request`` header;
- no cookie but the CSRF cookie and the language cookie. The CSRF cookie changes nothing on
  these pages: they carry no token (``base.html`` leaves out the htmx CSRF header on them, and
  a response whose rendering asked for a token is never kept). The language cookie and the
  browser's Accept-Language choose the language, which is part of the key (the language the
  page is rendered in, as ``LocaleMiddleware`` chose it). A session cookie, which is what
  carries a signed-in person, messages and the crisis panel, means the page is rendered;
- and it is kept only as the view answered it: a 200, no cookies set, no ``Cache-Control``
  of its own, nothing written to the session and no message waiting.

The copies live in each worker's memory (the ``pages`` cache, with a short timeout), keyed by
the URL, the language, the site's shape (``shell_key``) and the *generation* of the public
content. The generation is a token in the default cache, which every worker and every server
shares (Redis with ``REDIS_URL``): ``content_changed()`` replaces it once an edit is committed
(articles call it on save and delete), and it expires by itself at the next moment published
content changes on a schedule (an article published for later coming due), which installed
apps name through ``AppConfig.public_changes_at``. A new generation makes every worker on every
server render its pages afresh, within a second (each worker reads the token at most once a
second); the old copies are never read again and age out.

Django's ``cache_page`` is not used: it keys copies by the raw Cookie and Accept-Language
headers (one copy per visitor with a CSRF cookie), keeps nothing apart from signed-in requests
when used on a view (the session's ``Vary: Cookie`` is added after the view), tells browsers
and proxies to keep the page too (so a person who signs in could be shown the signed-out
copy), and knows no way to drop a page when an article changes.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache, caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.module_loading import import_string

from securebase.core.context_processors import shell_key

PAGES_CACHE = "pages"
GENERATION_KEY = "public-pages:generation"
# The generation as this worker last read it, and for how long it is trusted.
LOCAL_GENERATION_KEY = "generation"
RECHECK_SECONDS = 1
# A generation with nothing scheduled still ends after a day: the cost is one render per page.
LONGEST_GENERATION = timedelta(days=1)
# The request attribute that tells base.html the page is public (no CSRF header for htmx).
MARK = "public_page"
VARY = ("Cookie", "Accept-Language")


def public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Answer signed-out visitors who bring nothing of their own from a kept copy of the page.

    For a view whose page depends only on its address, the language and published content
    (see the module's docstring for who gets a copy and what is kept). Every answer varies by
    Cookie and Accept-Language, kept or not.
    """

    @wraps(view)
    def answer(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        setattr(request, MARK, True)
        if not shareable_request(request):
            response = view(request, *args, **kwargs)
        else:
            pages = caches[PAGES_CACHE]
            key = page_key(request)
            response = pages.get(key)
            if response is None:
                response = view(request, *args, **kwargs)
                if shareable_response(request, response):
                    pages.set(key, response)
        patch_vary_headers(response, VARY)
        return response

    return answer


def shareable_request(request: HttpRequest) -> bool:
    """Whether this request may be answered with the copy every such visitor gets."""
    harmless = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and "HTTP_HX_REQUEST" not in request.META  # not request.headers: it copies them all
        and all(name in harmless for name in request.COOKIES)
        and not request.user.is_authenticated
    )


def shareable_response(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the view's answer holds nothing of this visitor's and may be kept."""
    session = request.session
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "Cache-Control" not in response
        # The page asked for a CSRF token: it is in the body, and the cookie goes with it.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not session.modified
        and session.is_empty()
        and len(get_messages(request)) == 0
    )


def page_key(request: HttpRequest) -> str:
    """The copy's key: this site's shape, the content's generation, the language, the URL."""
    address = hashlib.md5(request.build_absolute_uri().encode(), usedforsecurity=False).hexdigest()
    return f"page:{shell_key()}:{generation()}:{translation.get_language()}:{address}"


def generation() -> str:
    """A token that changes whenever published content changes, the same on every server.

    Kept in the default cache; when it is missing (first use, expired at a scheduled change,
    evicted) a new one is made, and workers asking at the same moment agree on the first.
    A worker trusts what it last read for ``RECHECK_SECONDS``: a round trip to Redis (or a
    query on the database cache) would cost a kept page as much as the rest of its answer.
    """
    local = caches[PAGES_CACHE]
    token = local.get(LOCAL_GENERATION_KEY)
    if token is None:
        token = cache.get(GENERATION_KEY) or _new_generation(replace=False)
        local.set(LOCAL_GENERATION_KEY, token, RECHECK_SECONDS)
    return token


def content_changed(using: str | None = None) -> None:
    """Published content changed (an article saved or deleted): once the change is committed,
    every kept page and every fragment keyed by ``generation()`` is rendered afresh.

    After the commit, so that no worker renders the old content under the new generation. A
    bulk ``QuerySet.update()`` sends no signal: its caller calls this itself.
    """
    transaction.on_commit(lambda: _new_generation(replace=True), using=using)


def _new_generation(*, replace: bool) -> str:
    token = uuid.uuid4().hex
    now = timezone.now()
    timeout = seconds_until(next_scheduled_change(now), now)
    if replace:
        cache.set(GENERATION_KEY, token, timeout)
        # This worker (the one that saved) sees its own change at once; the others within
        # RECHECK_SECONDS.
        caches[PAGES_CACHE].set(LOCAL_GENERATION_KEY, token, RECHECK_SECONDS)
        return token
    if cache.add(GENERATION_KEY, token, timeout):
        return token
    return cache.get(GENERATION_KEY) or token


def next_scheduled_change(now: datetime) -> datetime | None:
    """The soonest moment after ``now`` at which an installed app's public content changes by
    itself (``AppConfig.public_changes_at``: the dotted path of a function ``(now) ->
    datetime | None``), or None."""
    moments = []
    for config in apps.get_app_configs():
        dotted = getattr(config, "public_changes_at", None)
        if dotted:
            moment = import_string(dotted)(now)
            if moment is not None:
                moments.append(moment)
    return min(moments, default=None)


def seconds_until(moment: datetime | None, now: datetime) -> int:
    """Whole seconds from ``now`` until just past ``moment`` (at least 1), at most a day."""
    longest = int(LONGEST_GENERATION.total_seconds())
    if moment is None:
        return longest
    return max(1, min(longest, math.ceil((moment - now).total_seconds())))
