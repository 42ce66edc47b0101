from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

from securebase.checkins import vocabulary
from securebase.checkins.models import Checkin

NOTE_MAX_LENGTH = 4000


@dataclass(frozen=True)
class CheckinEntry:
    """What a person entered in a check-in, validated; the services write it."""

    anxiety: int
    emotions: list[str] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)
    behaviors: dict[str, str] = field(default_factory=dict)
    helped: list[str] = field(default_factory=list)
    note: str = ""


def translated_choices(terms) -> list[tuple[str, str]]:
    """(key, label) pairs whose labels read in the page's language (keys stay as stored)."""
    return [(term.key, _(term.label)) for term in terms]


class ChipsWidget(forms.CheckboxSelectMultiple):
    """Checkboxes laid out as tappable pills (the template's fieldset has the "pills" class of
    site.css)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, attrs={"class": "chip-input"}, **kwargs)


class CheckinForm(forms.Form):
    """One screen: anxiety, emotions by family, triggers, protest behaviors, what helped, note.

    The hidden ``token`` makes a double submit save one check-in; a fresh one is issued
    each time the blank form is shown.
    """

    token = forms.UUIDField(widget=forms.HiddenInput)
    anxiety = forms.TypedChoiceField(
        label=_("How anxious do you feel right now?"),
        help_text=_("0 is calm; 10 is as anxious as you ever get."),
        choices=[(n, str(n)) for n in range(11)],
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "scale-input"}),
        error_messages={"required": _("Choose a number from 0 to 10 — any answer is fine.")},
    )
    triggers = forms.MultipleChoiceField(
        label=_("What set it off?"),
        choices=translated_choices(vocabulary.TRIGGERS),
        required=False,
        widget=ChipsWidget,
    )
    helped = forms.MultipleChoiceField(
        label=_("What helped?"),
        choices=translated_choices(vocabulary.HELPED),
        required=False,
        widget=ChipsWidget,
    )
    note = forms.CharField(
        label=_("Anything you want to remember"),
        help_text=_("Private to you and stored encrypted."),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "translate": "no"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for group in vocabulary.EMOTION_GROUPS:
            self.fields[self.emotion_field(group.key)] = forms.MultipleChoiceField(
                label=_(group.label),
                choices=translated_choices(group.terms),
                required=False,
                widget=ChipsWidget,
            )
        for term in vocabulary.PROTEST_BEHAVIORS:
            self.fields[self.behavior_field(term.key)] = forms.ChoiceField(
                label=_(term.label),
                choices=[(mark, _(label)) for mark, label in vocabulary.BEHAVIOR_MARKS],
                required=False,
                initial=vocabulary.NOT_TODAY,
                widget=forms.RadioSelect(attrs={"class": "mark-input"}),
            )
        if not self.is_bound and "token" not in self.initial:
            self.initial["token"] = uuid.uuid4()

    @staticmethod
    def emotion_field(group_key: str) -> str:
        return f"emotions_{group_key}"

    @staticmethod
    def behavior_field(behavior_key: str) -> str:
        return f"behavior_{behavior_key}"

    @classmethod
    def initial_for(cls, checkin: Checkin) -> dict:
        """Form values that show an existing check-in (for editing it)."""
        initial: dict = {
            "anxiety": checkin.anxiety,
            "triggers": list(checkin.triggers),
            "helped": list(checkin.helped),
            "note": checkin.note,
        }
        chosen = set(checkin.emotions)
        for group in vocabulary.EMOTION_GROUPS:
            initial[cls.emotion_field(group.key)] = [t.key for t in group.terms if t.key in chosen]
        for term in vocabulary.PROTEST_BEHAVIORS:
            initial[cls.behavior_field(term.key)] = checkin.behaviors.get(
                term.key, vocabulary.NOT_TODAY
            )
        return initial

    def emotion_groups(self):
        return [self[self.emotion_field(group.key)] for group in vocabulary.EMOTION_GROUPS]

    def behavior_marks(self):
        return [self[self.behavior_field(term.key)] for term in vocabulary.PROTEST_BEHAVIORS]

    def entry(self) -> CheckinEntry:
        """The validated entry; only call after ``is_valid()``."""
        data = self.cleaned_data
        emotions = [
            key
            for group in vocabulary.EMOTION_GROUPS
            for key in data.get(self.emotion_field(group.key), [])
        ]
        behaviors = {
            term.key: data[self.behavior_field(term.key)]
            for term in vocabulary.PROTEST_BEHAVIORS
            if data.get(self.behavior_field(term.key))
        }
        return CheckinEntry(
            anxiety=data["anxiety"],
            emotions=emotions,
            triggers=list(data["triggers"]),
            behaviors=behaviors,
            helped=list(data["helped"]),
            note=data["note"].strip(),
        )
