from __future__ import annotations

from django import forms
from django.utils import translation
from django.utils.translation import gettext

from securebase.safetyplan.steps import STEPS

MAX_LENGTH = 4000


class SafetyPlanForm(forms.Form):
    """One box per step, each optional; at least one must hold something."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = translation.get_language()
        for number, step in enumerate(STEPS, start=1):
            self.fields[step.field] = forms.CharField(
                label=f"{number}. {step.title(language)}",
                help_text=step.prompt(language),
                required=False,
                max_length=MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 4, "translate": "no"}),
            )

    def clean(self):
        data = super().clean()
        if not any((data.get(step.field) or "").strip() for step in STEPS):
            raise forms.ValidationError(
                gettext("Write something in at least one step to save a plan.")
            )
        return data
