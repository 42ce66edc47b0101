from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.urls import get_script_prefix

from securebase.core.authorship import author_token
from securebase.core.features import nav_links
from securebase.core.safety import panel_leads, pop_crisis_panel


def site(request):
    """What every page needs: the practice's details, the navigation of the installed apps and
    the crisis panel, if one is due.

    Error pages render this too, for requests refused before the session and authentication
    middleware ran (a Host header not in ALLOWED_HOSTS): such a request has no ``user`` and
    no ``session``, and is treated as a signed-out visitor's.
    """
    user = getattr(request, "user", None) or AnonymousUser()
    # An htmx fragment (a time picker, say) leaves the panel for the next full page.
    panel = (
        pop_crisis_panel(request)
        if hasattr(request, "session") and not getattr(request, "htmx", False)
        else None
    )
    return {
        "practice": settings.PRACTICE,
        "site_url": settings.SITE_URL,
        "show_crisis_panel": panel is not None,
        "crisis_panel": panel,
        "crisis_panel_lead": panel_leads(request, panel) if panel is not None else "",
        # The installed feature apps' links, worked out only when a full page renders the nav.
        "nav_links": lambda: nav_links(user),
        # Called by the template only where a form needs it (core/_draft_author.html).
        "draft_author": lambda: author_token(user),
        "shell_key": shell_key(),
        # A page every signed-out visitor may be given a copy of (core.pagecache.public_page):
        # base.html puts no CSRF token in it.
        "public_page": getattr(request, "public_page", False),
    }


def shell_key() -> int:
    """What a cached piece of the site shell depends on: the installed apps and the URLs.

    A fragment cached under it (``{% cache ... shell_key using="fragments" %}``) is rebuilt
    when an app is taken out (tests build such sites) or the site moves under a prefix.
    """
    urlconf = settings.ROOT_URLCONF
    return hash(
        (
            tuple(settings.INSTALLED_APPS),
            urlconf if isinstance(urlconf, str) else id(urlconf),
            get_script_prefix(),
            id(settings.PRACTICE),  # the name and address the shell shows
        )
    )
