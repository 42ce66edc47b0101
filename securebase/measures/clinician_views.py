"""The clinician's side of questionnaires: schedules for a client who shares results."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from securebase.assessments.catalog import get_measure
from securebase.assessments.presenting import short_date
from securebase.core.access import get_for_viewer_or_404
from securebase.measures import schedules, sharing
from securebase.measures.forms import ScheduleForm


def _client_access(request, client_id: int):
    """The relationship when the viewer is a clinician this client shares results with."""
    if not sharing.care_installed():
        raise Http404("No such client.")
    from securebase.care.queries import access_area

    relationship, area = access_area(request.user, client_id, sharing.AREA)
    return relationship, area


@login_required
@require_safe
@never_cache
def client_schedules(request, client_id: int):
    """A clinician's questionnaire schedules for one client, and the form to add one.

    404 unless the client shares questionnaire results with this clinician right now; each
    look writes an audit row, as every look at a client's shared area does."""
    from securebase.care.services import record_looks

    relationship, area = _client_access(request, client_id)
    record_looks(viewer=request.user, looks=[(relationship.client, area)], detail="questionnaires")
    return _render_schedules(request, relationship, ScheduleForm())


def _render_schedules(request, relationship, form, status=200):
    plans = list(
        relationship.questionnaire_schedules.filter(stopped_at__isnull=True).order_by("created_at")
    )
    waiting = list(
        schedules.open_requests().filter(schedule__relationship=relationship).order_by("due_at")
    )
    tz = request.user.tzinfo
    return render(
        request,
        "measures/schedules.html",
        {
            "relationship": relationship,
            "client": relationship.client,
            "form": form,
            "plans": [{"schedule": s, "instrument": get_measure(s.instrument)} for s in plans],
            "waiting": [
                {
                    "request": r,
                    "instrument": get_measure(r.instrument),
                    "due": short_date(timezone.localtime(r.due_at, tz)),
                }
                for r in waiting
            ],
        },
        status=status,
    )


@login_required
@require_http_methods(["POST"])
def schedule(request, client_id: int):
    """Add a schedule ("send one now" is a one-off schedule due at once)."""
    relationship, _area = _client_access(request, client_id)
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        return _render_schedules(request, relationship, form, status=400)
    try:
        schedules.schedule_questionnaire(
            relationship=relationship,
            instrument=form.cleaned_data["instrument"],
            repeat=form.cleaned_data["repeat"],
            every_days=form.cleaned_data.get("every_days"),
            now=timezone.now(),
        )
    except schedules.ScheduleProblem as problem:
        form.add_error(None, str(problem))
        return _render_schedules(request, relationship, form, status=400)
    messages.success(
        request,
        _(
            "Scheduled. The client is emailed that a questionnaire is waiting whenever one "
            "falls due."
        ),
    )
    return redirect("measures:client_schedules", client_id=client_id)


@login_required
@require_http_methods(["POST"])
def stop(request, client_id: int, schedule_id: int):
    """Stop one of this clinician's schedules for the client."""
    relationship, _area = _client_access(request, client_id)
    found = get_for_viewer_or_404(relationship.questionnaire_schedules.all(), schedule_id)
    schedules.stop_schedule(schedule=found, now=timezone.now())
    messages.success(request, _("That schedule is stopped."))
    return redirect("measures:client_schedules", client_id=client_id)
