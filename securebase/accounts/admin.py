from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from securebase.accounts.models import User
from securebase.core.admin import AccessibleAdminMixin


@admin.register(User)
class UserAdmin(AccessibleAdminMixin, BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "role", "is_active", "is_staff", "date_joined"]
    list_filter = ["role", "is_active", "is_staff"]
    search_fields = ["email", "full_name"]
    # The admin's two-list picker adds icons whose names screen readers may not announce; a plain
    # multiple select with its label is enough for a practice's few groups.
    filter_horizontal = ()
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Person", {"fields": ["full_name", "role", "time_zone"]}),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"fields": ["email", "full_name", "role", "password1", "password2"]}),
    ]
