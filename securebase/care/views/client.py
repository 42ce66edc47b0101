"""The client's side of the care team: who can see what, switching areas, ending a
relationship, sharing one journal entry, and homework."""

from __future__ import annotations

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from securebase.accounts.guards import clients_only
from securebase.care import areas, homework, queries, registry, services
from securebase.care.forms import SwitchForm
from securebase.care.models import Assignment
from securebase.care.views.blocks import end_relationship_page, render_panels

WHO_HAS_LOOKED_LIMIT = 200


@clients_only
@require_safe
def sharing(request):
    """ "Who can see what": each clinician, each area on or off, and who has looked."""
    looks = list(queries.who_has_looked(request.user)[:WHO_HAS_LOOKED_LIMIT])
    history = list(queries.grant_history(request.user)[:100])
    for grant in history:
        found = registry.area(grant.area)
        grant.area_label = gettext(found.label) if found else grant.area
    return render(
        request,
        "care/sharing.html",
        {
            "sharings": queries.sharing_for(request.user),
            "looks": looks,
            "history": history,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def switch(request, pk: int, area: str):
    """Turn one area on or off for one clinician. Turning on first shows a preview."""
    relationship = queries.access_relationship_as_client(request.user, pk)
    found = registry.area(area)
    if found is None:
        raise Http404
    if request.method == "POST":
        form = SwitchForm(request.POST)
        if form.is_valid() and form.cleaned_data["on"] is not None:
            on = form.cleaned_data["on"]
            if on and request.POST.get("confirmed") != "yes":
                return redirect("care:switch", pk=pk, area=area)
            services.set_area(relationship=relationship, area=found, on=on)
            names = {
                "name": relationship.clinician.get_full_name(),
                "area": gettext(found.label).lower(),
            }
            if on:
                messages.success(request, gettext("%(name)s can now see your %(area)s.") % names)
            else:
                messages.success(
                    request,
                    gettext("%(name)s can no longer see your %(area)s, from now on.") % names,
                )
            return redirect("care:sharing")
    panels = render_panels(request, found, request.user, memo={})
    return render(
        request,
        "care/switch.html",
        {
            "relationship": relationship,
            "area": found,
            "panels": panels,
            "is_on": found.key in queries.open_area_keys(relationship),
            "tz_name": request.user.time_zone,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def end_as_client(request, pk: int):
    relationship = queries.access_relationship_as_client(request.user, pk)
    done = gettext(
        "You are no longer connected with %(name)s; they see nothing of yours from now on."
    ) % {"name": relationship.clinician.get_full_name()}
    return end_relationship_page(
        request, relationship, as_clinician=False, done=done, then="care:sharing"
    )


@clients_only
@require_POST
def share_entry(request, entry_id: int):
    """Share one journal entry with one clinician, or stop sharing it (from the entry page)."""
    if not apps.is_installed(areas.JOURNAL_APP):
        raise Http404
    from securebase.journal.queries import access_entry

    entry = access_entry(request.user, entry_id)
    try:
        relationship_id = int(request.POST.get("relationship", ""))
    except ValueError:
        raise Http404 from None
    relationship = queries.access_relationship_as_client(request.user, relationship_id)
    form = SwitchForm(request.POST)
    if form.is_valid() and form.cleaned_data["on"] is not None:
        on = form.cleaned_data["on"]
        services.share_entry(relationship=relationship, entry=entry, on=on)
        said = (
            gettext("%(name)s can now read this entry.")
            if on
            else gettext("%(name)s can no longer read this entry.")
        )
        messages.success(request, said % {"name": relationship.clinician.get_full_name()})
    return redirect("journal:entry", pk=entry.pk)


@login_required
@require_POST
def homework_done(request, pk: int):
    assignment = queries.access_assignment_as_client(request.user, pk)
    services.mark_homework_done(assignment=assignment)
    messages.success(request, gettext("Marked done. Your clinician can see that it is done."))
    return redirect("dashboard:home")


@login_required
@require_safe
def homework_open(request, pk: int):
    """Open an assigned article: opening it from the assignment counts as reading it."""
    assignment = queries.access_assignment_as_client(request.user, pk)
    if assignment.kind != Assignment.Kind.ARTICLE or not homework.offered(assignment.kind):
        url = homework.describe(assignment).url
        if not url:
            raise Http404("Its feature is not installed.")
        return redirect(url)
    services.complete_homework(
        client_id=request.user.pk, kind=assignment.kind, targets=[assignment.target]
    )
    return redirect(reverse("articles:detail", kwargs={"slug": assignment.target}))
