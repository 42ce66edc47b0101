"""What both sides of the care team see: the area blocks (a clinician on a client's page, a
client previewing what an area shows before turning it on) and the page that ends a
relationship."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from securebase.care import registry, services


def render_panels(request, area, client, *, memo: dict) -> list[str]:
    """Each registered panel of ``area`` drawn with ``client``'s data (grant already checked).

    ``memo`` is shared by the panels of one page, so a summary two areas need is built once.
    """
    now = memo.setdefault("now", timezone.now())
    return [
        mark_safe(  # noqa: S308 - a template rendered with autoescaping
            render_to_string(
                panel.template,
                {
                    **panel.build(client, tz=client.tzinfo, now=now, memo=memo),
                    "tz_name": client.time_zone,
                },
                request=request,
            )
        )
        for panel in registry.panels_for(area.key)
    ]


def client_page_context(request, relationship, shown_areas) -> dict:
    client = relationship.client
    memo: dict = {}
    blocks = [
        {"area": area, "panels": render_panels(request, area, client, memo=memo)}
        for area in shown_areas
    ]
    return {
        "relationship": relationship,
        "client": client,
        "blocks": blocks,
        "tz_name": client.time_zone,
    }


def end_relationship_page(request, relationship, *, as_clinician: bool, done: str, then: str):
    """Either side ending ``relationship``: GET asks first, naming the other person; POST ends
    it, says ``done`` and goes on to the URL name ``then``."""
    if request.method == "POST":
        services.end_relationship(relationship=relationship, by=request.user)
        messages.success(request, done)
        return redirect(then)
    other = relationship.client if as_clinician else relationship.clinician
    context = {"relationship": relationship, "other": other, "as_clinician": as_clinician}
    return render(request, "care/end.html", context)
