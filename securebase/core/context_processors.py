from __future__ import annotations

from django.conf import settings


def site(request):
    """What every page needs: the practice's details and whether to show the crisis panel."""
    show_panel = False
    try:
        from securebase.core.safety import pop_crisis_flag
    except ImportError:  # the risk screen lands separately; the footer is always there
        pop_crisis_flag = None
    if pop_crisis_flag is not None and hasattr(request, "session"):
        show_panel = pop_crisis_flag(request)
    return {
        "practice": settings.PRACTICE,
        "site_url": settings.SITE_URL,
        "show_crisis_panel": show_panel,
    }
