"""The questionnaires' pieces on other apps' pages (declared in MeasuresConfig.page_slots)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import timezone

from securebase.accounts.guards import is_client
from securebase.assessments.catalog import get_measure
from securebase.measures import schedules, sharing


def client_home(request) -> str:
    """On a client's home: the questionnaires their clinician asked for that are due now."""
    user = request.user
    if not is_client(user) or not sharing.shared_on_page(request):
        return ""
    due = schedules.due_for(user, now=timezone.now())
    seen: set[str] = set()
    items = []
    for waiting in due:
        if waiting.instrument in seen:
            continue
        seen.add(waiting.instrument)
        items.append(
            {
                "instrument": get_measure(waiting.instrument),
                "clinician": waiting.schedule.relationship.clinician,
            }
        )
    if not items:
        return ""
    return render_to_string("measures/_home_due.html", {"items": items}, request=request)
