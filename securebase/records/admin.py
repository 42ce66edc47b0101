"""The practice edits its document templates here, in English and (optionally) Spanish.
Editing either text adds a version; signed copies and session starts can be read, never
changed."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from securebase.core.admin import AccessibleAdminMixin, ReadOnlyAdmin
from securebase.records import services
from securebase.records.models import (
    DocumentTemplate,
    SessionStart,
    Signature,
)


class DocumentTemplateForm(forms.ModelForm):
    body = forms.CharField(
        label=_("Text (Markdown)"),
        widget=forms.Textarea(attrs={"rows": 24}),
        help_text=_(
            "Saving a changed text makes a new version; documents already sent or signed keep "
            "the version they had. Placeholders: {{ practice_name }}, {{ practice_email }}, "
            "{{ practice_phone }}, {{ office_address }}, {{ session_fee }}, "
            "{{ video_platform }}, {{ video_data_handling }}."
        ),
    )
    body_es = forms.CharField(
        label=_("Text in Spanish (Markdown)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 24, "lang": "es"}),
        help_text=_(
            "The same document in Spanish, with the same placeholders. A client whose language "
            "is Spanish reads and signs this text; left blank, they get the English text with a "
            "note that it is only in English. Changing it also makes a new version."
        ),
    )

    class Meta:
        model = DocumentTemplate
        fields = ["title", "title_es", "kind", "active", "order"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = self.instance.current if self.instance.pk else None
        if current is not None:
            self.fields["body"].initial = current.body
            self.fields["body_es"].initial = current.body_es


@admin.register(DocumentTemplate)
class DocumentTemplateAdmin(AccessibleAdminMixin, admin.ModelAdmin):
    form = DocumentTemplateForm
    list_display = ["title", "title_es", "kind", "active", "order", "in_spanish"]
    readonly_fields = ["version_history"]

    @admin.display(description=_("Spanish text"), boolean=True)
    def in_spanish(self, obj):
        current = obj.current
        return bool(current and current.body_es.strip())

    @admin.display(description=_("Versions"))
    def version_history(self, obj):
        # A plain table with a header for every column: the admin's read-only inline leaves
        # two header cells empty, which screen readers announce as nothing.
        if obj is None or obj.pk is None:
            return gettext("None yet: saving the text makes version 1.")
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    v.number,
                    localize(timezone.localtime(v.created_at)),
                    v.created_by or "—",
                    gettext("Yes") if v.body_es.strip() else gettext("No"),
                )
                for v in obj.versions.select_related("created_by")
            ),
        )
        return format_html(
            '<table><thead><tr><th scope="col">{}</th><th scope="col">{}</th>'
            '<th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>',
            gettext("Version"),
            gettext("Saved"),
            gettext("By"),
            gettext("In Spanish"),
            rows,
        )

    def has_delete_permission(self, request, obj=None):
        # Versions are PROTECTed by what was sent; untick "active" to stop offering one.
        return False

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.save_template_text(
            template=form.instance,
            body=form.cleaned_data["body"],
            body_es=form.cleaned_data["body_es"],
            by=request.user,
            now=timezone.now(),
        )


@admin.register(Signature)
class SignatureAdmin(ReadOnlyAdmin):
    list_display = [
        "title",
        "version_number",
        "language",
        "typed_name",
        "signer_email",
        "signed_at",
    ]
    fields = [*list_display, "ip_address", "content_hash", "text"]
    readonly_fields = fields


@admin.register(SessionStart)
class SessionStartAdmin(ReadOnlyAdmin):
    list_display = ["booking", "clinician_name", "started_at", "in_california"]
    fields = ["booking", "clinician_name", "started_at", "identity_confirmed", "in_california"]
    readonly_fields = fields
