"""Limits on what one client may do, and the page shown when a limit is reached.

Counting is django-ratelimit's, in the default cache: Redis when REDIS_URL is set, otherwise
Django's database cache, so every worker process (and every server) counts in the same place.
Login failures are counted by django-axes instead (see securebase/accounts/throttling.py); both
read the client's address through `client_ip`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited
from django_ratelimit.exceptions import Ratelimited

from securebase.core.addresses import client_address

logger = logging.getLogger(__name__)


def client_ip(request: HttpRequest) -> str:
    """The visitor's address, reading X-Forwarded-For only as far as the settings trust it."""
    return client_address(
        request.META.get("REMOTE_ADDR", ""),
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        trusted_hops=settings.TRUSTED_PROXY_COUNT,
        trusted_networks=settings.TRUSTED_PROXY_NETWORKS,
    )


def posted_email(group: str, request: HttpRequest) -> str:
    """The email address a form was sent for, as the key for per-recipient limits."""
    return request.POST.get("email", "").strip().lower()


def _rate(form: str, per: str) -> Callable[[str, HttpRequest], str | None]:
    # Read at request time so a test (or a changed setting) applies without a restart.
    return lambda group, request: settings.RATE_LIMITS[form].get(per)


def limit_posts(form: str, *, per_email: bool = False):
    """Decorate a view so POSTs are limited per client address (and per posted email).

    The rates come from `settings.RATE_LIMITS[form]` ("address", "email"; "5/h" style, or None
    for no limit). Over a limit the view does not run: the "please wait" page answers 429.
    """

    checks = [(f"{form}:address", "ip", _rate(form, "address"))]
    if per_email:
        checks.append((f"{form}:email", posted_email, _rate(form, "email")))

    def decorate(view):
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            if request.method == "POST" and _over_a_limit(request, checks):
                raise Ratelimited
            return view(request, *args, **kwargs)

        return limited_view

    return decorate


def _over_a_limit(request: HttpRequest, checks) -> bool:
    try:
        return any(
            is_ratelimited(request, group=group, key=key, rate=rate, method="POST", increment=True)
            for group, key, rate in checks
        )
    except Exception:
        # A cache that cannot be reached (Redis down, a table missing) must not take the form
        # down with it, nor fail before a view has set up how it reads its upload: the request
        # goes through uncounted, and the log says why.
        logger.exception("rate-limit counts unavailable; letting the request through")
        return False


def limited(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The page for a request over a rate limit (RATELIMIT_VIEW)."""
    return render(request, "core/limited.html", status=429)
