"""Input parsing and validation for booking. Forms never write; services do."""

from __future__ import annotations

from datetime import UTC, date, datetime

from django import forms
from django.core.exceptions import BadRequest, ValidationError
from django.utils.translation import gettext_lazy as _

from securebase.accounts.zones import is_known_zone, zone_choices
from securebase.bookings.availability import WindowSpec
from securebase.bookings.free_times import ANY
from securebase.bookings.models import Booking, BookingSettings, Format, WeeklyWindow

IN_CALIFORNIA = "california"
ELSEWHERE = "elsewhere"

NOT_IN_CALIFORNIA = _(
    "We can only see you by telehealth if you will be physically in California at the time of "
    "the consultation: our clinicians are licensed in California, and a California license "
    "covers clients who are located in California."
)

REASON_HELP = _(
    "Optional: a sentence or two, only if you want to. This is not for emergencies and no one "
    "reads it right away. If what you write suggests you may be in danger, we show you crisis "
    "resources straight away and mark your request for the clinician's prompt follow-up (the "
    "email they get says only that a request needs prompt review, none of your words). If you "
    "are in crisis, call or text 988, or call 911."
)


def clean_zone(value: str, default: str) -> str:
    """A valid IANA time zone name, or the default."""
    return value if is_known_zone(value) else default


def clinician_choices(clinicians) -> list[tuple[str, str]]:
    return [(ANY, _("First available clinician"))] + [(c.slug, c.display_name) for c in clinicians]


class StartForm(forms.Form):
    """Who and how: a clinician (or the first available) and a format."""

    clinician = forms.ChoiceField(
        label=_("Who would you like to talk to?"), widget=forms.RadioSelect
    )
    format = forms.ChoiceField(
        label=_("How would you like to meet?"),
        choices=Format.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose in person or telehealth.")},
    )
    location = forms.ChoiceField(
        label=_("For telehealth: where will you be at the time of the consultation?"),
        choices=[
            (IN_CALIFORNIA, _("In California")),
            (ELSEWHERE, _("Somewhere outside California")),
        ],
        widget=forms.RadioSelect,
        required=False,
    )

    tz = forms.CharField(
        label=_("Show times in"),
        required=False,
        max_length=64,
        widget=forms.Select,
        help_text=_("The time zone you will be in. You can change it on the next page too."),
    )

    def __init__(self, *args, clinicians, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["clinician"].choices = clinician_choices(clinicians)
        self.fields["clinician"].initial = ANY
        asked = self.data.get("tz") or self.initial.get("tz") or ""
        self.fields["tz"].widget.choices = zone_choices(asked)

    def clean_tz(self):
        return clean_zone(self.cleaned_data.get("tz") or "", "")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("format") == Format.TELEHEALTH and not cleaned.get("location"):
            self.add_error(
                "location", _("For telehealth, tell us whether you will be in California.")
            )
        return cleaned

    @property
    def outside_california(self) -> bool:
        return (
            self.cleaned_data.get("format") == Format.TELEHEALTH
            and self.cleaned_data.get("location") == ELSEWHERE
        )


# Dates a query string may name. Far wider than anything bookable, and far enough from the
# calendar's ends (years 1 and 9999) that paging a week or changing time zone cannot overflow.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2999, 12, 31)
OUT_OF_RANGE = _(
    "That date is outside the range this page can show. Please choose a time from the list."
)


def within_range(day: date) -> date:
    """`day` if a page can show it; otherwise BadRequest, which answers 400 with the reason."""
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise BadRequest(OUT_OF_RANGE)
    return day


class PickerForm(forms.Form):
    """The slot picker's query string. Bad values fall back to sensible defaults."""

    clinician = forms.ChoiceField(required=False)
    format = forms.ChoiceField(choices=Format.choices)
    tz = forms.CharField(required=False, max_length=64)
    week = forms.DateField(required=False)

    def __init__(self, *args, clinicians, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["clinician"].choices = clinician_choices(clinicians)

    def clean_clinician(self):
        return self.cleaned_data.get("clinician") or ANY

    def clean_tz(self):
        return clean_zone(self.cleaned_data.get("tz") or "", "")

    def clean_week(self):
        week = self.cleaned_data.get("week")
        return within_range(week) if week else None


class SlotChoiceForm(PickerForm):
    """The picker's query string plus the chosen start time (ISO 8601, UTC)."""

    start = forms.CharField(max_length=40)

    def clean_start(self):
        raw = self.cleaned_data["start"].strip().replace("Z", "+00:00")
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            raise ValidationError(_("That is not a time we offered.")) from None
        if moment.tzinfo is None:
            raise ValidationError(_("That is not a time we offered."))
        within_range(moment.date())
        return moment.astimezone(UTC)


class DetailsForm(forms.Form):
    """The client's details. For telehealth, the California attestation and the consent."""

    full_name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(
        label=_("Email"), help_text=_("We send the confirmation and calendar invitation here.")
    )
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    contact_method = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=Booking.ContactMethod.choices,
        initial=Booking.ContactMethod.EMAIL,
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("What brings you here?"),
        required=False,
        max_length=600,
        help_text=REASON_HELP,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    contact_consent = forms.BooleanField(
        label=_("I agree to be contacted about this consultation by the method I chose."),
        error_messages={"required": _("We need your agreement to contact you about this.")},
    )
    in_california = forms.BooleanField(
        label=_("I will be physically in California at the time of the consultation."),
        error_messages={"required": NOT_IN_CALIFORNIA},
    )
    telehealth_consent = forms.BooleanField(
        label=_(
            "I have read the telehealth information above and consent to a telehealth consultation."
        ),
        error_messages={"required": _("Telehealth needs your consent; you can book in person.")},
    )
    session_address = forms.CharField(
        label=_("The address where you will be during the consultation"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2, "autocomplete": "street-address"}),
        help_text=_("So that help can be sent there in an emergency. Stored encrypted."),
        error_messages={"required": _("Add the address where you will be.")},
    )
    emergency_contact = forms.CharField(
        label=_("Emergency contact: a name and phone number"),
        max_length=200,
        help_text=_("Someone we may call if we are worried for your safety during the call."),
        error_messages={"required": _("Add someone we may call in an emergency.")},
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, fmt: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fmt = fmt
        if fmt != Format.TELEHEALTH:
            for name in ("in_california", "telehealth_consent", "session_address"):
                del self.fields[name]
            del self.fields["emergency_contact"]
        self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("contact_method")
        if (
            method in (Booking.ContactMethod.PHONE, Booking.ContactMethod.TEXT)
            and not (cleaned.get("phone") or "").strip()
        ):
            self.add_error("phone", _("Add a phone number so we can call or text you."))
        return cleaned


class CancelForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the client"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Included in the email telling them it is cancelled."),
    )


