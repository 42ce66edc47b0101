from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from securebase.privacy import services
from securebase.privacy.exports import export_user_data
from securebase.privacy.forms import DeleteAccountForm


@login_required
@require_http_methods(["GET", "POST"])
def export(request):
    if request.method == "GET":
        return render(request, "privacy/export.html")
    payload = json.dumps(
        {"exported_at": timezone.now(), **export_user_data(request.user)},
        cls=DjangoJSONEncoder,
        indent=2,
        ensure_ascii=False,
    )
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    stamp = timezone.now().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="secure-base-data-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, request=request)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.delete_account(user=request.user)
        except services.AccountHoldsRecords:
            form.add_error(
                None,
                "This account holds consultation records the practice must keep, so it "
                "cannot be deleted here. Please ask the practice to close it for you.",
            )
            status = 409
        else:
            logout(request)
            messages.success(request, "Your account and everything in it have been deleted.")
            return redirect("practice:home")
    return render(request, "privacy/delete_account.html", {"form": form}, status=status)
