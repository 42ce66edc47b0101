from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from securebase.core.features import CLIENT_HOME, CLINIC_HOME, clinic_glance, home_cards


@login_required
@require_safe
def home(request):
    """A client's own space; clinicians and staff are sent to the clinic home."""
    if request.user.needs_two_factor:
        return redirect("dashboard:clinician_home")
    return render(
        request, "dashboard/client_home.html", {"cards": home_cards(request.user, CLIENT_HOME)}
    )


@login_required
@require_safe
def clinician_home(request):
    """The clinic home: the day at a glance from every installed app, then the app cards."""
    if not request.user.needs_two_factor:
        raise Http404
    context = {
        "glances": clinic_glance(request.user, now=timezone.now()),
        "cards": home_cards(request.user, CLINIC_HOME),
    }
    return render(request, "dashboard/clinician_home.html", context)
