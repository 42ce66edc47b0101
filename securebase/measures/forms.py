"""The clinician's form for scheduling a questionnaire. Validation only; nothing is saved."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from securebase.assessments.catalog import measure_instruments
from securebase.measures.models import Schedule


class ScheduleForm(forms.Form):
    instrument = forms.ChoiceField(label=_("Questionnaire"), choices=())
    repeat = forms.ChoiceField(
        label=_("How often"),
        choices=[
            (Schedule.Repeat.ONCE, _("Once, now")),
            (Schedule.Repeat.EVERY, _("Every few days, starting now")),
            (Schedule.Repeat.BEFORE_SESSION, _("Before each booked session (two days before)")),
        ],
        widget=forms.RadioSelect,
        initial=Schedule.Repeat.ONCE,
    )
    every_days = forms.IntegerField(
        label=_("Every how many days"),
        min_value=1,
        max_value=365,
        required=False,
        help_text=_("Only for “every few days”, e.g. 14."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["instrument"].choices = [
            (i.slug, f"{i.short_name} ({i.name})") for i in measure_instruments()
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("repeat") == Schedule.Repeat.EVERY and not cleaned.get("every_days"):
            self.add_error("every_days", _("Say every how many days, for example 14."))
        return cleaned
