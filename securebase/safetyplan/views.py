"""A person's safety plan: read (and print), edit, delete. Visitors get a blank plan to print."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from securebase.safetyplan import queries, services
from securebase.safetyplan.forms import SafetyPlanForm
from securebase.safetyplan.steps import FIELDS, STEPS


def numbered_steps(plan, language: str = "en") -> list[dict]:
    """Each step with its number, title and prompt in ``language`` and the plan's text."""
    return [
        {
            "number": number,
            "field": step.field,
            "title": step.title(language),
            "prompt": step.prompt(language),
            "text": getattr(plan, step.field) if plan is not None else "",
        }
        for number, step in enumerate(STEPS, start=1)
    ]


@require_safe
def plan(request):
    """The person's plan, ready to print; a blank one (and how to keep one) for visitors."""
    own = queries.plan_of(request.user)
    steps = numbered_steps(own, translation.get_language())
    return render(request, "safetyplan/plan.html", {"plan": own, "steps": steps})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request):
    own = queries.plan_of(request.user)
    if request.method == "POST":
        form = SafetyPlanForm(request.POST)
        if form.is_valid():
            services.save_plan(user=request.user, answers=form.cleaned_data, now=timezone.now())
            messages.success(
                request, gettext("Your safety plan is saved. Only you can read it here.")
            )
            return redirect("safetyplan:plan")
    else:
        initial = {field: getattr(own, field) for field in FIELDS} if own is not None else {}
        form = SafetyPlanForm(initial=initial)
    return render(request, "safetyplan/edit.html", {"form": form, "plan": own})


@login_required
@require_POST
def delete(request):
    if services.delete_plan(user=request.user):
        messages.success(request, gettext("Your safety plan is deleted."))
    return redirect("safetyplan:plan")
