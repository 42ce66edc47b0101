"""Who may open a page: one guard for clients' own tools, one for clinicians' pages.

Every view that belongs to clients alone (check-ins, pauses kept, the journal, saved reality
checks, who may see what) uses ``clients_only``, so a clinician or practice staff gets the same
answer on each of its pages: not found (404), on a page that says it is a client's own tool,
since a public page's link ("start noticing your patterns with a daily check-in") can lead
them there. ``is_client`` and ``is_clinician`` are the same tests for queries and templates.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import render


def is_client(user) -> bool:
    """Signed in, as a client."""
    return bool(getattr(user, "is_authenticated", False)) and user.is_client


def is_clinician(user) -> bool:
    """Signed in, as a clinician (staff accounts are not clinicians)."""
    return bool(getattr(user, "is_authenticated", False)) and user.is_clinician


def clients_only(view: Callable | None = None, *, visitors: Callable | None = None):
    """Decorate a view of a client's own tool.

    A signed-out visitor is sent to sign in, or, when ``visitors`` is given, gets its answer
    instead (``visitors(request, *args, **kwargs)``: an explanation, or words kept for after
    signing in). Anyone signed in who is not a client gets 404 and the explanation.
    """

    def decorate(inner: Callable) -> Callable:
        @wraps(inner)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                if visitors is not None:
                    return visitors(request, *args, **kwargs)
                return redirect_to_login(request.get_full_path())
            if not request.user.is_client:
                return render(request, "accounts/clients_only.html", status=404)
            return inner(request, *args, **kwargs)

        return wrapped

    return decorate(view) if view is not None else decorate


def clinicians_only(view: Callable) -> Callable:
    """Decorate a clinician's page: signed-out visitors sign in, anyone else gets 404."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_clinician:
            raise Http404("This page belongs to clinicians.")
        return view(request, *args, **kwargs)

    return wrapped
