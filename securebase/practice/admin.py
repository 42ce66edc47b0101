from django.contrib import admin

from securebase.core.admin import AccessibleAdminMixin
from securebase.practice.models import ClinicianProfile


@admin.register(ClinicianProfile)
class ClinicianProfileAdmin(AccessibleAdminMixin, admin.ModelAdmin):
    list_display = ["display_name", "license_type", "license_number", "is_listed", "display_order"]
    list_editable = ["is_listed", "display_order"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
