"""Showing crisis resources after someone writes words that signal risk.

Views that take free text call ``screen_for_risk(request, *texts, saved=...)`` after saving (or
after deciding not to keep it). On a match the session remembers what the panel must say, and
the next page rendered (usually the one the view redirects to) shows the crisis panel at the top:
the site context processor calls ``pop_crisis_panel(request)`` and base.html includes
``core/_crisis_panel.html`` when there is one.

The panel says only what is true: ``saved`` tells it whether the words were kept, it speaks
Spanish when the screen read Spanish words and otherwise the language of the page the person
was using (so English words typed on a Spanish page get a Spanish panel), and words about
hurting someone else, or about someone else threatening or hurting the writer, put 911 and the
domestic violence hotline first. Its ``lang`` attribute names the language it speaks.
An installed app can put something of the person's own first in the panel (their safety plan)
by giving its ``AppConfig`` a ``crisis_panel_lead(request, panel)`` method that returns HTML
or ``""``; it is called with the panel's language active.

Nothing is blocked, nothing is sent anywhere and nothing about the match is recorded here: the
text is kept (or not) exactly as the view decided, and the person simply sees where help is.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.apps import apps
from django.http import HttpRequest
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from securebase.core import crisis, risk

SESSION_KEY = "securebase_crisis_panel"


@dataclass(frozen=True, slots=True)
class Panel:
    """What the crisis panel must say on the next page."""

    saved: bool
    language: str = crisis.ENGLISH
    concern: str = crisis.SELF

    @property
    def spanish(self) -> bool:
        return self.language == crisis.SPANISH

    @property
    def about_others(self) -> bool:
        return self.concern == crisis.OTHERS

    @property
    def in_danger(self) -> bool:
        """The words told of someone else threatening or hurting the writer."""
        return self.concern == crisis.DANGER


def page_language() -> str:
    """The language of the page being answered (English or Spanish)."""
    return crisis.language_or_default((translation.get_language() or "").split("-")[0])


def panel_for(result: risk.RiskScreen, *, saved: bool) -> Panel:
    """The panel for a screen that matched: its language and concern, and whether we kept it.

    Words the screen read as Spanish get a Spanish panel; any other words get the page's
    language.
    """
    read = getattr(result, "language", crisis.ENGLISH)
    return Panel(
        saved=saved,
        language=crisis.SPANISH if read == crisis.SPANISH else page_language(),
        concern=crisis.concern_or_default(getattr(result, "concern", crisis.SELF)),
    )


def screen_for_risk(request: HttpRequest, *texts: str | None, saved: bool) -> bool:
    """Screen the texts just taken; on a match, show the crisis panel on the next page.

    ``saved`` must say whether the words were kept (stored for the person or sent to the
    practice): on a page that keeps nothing the panel must not say they were. Returns True when
    any text matched; empty or ``None`` texts are skipped. Call it after the save, so the
    person's words are kept whatever the outcome. Safe for anonymous visitors too (the panel
    waits in their session).
    """
    result = risk.screen_texts(texts)
    if result.matched:
        request.session[SESSION_KEY] = asdict(panel_for(result, saved=saved))
    return result.matched


def show_crisis_panel(request: HttpRequest, *, saved: bool) -> None:
    """Show the crisis panel on the next page rendered for this session, whoever they are.

    For answers that signal risk without any text to screen, such as an answer above "not at
    all" to PHQ-9 item 9. ``saved`` says, as for ``screen_for_risk``, whether the answers are
    kept. Like ``screen_for_risk``, nothing is blocked or recorded here.
    """
    request.session[SESSION_KEY] = asdict(Panel(saved=saved, language=page_language()))


def pop_crisis_panel(request: HttpRequest) -> Panel | None:
    """The panel ``screen_for_risk`` left for this session, once; then None.

    Called by the context processor for every full page rendered with a request.
    """
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return None
    stored = session.pop(SESSION_KEY)
    if not isinstance(stored, dict):
        return None
    try:
        return Panel(
            saved=bool(stored["saved"]),
            language=crisis.language_or_default(stored.get("language")),
            concern=crisis.concern_or_default(stored.get("concern")),
        )
    except KeyError:
        return None


def panel_leads(request: HttpRequest, panel: Panel) -> SafeString:
    """What installed apps put first in the panel for this person (HTML, maybe empty), in the
    panel's language."""
    parts = []
    with translation.override(panel.language):
        for config in apps.get_app_configs():
            lead = getattr(config, "crisis_panel_lead", None)
            if lead is not None:
                parts.append(str(lead(request, panel)))
    return mark_safe("".join(parts))  # noqa: S308 - each part is a rendered, escaped template
