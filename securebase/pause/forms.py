from __future__ import annotations

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from securebase.pause import exercises
from securebase.pause.models import translated_choices

MESSAGE_MAX_LENGTH = 5000
URGE_HELP = _("0 is barely there; 10 is overwhelming.")
ANXIETY_HELP = _("0 is calm; 10 is as anxious as you get.")


def _rating(label: str, help_text: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        help_text=help_text,
        choices=[(n, str(n)) for n in range(exercises.RATING_MIN, exercises.RATING_MAX + 1)],
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "scale-input"}),
        error_messages={"required": _("Choose a number from 0 to 10 — a rough guess is fine.")},
    )


class StartForm(forms.Form):
    """What is pulling, and how strongly, before the exercise."""

    token = forms.UUIDField(widget=forms.HiddenInput)
    urge = forms.ChoiceField(
        label=_("What do you feel pulled to do?"),
        choices=translated_choices(exercises.URGES),
        widget=forms.RadioSelect,
        error_messages={"required": _("Pick the one closest to what you feel.")},
    )
    urge_before = _rating(_("How strong is the urge?"), URGE_HELP)
    anxiety_before = _rating(_("How anxious do you feel?"), ANXIETY_HELP)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and "token" not in self.initial:
            self.initial["token"] = uuid.uuid4()


class AfterForm(forms.Form):
    """The second rating, and what happened with the urge."""

    exercise = forms.ChoiceField(
        choices=[("", ""), *translated_choices(exercises.EXERCISES)],
        required=False,
        widget=forms.HiddenInput,
    )
    urge_after = _rating(_("How strong is the urge now?"), URGE_HELP)
    anxiety_after = _rating(_("How anxious do you feel now?"), ANXIETY_HELP)
    outcome = forms.ChoiceField(
        label=_("What happened with the urge?"),
        choices=translated_choices(exercises.OUTCOMES),
        widget=forms.RadioSelect,
        error_messages={"required": _("Pick the closest one — there is no wrong answer.")},
    )


class UnsentMessageForm(forms.Form):
    message = forms.CharField(
        label=_("The message you want to send"),
        help_text=_("Write it all. It stays here: nothing on this page is ever sent to anyone."),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8, "translate": "no"}),
        error_messages={"required": _("Write something first, even a few words.")},
    )


ASK_PART_MAX_LENGTH = 500


# What a person types is theirs, in whatever language: marked so it is never translated.
def _ask_part(label: str, help_text: str, *, required: bool = True) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=ASK_PART_MAX_LENGTH,
        required=required,
        widget=forms.Textarea(attrs={"rows": 2, "translate": "no"}),
    )


class AskDirectlyForm(forms.Form):
    """Three short parts of a direct, kind request for closeness. Never saved."""

    feel = _ask_part(
        _("What I feel"),
        _('Starts with "I\'m feeling…". For example: a bit far from you this week.'),
        required=False,
    )
    like = _ask_part(
        _("What I'd like"),
        _('Starts with "I\'d like…". For example: some time just the two of us.'),
    )
    ask = _ask_part(
        _("A gentle ask"),
        _("A question they can say yes or no to. For example: Could we have dinner on Friday?"),
    )

    def draft(self) -> str:
        data = self.cleaned_data
        return exercises.compose_ask(feel=data["feel"], like=data["like"], ask=data["ask"])


class BreathingSettingsForm(forms.Form):
    """Pacer settings, read from the query string; bad values fall back to the defaults."""

    inhale = forms.IntegerField(
        label=_("Breathe in (seconds)"),
        min_value=exercises.BREATH_SECONDS_MIN,
        max_value=exercises.BREATH_SECONDS_MAX,
        initial=exercises.BREATH_IN_DEFAULT,
    )
    exhale = forms.IntegerField(
        label=_("Breathe out (seconds)"),
        min_value=exercises.BREATH_SECONDS_MIN,
        max_value=exercises.BREATH_SECONDS_MAX,
        initial=exercises.BREATH_OUT_DEFAULT,
    )
    minutes = forms.IntegerField(
        label=_("For how long (minutes)"),
        min_value=exercises.BREATHING_MINUTES_MIN,
        max_value=exercises.BREATHING_MINUTES_MAX,
        initial=exercises.BREATHING_MINUTES_DEFAULT,
    )


class SurfSettingsForm(forms.Form):
    minutes = forms.IntegerField(
        label=_("Timer (minutes)"),
        min_value=exercises.SURF_MINUTES_MIN,
        max_value=exercises.SURF_MINUTES_MAX,
        initial=exercises.SURF_MINUTES_DEFAULT,
    )


def settings_from_query(form_class, query) -> tuple[forms.Form, dict]:
    """Bind ``form_class`` to the query string when it has values, and return the settings.

    Invalid values are reported on the form and replaced by the defaults, so the exercise
    always runs.
    """
    names = list(form_class.base_fields)
    if any(name in query for name in names):
        form = form_class(query)
        valid = form.is_valid()
    else:
        form, valid = form_class(), False
    values = {name: form_class.base_fields[name].initial for name in names}
    if valid:
        values.update(form.cleaned_data)
    return form, values
