from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from securebase.records.documents import same_name
from securebase.records.models import DocumentTemplate


class TemplateChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: DocumentTemplate) -> str:
        """The title in the page's language; an English title on a Spanish page says so."""
        language = translation.get_language() or "en"
        title = obj.title_in(language)
        if language != "en" and title == obj.title:
            return format_html('<span lang="en">{}</span>', title)
        return title


class SendPacketForm(forms.Form):
    templates = TemplateChoiceField(
        label=_("Documents to send"),
        queryset=DocumentTemplate.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one document.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["templates"]
        field.queryset = (
            DocumentTemplate.objects.filter(active=True, versions__isnull=False)
            .distinct()
            .order_by("order", "title")
        )
        if not self.is_bound:
            self.initial["templates"] = list(field.queryset)


class SignForm(forms.Form):
    typed_name = forms.CharField(
        label=_("Type your full name to sign"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    agree = forms.BooleanField(label=_("I have read this document and I agree to it."))
    # The language of the text shown on the page, so the text signed is the text read.
    language = forms.ChoiceField(
        choices=settings.LANGUAGES, widget=forms.HiddenInput, required=False
    )

    def __init__(self, *args, expected_name: str, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.expected_name = expected_name
        self.fields["language"].initial = language
        self.fields["typed_name"].help_text = gettext("As the practice has it: %(name)s.") % {
            "name": expected_name
        }

    def clean_typed_name(self) -> str:
        typed = self.cleaned_data["typed_name"]
        if not same_name(typed, self.expected_name):
            raise forms.ValidationError(
                gettext("Please type your full name as the practice has it: %(name)s.")
                % {"name": self.expected_name}
            )
        return typed


class StartSessionForm(forms.Form):
    identity_confirmed = forms.BooleanField(
        label=_("I have confirmed the client's identity (face and name match, or photo ID)."),
        required=False,
    )
    in_california = forms.TypedChoiceField(
        label=_("Is the client physically in California right now?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    address = forms.CharField(
        label=_("Where the client is now"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Change it if they are not at the address they gave."),
        required=False,
    )
    emergency_contact = forms.CharField(
        label=_("Emergency contact for this session"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Name and phone number, confirmed with the client."),
        required=False,
    )

    def clean(self):
        data = super().clean()
        if data.get("in_california"):
            if not data.get("identity_confirmed"):
                self.add_error(
                    "identity_confirmed", _("Confirm who you are speaking with before starting.")
                )
            if not (data.get("address") or "").strip():
                self.add_error("address", _("Say where the client is for this session."))
            if not (data.get("emergency_contact") or "").strip():
                self.add_error("emergency_contact", _("Confirm an emergency contact."))
        return data
