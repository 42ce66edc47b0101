"""The clinician's side of the care team: the caseload, inviting, a client's page and its
areas, homework and ending. Every refusal is a 404."""

from __future__ import annotations

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from securebase.accounts.guards import clinicians_only
from securebase.care import caseload, homework, queries, services
from securebase.care.areas import JOURNAL_ENTRY_AREA
from securebase.care.forms import AssignmentForm, InviteForm, SearchForm
from securebase.care.views.blocks import client_page_context, end_relationship_page
from securebase.core.paging import page_of

BOOKINGS_APP = "securebase.bookings"


@clinicians_only
@require_safe
def caseload_page(request):
    form = SearchForm(request.GET or None)
    search, sort = "", "name"
    if form.is_valid():
        search, sort = form.cleaned_data["q"], form.cleaned_data["sort"] or "name"
    now = timezone.now()
    rows = caseload.caseload_rows(request.user, now=now, search=search, sort=sort)
    page = page_of(request, rows, caseload.PAGE_SIZE)
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
            "sort_label": str(dict(SearchForm.SORTS)[sort]).lower(),
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
        invitation = services.invite(
            clinician=request.user,
            email=form.cleaned_data["email"],
            language=form.cleaned_data["language"],
        )
        tell_how_the_invitation_went(request, invitation)
        return redirect("care:caseload")
    return render(request, "care/invite.html", {"form": form}, status=400 if form.errors else 200)


@clinicians_only
@require_POST
def invite_from_booking(request, uid):
    """ "Invite to Secure Base" from a consultation: the email the person gave at booking."""
    if not apps.is_installed(BOOKINGS_APP):
        raise Http404
    from securebase.bookings.queries import access_booking

    booking = access_booking(request.user, uid)
    # The invitation speaks the language the person booked in.
    language = booking.language or translation.get_language()
    invitation = services.invite(
        clinician=request.user, email=booking.email, booking=booking, language=language
    )
    tell_how_the_invitation_went(request, invitation)
    return redirect("bookings:clinic_booking", uid=booking.uid)


def tell_how_the_invitation_went(request, invitation) -> None:
    """ "Sent" only when the mail server took the email (it is sent when the invite commits)."""
    if invitation.email_failed_at is not None:
        messages.warning(
            request,
            gettext(
                "The invitation to %(email)s is saved, but the email could not be delivered. "
                "Check the address; you can withdraw the invitation and invite again."
            )
            % {"email": invitation.email},
        )
    else:
        messages.success(
            request,
            gettext("Invitation sent to %(email)s. Its status shows on your caseload.")
            % {"email": invitation.email},
        )


@login_required
@require_POST
def withdraw(request, pk: int):
    invitation = queries.access_invitation_sent(request.user, pk)
    try:
        services.withdraw_invitation(invitation=invitation)
    except services.InvitationProblem:
        messages.info(request, gettext("That invitation was already answered."))
    else:
        messages.success(request, gettext("Invitation withdrawn; its link no longer works."))
    return redirect("care:caseload")


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
    context = client_page_context(request, relationship, shown)
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
    context = client_page_context(request, relationship, [found])
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
        messages.success(request, gettext("Homework assigned. You will see here when it is done."))
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
    done = gettext("The relationship has ended; nothing of theirs is shared now.")
    return end_relationship_page(
        request, relationship, as_clinician=True, done=done, then="care:caseload"
    )