class DeclineForm(CancelForm):
    prefix = "decline"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].help_text = _(
            "Included in the email telling them the request was declined."
        )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Private note"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only you see this. It is stored encrypted."),
    )


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        choices=[
            (Booking.Status.COMPLETED, _("Completed")),
            (Booking.Status.NO_SHOW, _("No-show")),
        ]
    )


class SettingsForm(forms.ModelForm):
    """The clinician's booking rules. Validates only; services.update_booking_settings saves."""

    video_link = forms.URLField(
        label=_("Telehealth video link"),
        required=False,
        assume_scheme="https",
        help_text=_("Your own video platform's meeting link, sent in telehealth confirmations."),
    )

    class Meta:
        model = BookingSettings
        fields = BookingSettings.EDITABLE_FIELDS
        widgets = {"approval": forms.RadioSelect}

    def _within(self, name: str, low: int, high: int, message) -> int:
        """The cleaned ``name`` when it lies from ``low`` to ``high``; else ``message``."""
        value = self.cleaned_data[name]
        if not low <= value <= high:
            raise ValidationError(message)
        return value

    def clean_length_minutes(self):
        return self._within("length_minutes", 5, 240, _("Choose between 5 and 240 minutes."))

    def clean_interval_minutes(self):
        return self._within("interval_minutes", 5, 240, _("Choose between 5 and 240 minutes."))

    def clean_horizon_days(self):
        return self._within("horizon_days", 1, 365, _("Choose between 1 and 365 days."))

    def clean_notice_hours(self):
        value = self.cleaned_data["notice_hours"]
        if value > 24 * 60:
            raise ValidationError(_("Choose at most 60 days (1440 hours)."))
        return value


class WindowForm(forms.Form):
    weekday = forms.TypedChoiceField(
        choices=WeeklyWindow.Weekday.choices, coerce=int, label=_("Day")
    )
    start_time = forms.TimeField(label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}))
    end_time = forms.TimeField(label=_("Until"), widget=forms.TimeInput(attrs={"type": "time"}))
    in_person = forms.BooleanField(label=_("In person"), required=False, initial=True)
    telehealth = forms.BooleanField(label=_("Telehealth"), required=False, initial=True)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            raise ValidationError(_("The end must be after the start."))
        if not (cleaned.get("in_person") or cleaned.get("telehealth")):
            raise ValidationError(_("Choose in person, telehealth or both."))
        return cleaned

    def spec(self) -> WindowSpec:
        data = self.cleaned_data
        return WindowSpec(
            weekday=data["weekday"],
            start_time=data["start_time"],
            end_time=data["end_time"],
            in_person=data["in_person"],
            telehealth=data["telehealth"],
        )


WindowFormSet = forms.formset_factory(WindowForm, extra=2, can_delete=True, max_num=40)


class OverrideForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    day_off = forms.BooleanField(label=_("Day off"), required=False)
    start_time = forms.TimeField(
        label=_("From"), required=False, widget=forms.TimeInput(attrs={"type": "time"})
    )
    end_time = forms.TimeField(
        label=_("Until"), required=False, widget=forms.TimeInput(attrs={"type": "time"})
    )
    in_person = forms.BooleanField(label=_("In person"), required=False, initial=True)
    telehealth = forms.BooleanField(label=_("Telehealth"), required=False, initial=True)

    def __init__(self, *args, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    def clean_date(self):
        value = self.cleaned_data["date"]
        if value < self.today:
            raise ValidationError(_("Choose today or a later date."))
        return value

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("day_off"):
            return cleaned
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if not (start and end):
            raise ValidationError(_("Tick “Day off”, or give the hours for that date."))
        if end <= start:
            raise ValidationError(_("The end must be after the start."))
        if not (cleaned.get("in_person") or cleaned.get("telehealth")):
            raise ValidationError(_("Choose in person, telehealth or both."))
        return cleaned
