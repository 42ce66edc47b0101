from django.contrib import admin

from securebase.core.admin import AccessibleAdminMixin
from securebase.privacy.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(AccessibleAdminMixin, admin.ModelAdmin):
    """The audit trail is read-only, even for superusers."""

    list_display = ["at", "viewer_email", "action", "subject_email", "detail"]
    list_filter = ["action"]
    search_fields = ["viewer_email", "subject_email"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
