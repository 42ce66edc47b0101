from __future__ import annotations

from django.conf import settings

from securebase.core.authorship import author_token
from securebase.core.features import nav_links
from securebase.core.safety import pop_crisis_flag


def site(request):
    """What every page needs: the practice's details, the navigation of the installed apps and
    whether to show the crisis panel."""
    return {
        "practice": settings.PRACTICE,
        "site_url": settings.SITE_URL,
        # An htmx fragment (a time picker, say) leaves the flag for the next full page.
        "show_crisis_panel": (
            hasattr(request, "session")
            and not getattr(request, "htmx", False)
            and pop_crisis_flag(request)
        ),
        # The installed feature apps' links, worked out only when a full page renders the nav.
        "nav_links": lambda: nav_links(request.user),
        # Called by the template only where a form needs it (core/_draft_author.html).
        "draft_author": lambda: author_token(request.user),
    }
