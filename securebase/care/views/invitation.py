"""The invitation link: read it, sign up or log in, then accept or decline."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from securebase.care import services
from securebase.care.forms import AnswerForm
from securebase.care.services import InvitationProblem

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
                    gettext(
                        "You are connected with %(name)s. Nothing is shared until you turn it "
                        "on below."
                    )
                    % {"name": found.clinician.get_full_name()},
                )
                return redirect("care:sharing")
            services.decline_invitation(invitation=found, user=request.user)
        except InvitationProblem as problem:
            return _problem(request, problem)
        messages.info(request, gettext("Invitation declined. Nothing has been shared."))
        return redirect("dashboard:home")
    return render(request, "care/invitation.html", {"invitation": found, "form": form})
