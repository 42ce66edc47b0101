"""Limits on what one client may do, and the page shown when a limit is reached.

Counting is django-ratelimit's, in the default cache: Redis when REDIS_URL is set, otherwise
Django's database cache, so every worker process (and every server) counts in the same place.
Login failures are counted by django-axes instead (see securebase/accounts/throttling.py); both
read the client's address through `client_ip`.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.decorators import ratelimit

from securebase.core.addresses import client_address


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

    def decorate(view):
        limited = ratelimit(
            group=f"{form}:address", key="ip", rate=_rate(form, "address"), method="POST"
        )(view)
        if per_email:
            limited = ratelimit(
                group=f"{form}:email", key=posted_email, rate=_rate(form, "email"), method="POST"
            )(limited)
        return limited

    return decorate


def limited(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The page for a request over a rate limit (RATELIMIT_VIEW)."""
    return render(request, "core/limited.html", status=429)
