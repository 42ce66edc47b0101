from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from securebase.care import homework
from securebase.care.models import Assignment


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("Their email address"),
        help_text=_("They get a link that works once, and only for an account with this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    language = forms.ChoiceField(
        label=_("Language of the invitation email"),
        choices=settings.LANGUAGES,
        required=False,
        help_text=_("If they already have an account, the email uses their account's language."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The page's language unless the clinician picks the other one.
        self.fields["language"].initial = self.page_language()

    @staticmethod
    def page_language() -> str:
        return translation.get_language() or settings.LANGUAGE_CODE

    def clean_language(self) -> str:
        return self.cleaned_data["language"] or self.page_language()


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(choices=[("accept", _("Accept")), ("decline", _("Decline"))])


class SwitchForm(forms.Form):
    on = forms.TypedChoiceField(
        choices=[("1", _("On")), ("0", _("Off"))], coerce=lambda v: v == "1", empty_value=None
    )


class AssignmentForm(forms.Form):
    what = forms.ChoiceField(label=_("What to do"))
    note = forms.CharField(
        label=_("A note for them"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Stored encrypted; only they and you see it."),
    )
    due_on = forms.DateField(
        label=_("Due by"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["what"].choices = [("", _("Choose…")), *homework.choices()]

    def clean_what(self) -> tuple[str, str]:
        kind, target = homework.split(self.cleaned_data["what"])
        if kind not in Assignment.Kind.values or not target:
            raise forms.ValidationError(_("Choose something from the list."))
        return kind, target


class SearchForm(forms.Form):
    SORTS = [
        ("name", _("Name")),
        ("activity", _("Last activity")),
        ("homework", _("Open homework")),
    ]
    q = forms.CharField(label=_("Search by name"), required=False, max_length=100)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)
