from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from securebase.core.downloads import download
from securebase.privacy import services
from securebase.privacy.exports import export_user_data
from securebase.privacy.forms import DeleteAccountForm
from securebase.privacy.retention import deleted_on_deletion, kept_on_deletion


@login_required
@require_http_methods(["GET", "POST"])
def export(request):
    if request.method == "GET":
        return render(request, "privacy/export.html")
    stamp = timezone.now().strftime("%Y-%m-%d")
    return download(
        {"exported_at": timezone.now(), **export_user_data(request.user)},
        filename=f"secure-base-data-{stamp}.json",
    )


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
                _(
                    "This account holds records of care the practice must keep (consultations, "
                    "intake documents or care relationships), so it cannot be deleted here. "
                    "Please ask the practice to close it for you."
                ),
            )
            status = 409
        else:
            logout(request)
            messages.success(
                request,
                _(
                    "Your account and what you made here have been deleted. The practice keeps "
                    "its records of your care for the retention period, apart from any login."
                ),
            )
            return redirect("practice:home")
    context = {
        "form": form,
        "deleted": deleted_on_deletion(),
        "kept": kept_on_deletion(),
        "retention_years": settings.RECORDS_RETENTION_YEARS,
    }
    return render(request, "privacy/delete_account.html", context, status=status)
