from __future__ import annotations

import uuid
from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

BODY_MAX_LENGTH = 20_000
NOTE_MAX_LENGTH = 2_000
REASON_MAX_LENGTH = 500


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def _submission_key_field() -> forms.UUIDField:
    # A fresh key per rendered form: the same form sent twice is saved once.
    return forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)


class EntryForm(forms.Form):
    body = forms.CharField(
        label=_("Your entry"),
        widget=forms.Textarea(attrs={"rows": 12, "translate": "no"}),
        max_length=BODY_MAX_LENGTH,
        error_messages={"required": _("Write at least a few words before saving.")},
    )
    submission_key = _submission_key_field()

    def __init__(self, *args, label: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if label:
            self.fields["body"].label = label


class EntryEditForm(forms.Form):
    body = forms.CharField(
        label=_("Your entry"),
        widget=forms.Textarea(attrs={"rows": 12, "translate": "no"}),
        max_length=BODY_MAX_LENGTH,
        error_messages={
            "required": _("An entry cannot be empty. To remove it, delete it instead.")
        },
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class _DatedForm(forms.Form):
    """A form whose dates must not lie in the person's future (``today`` is their local date)."""

    def __init__(self, *args, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    def _not_in_future(self, value: date) -> date:
        if value > self.today:
            raise forms.ValidationError(_("That date is in the future. Choose today or earlier."))
        return value


class StartNoContactForm(_DatedForm):
    started_on = forms.DateField(
        label=_("The day no contact started"),
        widget=DateInput,
        help_text=_("Today, or the day you last had contact and decided to stop."),
    )

    def clean_started_on(self):
        return self._not_in_future(self.cleaned_data["started_on"])


class SlipForm(_DatedForm):
    happened_on = forms.DateField(label=_("When it happened"), widget=DateInput)
    note = forms.CharField(
        label=_("What happened, if you want to note it"),
        widget=forms.Textarea(attrs={"rows": 3, "translate": "no"}),
        max_length=NOTE_MAX_LENGTH,
        required=False,
        help_text=_("What you were feeling just before can be worth noticing. No judgment."),
    )
    restart_count = forms.BooleanField(
        label=_("Start my count again from this day"),
        required=False,
        help_text=_("Leave this unticked to keep your count going. It is entirely your call."),
    )
    submission_key = _submission_key_field()

    def __init__(self, *args, started_on: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.started_on = started_on

    def clean_happened_on(self):
        value = self._not_in_future(self.cleaned_data["happened_on"])
        if value < self.started_on:
            raise forms.ValidationError(
                _("That is before your no-contact start date. Choose a day since then.")
            )
        return value


class ReasonForm(forms.Form):
    text = forms.CharField(
        label=_("A reason, in your words"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.TextInput(attrs={"translate": "no"}),
        error_messages={"required": _("Write your reason before adding it.")},
    )
    submission_key = _submission_key_field()
