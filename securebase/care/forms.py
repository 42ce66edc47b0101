from __future__ import annotations

from django import forms

from securebase.care import homework
from securebase.care.models import Assignment


class InviteForm(forms.Form):
    email = forms.EmailField(
        label="Their email address",
        help_text="They get a link that works once, and only for an account with this address.",
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(choices=[("accept", "Accept"), ("decline", "Decline")])


class SwitchForm(forms.Form):
    on = forms.TypedChoiceField(
        choices=[("1", "On"), ("0", "Off")], coerce=lambda v: v == "1", empty_value=None
    )


class AssignmentForm(forms.Form):
    what = forms.ChoiceField(label="What to do")
    note = forms.CharField(
        label="A note for them",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Stored encrypted; only they and you see it.",
    )
    due_on = forms.DateField(
        label="Due by", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["what"].choices = [("", "Choose…"), *homework.choices()]

    def clean_what(self) -> tuple[str, str]:
        kind, target = homework.split(self.cleaned_data["what"])
        if kind not in Assignment.Kind.values or not target:
            raise forms.ValidationError("Choose something from the list.")
        return kind, target


class SearchForm(forms.Form):
    q = forms.CharField(label="Search by name", required=False, max_length=100)
    sort = forms.ChoiceField(
        label="Sort by",
        required=False,
        choices=[
            ("name", "Name"),
            ("activity", "Last activity"),
            ("homework", "Open homework"),
        ],
    )
