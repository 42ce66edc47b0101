"""Showing crisis resources after someone writes words that signal risk.

Views that save free text call ``screen_for_risk(request, *texts)`` after saving. On a match the
session remembers it, and the next page rendered (usually the one the view redirects to) shows
the crisis panel at the top: the site context processor calls ``pop_crisis_flag(request)`` and
base.html includes ``core/_crisis_panel.html`` when ``show_crisis_panel`` is true.

Nothing is blocked, nothing is sent anywhere and nothing is recorded about the match: the text
is saved exactly as written, and the person simply sees where help is.
"""

from __future__ import annotations

from django.http import HttpRequest

from securebase.core import risk

SESSION_KEY = "securebase_show_crisis_panel"


def screen_for_risk(request: HttpRequest, *texts: str | None) -> bool:
    """Screen the texts just saved; on a match, show the crisis panel on the next page.

    Returns True when any text matched. Empty or ``None`` texts are skipped. Call it after the
    save, so the person's words are kept whatever the outcome. Safe for anonymous visitors too
    (the flag lives in their session).
    """
    result = risk.screen_texts(texts)
    if result.matched:
        request.session[SESSION_KEY] = True
    return result.matched


def show_crisis_panel(request: HttpRequest) -> None:
    """Show the crisis panel on the next page rendered for this session, whoever they are.

    For answers that signal risk without any text to screen, such as an answer above "not at
    all" to PHQ-9 item 9. Like ``screen_for_risk``, nothing is blocked or recorded here.
    """
    request.session[SESSION_KEY] = True


def pop_crisis_flag(request: HttpRequest) -> bool:
    """True once after ``screen_for_risk`` matched for this session, then False.

    Called by the context processor for every page rendered with a request. A partial rendered
    for htmx also consumes the flag, so a view that answers htmx with a fragment should include
    ``core/_crisis_panel.html`` in that fragment when ``show_crisis_panel`` is true.
    """
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return False
    return bool(session.pop(SESSION_KEY))
