"""Shared pieces for the practice's admin pages."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.admin import widgets
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst


class LabelledSplitDateTime(widgets.AdminSplitDateTime):
    """The admin's date and time boxes, each with an accessible name.

    Django labels a date-and-time field as a whole but neither of its two boxes, so a screen
    reader announces two unnamed inputs; each box here says which field and which half it is.
    """

    def __init__(self, label: str, attrs=None):
        super().__init__(attrs)
        self.widgets[0].attrs["aria-label"] = f"{label}: date"
        self.widgets[1].attrs["aria-label"] = f"{label}: time"


def _in_practice_zone(view, *args):
    # accounts.zones.practice_zone(), read here from the setting because core may not import
    # accounts (accounts imports core). A TemplateResponse renders after the view returns:
    # render it while the zone is on.
    with timezone.override(ZoneInfo(settings.PRACTICE_TIME_ZONE)):
        response = view(*args)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
    return response


class AccessibleAdminMixin:
    """Use on every ModelAdmin: date-and-time fields get named date and time boxes, the
    boxes a list page lets you edit in place (``list_editable``) say what they are and whose,
    and every time is shown, and typed, in the practice's zone.

    The admin's lists and read-only fields format through Django's formats, which
    ``core/formats/en/formats.py`` sets to ``core/dates.py``'s style with the zone named
    ("Dec 2, 2026, 6:00 PM PST"); the zone is the practice's whoever is signed in.
    """

    def changelist_view(self, request, extra_context=None):
        return _in_practice_zone(super().changelist_view, request, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        view = super().changeform_view
        return _in_practice_zone(view, request, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        return _in_practice_zone(super().delete_view, request, object_id, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        return _in_practice_zone(super().history_view, request, object_id, extra_context)

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
                field.widget.attrs["aria-label"] = f"{capfirst(field.label)}: {self.instance}"
