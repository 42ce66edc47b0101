"""Care team pages: the clinician's caseload and client pages, the client's sharing page,
and the invitation link between them. Every refusal to a clinician is a 404."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from securebase.accounts.guards import clients_only, clinicians_only
from securebase.bookings.queries import access_booking
from securebase.care import caseload, homework, queries, registry, services
from securebase.care.areas import JOURNAL_ENTRY_AREA
from securebase.care.forms import AnswerForm, AssignmentForm, InviteForm, SearchForm, SwitchForm
from securebase.care.models import Assignment
from securebase.care.services import InvitationProblem

WHO_HAS_LOOKED_LIMIT = 200


# --- the clinician's side -----------------------------------------------------------------------


@clinicians_only
@require_safe
def caseload_page(request):
    form = SearchForm(request.GET or None)
    search, sort = "", "name"
    if form.is_valid():
        search, sort = form.cleaned_data["q"], form.cleaned_data["sort"] or "name"
    now = timezone.now()
    rows = caseload.caseload_rows(request.user, now=now, search=search, sort=sort)
    page = Paginator(rows, caseload.PAGE_SIZE).get_page(request.GET.get("page"))
    caseload.fill_details(request.user, page.object_list, now=now)
    # Only the clients on this page were shown: one audit row per shared area read.
    looks = [
        (row.client, area)
        for row in page.object_list
        for area in row.shared
        if area.key in caseload.AUDITED_AREAS
    ]
    services.record_looks(viewer=request.user, looks=looks, detail="caseload")
    return render(
        request,
        "care/caseload.html",
        {
            "rows": page.object_list,
            "page": page,
            "form": form,
            "sort": sort,
            "trend_days": caseload.TREND_DAYS,
            "invitations": queries.invitations_sent(request.user)[:20],
            "invite_form": InviteForm(),
            "now": now,
        },
    )


@clinicians_only
@require_http_methods(["GET", "POST"])
def invite(request):
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.invite(clinician=request.user, email=form.cleaned_data["email"])
        messages.success(request, "Invitation sent. Its status shows on your caseload.")
        return redirect("care:caseload")
    return render(request, "care/invite.html", {"form": form}, status=400 if form.errors else 200)


@clinicians_only
@require_POST
def invite_from_booking(request, uid):
    """ "Invite to Secure Base" from a consultation: the email the person gave at booking."""
    booking = access_booking(request.user, uid)
    services.invite(clinician=request.user, email=booking.email, booking=booking)
    messages.success(
        request, f"Invitation sent to {booking.email}. Its status shows on your caseload."
    )
    return redirect("bookings:clinic_booking", uid=booking.uid)


@login_required
@require_POST
def withdraw(request, pk: int):
    invitation = queries.access_invitation_sent(request.user, pk)
    try:
        services.withdraw_invitation(invitation=invitation)
    except InvitationProblem:
        messages.info(request, "That invitation was already answered.")
    else:
        messages.success(request, "Invitation withdrawn; its link no longer works.")
    return redirect("care:caseload")


def _render_panels(request, area, client, *, memo: dict) -> list[str]:
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


def _client_page_context(request, relationship, shown_areas) -> dict:
    client = relationship.client
    memo: dict = {}
    blocks = [
        {"area": area, "panels": _render_panels(request, area, client, memo=memo)}
        for area in shown_areas
    ]
    return {
        "relationship": relationship,
        "client": client,
        "blocks": blocks,
        "tz_name": client.time_zone,
    }


@login_required
@require_safe
def client_page(request, client_id: int):
    """Everything the client shares with this clinician, area by area; one audit row each."""
    relationship = queries.access_client(request.user, client_id)
    shown = queries.granted_areas(relationship)
    services.record_looks(
        viewer=request.user,
        looks=[(relationship.client, area) for area in shown],
        detail="client page",
    )
    assignments = homework.describe_all(list(queries.assignments_given(relationship)[:50]))
    context = _client_page_context(request, relationship, shown)
    context.update(
        assignments=assignments,
        entries=queries.shared_entries(relationship),
        assignment_form=AssignmentForm(),
    )
    return render(request, "care/client.html", context)


@login_required
@require_safe
def client_area(request, client_id: int, area: str):
    """One shared area of one client: 404 unless it is shared with this clinician now."""
    relationship, found = queries.access_area(request.user, client_id, area)
    services.record_looks(viewer=request.user, looks=[(relationship.client, found)])
    context = _client_page_context(request, relationship, [found])
    return render(request, "care/client_area.html", context)


@login_required
@require_safe
def shared_entry(request, client_id: int, entry_id: int):
    relationship, entry = queries.access_shared_entry(request.user, client_id, entry_id)
    services.record_looks(
        viewer=request.user,
        looks=[(relationship.client, JOURNAL_ENTRY_AREA)],
        detail=f"care journal entry {entry.pk}",
    )
    return render(
        request,
        "care/shared_entry.html",
        {"relationship": relationship, "client": relationship.client, "entry": entry},
    )


@login_required
@require_http_methods(["GET", "POST"])
def assign(request, client_id: int):
    relationship = queries.access_client(request.user, client_id)
    form = AssignmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        kind, target = form.cleaned_data["what"]
        services.assign_homework(
            relationship=relationship,
            kind=kind,
            target=target,
            note=form.cleaned_data["note"],
            due_on=form.cleaned_data["due_on"],
        )
        messages.success(request, "Homework assigned. You will see here when it is done.")
        return redirect("care:client", client_id=client_id)
    return render(
        request,
        "care/assign.html",
        {"relationship": relationship, "client": relationship.client, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def end_as_clinician(request, client_id: int):
    relationship = queries.access_client(request.user, client_id)
    if request.method == "POST":
        services.end_relationship(relationship=relationship, by=request.user)
        messages.success(request, "The relationship has ended; nothing of theirs is shared now.")
        return redirect("care:caseload")
    return render(
        request,
        "care/end.html",
        {"relationship": relationship, "other": relationship.client, "as_clinician": True},
    )


# --- the invitation link ------------------------------------------------------------------------

PROBLEM_STATUS = {
    InvitationProblem.INVALID: 400,
    InvitationProblem.EXPIRED: 410,
    InvitationProblem.USED: 410,
    InvitationProblem.WRONG_ACCOUNT: 403,
    InvitationProblem.NOT_A_CLIENT: 403,
}


def _mask(email: str) -> str:
    name, _, domain = email.partition("@")
    return f"{name[:1]}…@{domain}"


def _problem(request, problem: InvitationProblem):
    invitation = problem.invitation
    return render(
        request,
        "care/invitation_problem.html",
        {
            "reason": problem.reason,
            "invitation": invitation,
            "masked_email": _mask(invitation.email) if invitation else "",
        },
        status=PROBLEM_STATUS[problem.reason],
    )


@require_http_methods(["GET", "POST"])
def invitation(request, token: str):
    """Read the invitation; signed out, sign up or log in first; then accept or decline."""
    try:
        found = services.read_invitation(token)
        if request.user.is_authenticated:
            services.check_invitee(found, request.user)
    except InvitationProblem as problem:
        return _problem(request, problem)
    if not request.user.is_authenticated:
        return render(
            request,
            "care/invitation_signed_out.html",
            {"invitation": found, "next": request.path},
        )
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["answer"] == "accept":
                services.accept_invitation(invitation=found, user=request.user)
                messages.success(
                    request,
                    f"You are connected with {found.clinician.get_full_name()}. Nothing is "
                    "shared until you turn it on below.",
                )
                return redirect("care:sharing")
            services.decline_invitation(invitation=found, user=request.user)
        except InvitationProblem as problem:
            return _problem(request, problem)
        messages.info(request, "Invitation declined. Nothing has been shared.")
        return redirect("dashboard:home")
    return render(request, "care/invitation.html", {"invitation": found, "form": form})


# --- the client's side --------------------------------------------------------------------------


@clients_only
@require_safe
def sharing(request):
    """ "Who can see what": each clinician, each area on or off, and who has looked."""
    looks = list(queries.who_has_looked(request.user)[:WHO_HAS_LOOKED_LIMIT])
    history = list(queries.grant_history(request.user)[:100])
    for grant in history:
        found = registry.area(grant.area)
        grant.area_label = found.label if found else grant.area
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
            who = relationship.clinician.get_full_name()
            if on:
                messages.success(request, f"{who} can now see your {found.label.lower()}.")
            else:
                messages.success(
                    request, f"{who} can no longer see your {found.label.lower()}, from now on."
                )
            return redirect("care:sharing")
    panels = _render_panels(request, found, request.user, memo={})
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
    if request.method == "POST":
        services.end_relationship(relationship=relationship, by=request.user)
        messages.success(
            request,
            f"You are no longer connected with {relationship.clinician.get_full_name()}; "
            "they see nothing of yours from now on.",
        )
        return redirect("care:sharing")
    return render(
        request,
        "care/end.html",
        {"relationship": relationship, "other": relationship.clinician, "as_clinician": False},
    )


@clients_only
@require_POST
def share_entry(request, entry_id: int):
    """Share one journal entry with one clinician, or stop sharing it (from the entry page)."""
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
        who = relationship.clinician.get_full_name()
        messages.success(
            request,
            f"{who} can now read this entry." if on else f"{who} can no longer read this entry.",
        )
    return redirect("journal:entry", pk=entry.pk)


@login_required
@require_POST
def homework_done(request, pk: int):
    assignment = queries.access_assignment_as_client(request.user, pk)
    services.mark_homework_done(assignment=assignment)
    messages.success(request, "Marked done. Your clinician can see that it is done.")
    return redirect("dashboard:home")


@login_required
@require_safe
def homework_open(request, pk: int):
    """Open an assigned article: opening it from the assignment counts as reading it."""
    assignment = queries.access_assignment_as_client(request.user, pk)
    if assignment.kind != Assignment.Kind.ARTICLE:
        return redirect(homework.describe(assignment).url)
    services.complete_homework(
        client_id=request.user.pk, kind=assignment.kind, targets=[assignment.target]
    )
    return redirect(reverse("articles:detail", kwargs={"slug": assignment.target}))
