"""Places on one app's page where other installed apps may add a piece.

An app's ``AppConfig`` declares ``page_slots = {"journal_entry": "securebase.care.slots.x"}``:
for the slot named ``journal_entry`` (the journal's entry page), call the function at that
dotted path with ``(request, **objects)``; it returns safe HTML (``render_to_string`` or
``format_html``; a plain string is escaped), or "" to add nothing. The page
writes ``{% load slots %}{% slot "journal_entry" entry=entry %}``. With the app removed, the
slot simply renders nothing, so neither page nor app needs to know about the other.
"""

from __future__ import annotations

from django.apps import apps
from django.utils.html import format_html_join
from django.utils.module_loading import import_string
from django.utils.safestring import SafeString


def slot_html(name: str, request, **objects) -> SafeString:
    """The pieces every installed app adds to slot ``name``, in app order."""
    pieces = []
    for config in apps.get_app_configs():
        dotted = getattr(config, "page_slots", {}).get(name)
        if dotted:
            html = import_string(dotted)(request, **objects)
            if html:
                pieces.append((html,))
    return format_html_join("", "{}", pieces)
