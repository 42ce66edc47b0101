"""Shared pieces for the practice's admin pages."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin import widgets
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext


class LabelledSplitDateTime(widgets.AdminSplitDateTime):
    """The admin's date and time boxes, each with an accessible name.

    Django labels a date-and-time field as a whole but neither of its two boxes, so a screen
    reader announces two unnamed inputs; each box here says which field and which half it is.
    """

    def __init__(self, label: str, attrs=None):
        super().__init__(attrs)
        self.widgets[0].attrs["aria-label"] = gettext("%(field)s: date") % {"field": label}
        self.widgets[1].attrs["aria-label"] = gettext("%(field)s: time") % {"field": label}


class AccessibleAdminMixin:
    """Use on every ModelAdmin: date-and-time fields get named date and time boxes, and the
    boxes a list page lets you edit in place (``list_editable``) say what they are and whose.

    (Every admin page shows and reads times in the practice's zone through
    ``core.middleware.AdminInPracticeZoneMiddleware``, in ``core/dates.py``'s style through
    ``core/formats/en/formats.py``: "Dec 2, 2026, 6:00 PM PST".)
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.DateTimeField) and db_field.editable:
            kwargs.setdefault("widget", LabelledSplitDateTime(capfirst(db_field.verbose_name)))
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_changelist_formset(self, request, **kwargs):
        formset = super().get_changelist_formset(request, **kwargs)
        formset.form = type(formset.form.__name__, (NamedInRowForm, formset.form), {})
        return formset


class NamedInRowForm:
    """A row of a list page's in-place form: the column headers are not labels, so each box
    gets an accessible name of its own ("Is listed: Dr. Maya Chen")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if not field.widget.is_hidden:
                field.widget.attrs["aria-label"] = gettext("%(field)s: %(record)s") % {
                    "field": capfirst(field.label),
                    "record": self.instance,
                }


class ReadOnlyAdmin(AccessibleAdminMixin, admin.ModelAdmin):
    """For records kept as evidence (the audit trail, signed documents): shown to the practice,
    never added, changed or deleted through the admin, even by a superuser."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
