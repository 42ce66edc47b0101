from __future__ import annotations

import uuid

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_lazy

from securebase.accounts.zones import zone_choices
from securebase.chat_analysis.engine import errors
from securebase.chat_analysis.engine.errors import megabytes


class UploadForm(forms.Form):
    chat = forms.FileField(
        label=gettext_lazy("Your exported chat"),
        error_messages={
            "required": gettext_lazy("Choose the exported chat file to upload."),
            "empty": lazy(lambda: errors.empty_file().message, str)(),
        },
        help_text=gettext_lazy(
            "The .txt or .zip file from WhatsApp's “Export chat”, a Telegram or Messenger "
            ".json file, a Signal or iMessage export, or a CSV."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".txt,.zip,.json,.csv,.html,.htm,.md,text/plain,application/zip"}
        ),
    )
    time_zone = forms.ChoiceField(
        label=gettext_lazy("Time zone of the phone that made the export"),
        help_text=gettext_lazy("Message times in an export are local times; this says where."),
    )

    def __init__(self, *args, limit: int, time_zone: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.limit = limit
        self.fields["time_zone"].choices = zone_choices(time_zone)
        self.fields["time_zone"].initial = time_zone
        self.fields["chat"].widget.attrs["data-max-bytes"] = str(limit)
        self.fields["chat"].help_text = gettext(
            "The .txt or .zip file from WhatsApp's “Export chat”, a Telegram or Messenger "
            ".json file, a Signal or iMessage export, or a CSV. Up to %(size)s."
        ) % {"size": megabytes(limit)}

    def clean_chat(self):
        upload = self.cleaned_data["chat"]
        if upload.size > self.limit:
            raise forms.ValidationError(errors.too_large(self.limit).message)
        return upload


class PeopleForm(forms.Form):
    """Who is "me" and whose replies to look at, as participant numbers in one chat."""

    me = forms.TypedChoiceField(
        label=gettext_lazy("Which one is you?"), coerce=int, widget=forms.RadioSelect
    )
    them = forms.TypedChoiceField(
        label=gettext_lazy("Whose replies do you want to look at?"),
        coerce=int,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, participants: tuple[str, ...], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        choices = list(enumerate(participants))
        self.fields["me"].choices = choices
        self.fields["them"].choices = choices

    def clean(self):
        data = super().clean()
        if data.get("me") is not None and data.get("me") == data.get("them"):
            raise forms.ValidationError(
                gettext("“You” and “them” need to be two different people.")
            )
        return data


class ReportForm(forms.Form):
    """The report's address: chat, people, and optionally the moment to measure from."""

    chat = forms.IntegerField(min_value=0, required=False)
    me = forms.IntegerField(min_value=0)
    them = forms.IntegerField(min_value=0)
    as_of = forms.DateTimeField(
        label=gettext_lazy("Measure the current silence as of"),
        required=False,
        help_text=gettext_lazy("Leave empty for now. Your local time."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
    )


class SaveForm(ReportForm):
    token = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)
