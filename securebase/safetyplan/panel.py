"""The plan where others' pages show it: first in the crisis panel (core/safety.py), and on a
clinician's client page when the client shares the care team's "Safety plan" area."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import translation

from securebase.safetyplan import queries
from securebase.safetyplan.views import numbered_steps


def plan_lead(request, panel) -> str:
    """HTML for the panel: the steps of ``request.user``'s plan that hold words, or "".

    Not when the words told of someone else threatening or hurting the person: the plan was
    written for a crisis of their own, and 911 and the hotline must come first."""
    if getattr(panel, "in_danger", False):
        return ""
    own = queries.plan_of(getattr(request, "user", None))
    if own is None:
        return ""
    steps = [step for step in numbered_steps(own, panel.language) if step["text"].strip()]
    if not steps:
        return ""
    return render_to_string(
        "safetyplan/_panel_lead.html", {"steps": steps, "language": panel.language}
    )


def clinician_context(client, *, tz, now=None) -> dict:
    """``client``'s plan for the care team's panel; the caller checked the grant and audits."""
    own = queries.plan_of(client)
    return {
        "plan": own,
        "steps": numbered_steps(own, translation.get_language()) if own is not None else [],
        "tz": tz,
    }
