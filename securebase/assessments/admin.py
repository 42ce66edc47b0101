from django.contrib import admin
from django.utils.html import format_html, format_html_join

from securebase.assessments.catalog import get_instrument, offered_instruments
from securebase.assessments.models import AssessmentResult
from securebase.privacy.services import record_access


@admin.register(AssessmentResult)
class AssessmentResultAdmin(admin.ModelAdmin):
    """Read-only: results belong to the clients who took them. The questionnaires themselves
    are data files (assessments/instruments/*.json), shown here with their citation and the
    authors' terms of use."""

    list_display = ["taken_at", "client", "instrument", "anxiety", "avoidance"]
    list_filter = ["instrument"]
    date_hierarchy = "taken_at"
    # The answers stay out of the admin: scores are enough to support a client, and the
    # answers are decrypted only for the client's own export.
    fields = [
        "client",
        "instrument",
        "taken_at",
        "anxiety",
        "avoidance",
        "instrument_citation",
        "instrument_permission",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="Citation")
    def instrument_citation(self, obj: AssessmentResult) -> str:
        instrument = get_instrument(obj.instrument)
        return instrument.citation if instrument else "Unknown instrument"

    @admin.display(description="Permission to use")
    def instrument_permission(self, obj: AssessmentResult) -> str:
        instrument = get_instrument(obj.instrument)
        return instrument.permission if instrument else "Unknown instrument"

    def changelist_view(self, request, extra_context=None):
        notes = format_html_join(
            "",
            "<li><strong>{}</strong>: {} <em>{}</em></li>",
            ((i.short_name, i.citation, i.permission) for i in offered_instruments()),
        )
        extra_context = {
            **(extra_context or {}),
            "instrument_notes": format_html(
                "<p>Questionnaires in use (data files in securebase/assessments/instruments/). "
                "Non-commercial use is permitted; commercial use needs the authors' "
                "permission.</p><ul>{}</ul>",
                notes,
            ),
        }
        response = super().changelist_view(request, extra_context=extra_context)
        changelist = (getattr(response, "context_data", None) or {}).get("cl")
        if changelist is not None:
            # Each client whose scores this page shows gets one audit row.
            shown = {result.client_id: result.client for result in changelist.result_list}
            for client in shown.values():
                record_access(
                    viewer=request.user,
                    subject=client,
                    action="viewed self-assessment scores",
                    detail="admin list",
                )
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        result = (getattr(response, "context_data", None) or {}).get("original")
        if result is not None:
            record_access(
                viewer=request.user,
                subject=result.client,
                action="viewed self-assessment scores",
                detail=f"admin result {result.pk}",
            )
        return response
