"""Render the crisis resources from the one list in ``core/crisis.py``.

``{% crisis_footer %}`` is the footer every page carries, in the page's language (with the
Spanish ways in listed under "En español" on every page); ``{% crisis_resources language
concern %}`` renders every resource as a card with its call and text buttons, in that language
(the page's when none is given).
"""

from __future__ import annotations

from django import template
from django.utils import translation

from securebase.core import crisis

register = template.Library()


def _contact(contact: crisis.Contact, language: str) -> dict:
    return {"href": contact.href, "label": contact.label(language), "kind": contact.kind}


def resource_cards(language: str, concern: str = crisis.SELF) -> list[dict]:
    """Each resource as the templates show it, in ``language`` and in the order for ``concern``."""
    language = crisis.language_or_default(language)
    return [
        {
            "key": resource.key,
            "name": resource.name(language),
            # A name the same in both languages is the service's own (The Trevor Project): it
            # is shown as it is, and checks for English on a Spanish page leave it alone.
            "name_as_is": resource.name.en == resource.name.es,
            "about": resource.about(language),
            "emergency": resource.emergency,
            "chat_url": resource.chat_url if language == crisis.ENGLISH else "",
            "contacts": [_contact(c, language) for c in resource.contacts_in(language)],
        }
        for resource in crisis.resources_for(concern)
    ]


def page_language() -> str:
    """The language the page is being rendered in, as ``core/crisis.py`` names it."""
    return crisis.language_or_default((translation.get_language() or "").split("-")[0])


@register.inclusion_tag("core/_crisis_footer.html")
def crisis_footer() -> dict:
    """The resources in the page's language, and the Spanish ways in on every page."""
    return {
        "resources": resource_cards(page_language()),
        "spanish": [_contact(c, crisis.SPANISH) for c in crisis.SPANISH_OPTIONS],
    }


@register.inclusion_tag("core/_crisis_resources.html")
def crisis_resources(language: str = "", concern: str = crisis.SELF, level: int = 2):
    """Every resource as a card (the help page), in ``language`` or the page's; ``level`` is
    the cards' heading level, 2 or 3."""
    language = language or page_language()
    return {
        "resources": resource_cards(language, concern),
        "level": 3 if level == 3 else 2,
        "language": crisis.language_or_default(language),
    }


@register.inclusion_tag("core/_crisis_list.html")
def crisis_list(language: str = "", concern: str = crisis.SELF):
    """Every resource as one line with its buttons (the crisis panel, the printed plan), in
    ``language`` or the page's."""
    language = language or page_language()
    return {
        "resources": resource_cards(language, concern),
        "language": crisis.language_or_default(language),
    }
