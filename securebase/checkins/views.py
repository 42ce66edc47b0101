from __future__ import annotations

import uuid
from datetime import datetime, time

from django.apps import apps
from django.contrib import messages
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from securebase.accounts.guards import clients_only
from securebase.checkins import exports, queries, services
from securebase.checkins.forms import CheckinForm
from securebase.checkins.history import window_start
from securebase.checkins.presenting import practice_view
from securebase.core import authorship, kept
from securebase.core.confirm import deletion_view
from securebase.core.downloads import own_export
from securebase.core.paging import page_of
from securebase.core.receipts import acknowledge
from securebase.core.safety import screen_for_risk

HISTORY_PAGE_SIZE = 30
KEPT_FORM = "checkins:start"


def _signed_out(request):
    """A visitor learns what a check-in is; one whose session ended has their answers kept."""
    if request.method == "POST" and "anxiety" in request.POST:
        known = set(CheckinForm().fields)
        kept.keep(
            request.session,
            form=KEPT_FORM,
            data={k: request.POST.getlist(k) for k in request.POST if k in known},
            author=request.POST.get(authorship.FIELD, ""),
        )
        # Held for sign-in, not saved: the panel must not say otherwise.
        screen_for_risk(request, request.POST.get("note"), saved=False)
        return render(request, "checkins/signed_out.html", {"kept": True})
    return render(request, "checkins/signed_out.html", {"kept": False})


@require_http_methods(["GET", "POST"])
@clients_only(visitors=_signed_out)
def start(request):
    """The check-in form. Signed-out visitors learn what it is; a late submit is kept."""
    if request.method == "POST":
        form = CheckinForm(request.POST)
        if form.is_valid():
            checkin, created = services.record_checkin(
                user=request.user, token=form.cleaned_data["token"], entry=form.entry()
            )
            said = _("Saved. Thank you for checking in with yourself.")
            again = _("This check-in was already saved; here it is.")
            acknowledge(request, checkin.note, created=created, said=said, again=again)
            return redirect("checkins:detail", pk=checkin.pk)
    else:
        waiting = kept.take(request.session, form=KEPT_FORM, user=request.user)
        if waiting:
            data = QueryDict(mutable=True)
            for key, values in waiting.items():
                data.setlist(key, values)
            form = CheckinForm(data)
            messages.info(
                request,
                _("Welcome back. Your check-in is below — it is not saved until you press Save."),
            )
        else:
            form = CheckinForm()
    return render(request, "checkins/form.html", {"form": form, "editing": None})


@clients_only
@require_safe
def detail(request, pk: int):
    checkin = queries.access_checkin(request.user, pk)
    tz = request.user.tzinfo
    return render(
        request,
        "checkins/detail.html",
        {"checkin": checkin, "editable": checkin.is_editable(now=timezone.now(), tz=tz)},
    )


@clients_only
@require_http_methods(["GET", "POST"])
def edit(request, pk: int):
    """Change a check-in on the day it was made; afterwards, offer to save it as a new one."""
    checkin = queries.access_checkin(request.user, pk)
    tz = request.user.tzinfo
    locked = not checkin.is_editable(now=timezone.now(), tz=tz)
    if request.method == "GET":
        if locked:
            messages.info(request, _("Check-ins can be changed only on the day they were made."))
            return redirect("checkins:detail", pk=checkin.pk)
        form = CheckinForm(initial=CheckinForm.initial_for(checkin))
    else:
        form = CheckinForm(request.POST)
        if form.is_valid():
            try:
                services.update_checkin(checkin=checkin, entry=form.entry())
            except services.CheckinLocked:
                locked = True
            else:
                screen_for_risk(request, checkin.note, saved=True)
                messages.success(request, _("Your changes are saved."))
                return redirect("checkins:detail", pk=checkin.pk)
        if locked:
            # The day ended while the form was open: keep what they typed on screen and
            # offer to save it as today's check-in instead (a fresh token makes it new).
            data = request.POST.copy()
            data["token"] = str(uuid.uuid4())
            form = CheckinForm(data)
    return render(
        request,
        "checkins/form.html",
        {"form": form, "editing": checkin, "locked": locked},
        status=409 if locked and request.method == "POST" else 200,
    )


delete = deletion_view(
    queries.access_checkin,
    services.delete_checkin,
    done=gettext_lazy("That check-in is deleted."),
    guard=clients_only,
)


@clients_only
@require_safe
def history(request):
    page = page_of(request, queries.checkin_history(request.user), HISTORY_PAGE_SIZE)
    now, tz = timezone.now(), request.user.tzinfo
    rows = [(c, c.is_editable(now=now, tz=tz)) for c in page.object_list]
    return render(request, "checkins/history.html", {"page": page, "rows": rows})


@clients_only
@require_safe
def trends(request):
    """Charts, tables and sentences from the person's own check-ins and pauses."""
    tz = request.user.tzinfo
    today = timezone.now().astimezone(tz).date()
    # Day by day over a recent window (check-ins from the kept day counts, pauses and journal
    # dates from its first local midnight on), then check-ins month by month.
    since = window_start(today)
    start = datetime.combine(since, time.min, tz)
    # The pause tool and the journal are separate apps: their parts show only when installed.
    pause = journal = None
    if apps.is_installed("securebase.pause"):
        from securebase.pause.queries import pause_summary

        pause = pause_summary(request.user, since=start)
    if apps.is_installed("securebase.journal"):
        from securebase.journal.queries import entry_dates_for

        journal = entry_dates_for(request.user, since=start)
    view = practice_view(
        request.user,
        tz,
        today=today,
        since=since,
        pause=pause,
        journal_days=None if journal is None else journal.dates,
        journal_earlier=journal.earlier if journal else 0,
    )
    return render(
        request,
        "checkins/trends.html",
        {
            "trends": view.trends,
            "history": view.history,
            "since": since,
            # Whether anything the page counts came before the window: then it says so.
            "windowed": view.checkins_before
            or bool(pause and pause.earlier)
            or bool(journal and journal.earlier),
            "charts": view.charts,
            "month_chart": view.month_chart,
            "tables": view.tables,
        },
    )


@clients_only
@require_safe
def export(request, kind: str):
    """Download one's own check-ins: as JSON, or as CSV for a spreadsheet."""
    builders = {"json": exports.checkins_json, "csv": exports.checkins_csv}
    return own_export(request.user, kind, stem="checkins", builders=builders)
