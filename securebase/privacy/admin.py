from django.contrib import admin

from securebase.core.admin import ReadOnlyAdmin
from securebase.privacy.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    """The audit trail is read-only, even for superusers."""

    list_display = ["at", "viewer_email", "action", "subject_email", "detail"]
    list_filter = ["action"]
    search_fields = ["viewer_email", "subject_email"]
    date_hierarchy = "at"
