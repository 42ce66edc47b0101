"""A clinician's booking rules, their weekly hours and the dates that differ from them."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from securebase.bookings import slots
from securebase.core.dates import clock, short_date


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class Format(models.TextChoices):
    IN_PERSON = slots.IN_PERSON, _("In person")
    TELEHEALTH = slots.TELEHEALTH, _("Telehealth (video)")


class BookingSettings(models.Model):
    """One clinician's booking rules. Created with defaults the first time they are needed."""

    class Approval(models.TextChoices):
        INSTANT = "instant", _("Instant: a booking is confirmed at once")
        REQUEST = "request", _("Request and approve: I confirm or decline each request")

    clinician = models.OneToOneField(
        "practice.ClinicianProfile", on_delete=models.CASCADE, related_name="booking_settings"
    )
    accepting = models.BooleanField(
        _("accepting consultations"),
        default=True,
        help_text=_("Untick to stop new bookings without touching your hours."),
    )
    approval = models.CharField(
        _("approval"), max_length=8, choices=Approval.choices, default=Approval.INSTANT
    )
    length_minutes = models.PositiveSmallIntegerField(
        _("consultation length (minutes)"), default=15
    )
    interval_minutes = models.PositiveSmallIntegerField(
        _("slot interval (minutes)"),
        default=15,
        help_text=_("How far apart the start times offered are."),
    )
    buffer_before_minutes = models.PositiveSmallIntegerField(
        _("buffer before (minutes)"), default=0
    )
    buffer_after_minutes = models.PositiveSmallIntegerField(_("buffer after (minutes)"), default=0)
    notice_hours = models.PositiveSmallIntegerField(
        _("minimum notice (hours)"),
        default=24,
        help_text=_("The soonest a consultation can start after it is booked."),
    )
    horizon_days = models.PositiveSmallIntegerField(
        _("booking horizon (days)"),
        default=30,
        help_text=_("How many days ahead people can book, counted in the practice's time zone."),
    )
    video_link = models.URLField(
        _("telehealth video link"),
        blank=True,
        help_text=_("Your own video platform's meeting link, sent in telehealth confirmations."),
    )
    feed_token = models.CharField(max_length=64, unique=True, default=new_feed_token)

    # What a clinician sets on the settings page (the form shows these, the service saves them).
    EDITABLE_FIELDS = (
        "accepting",
        "approval",
        "length_minutes",
        "interval_minutes",
        "buffer_before_minutes",
        "buffer_after_minutes",
        "notice_hours",
        "horizon_days",
        "video_link",
    )

    class Meta:
        verbose_name_plural = _("booking settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(length_minutes__gte=5) & Q(interval_minutes__gte=5),
                name="bookings_settings_positive_times",
            ),
        ]

    def __str__(self) -> str:
        return f"Booking settings of {self.clinician}"

    @property
    def requires_approval(self) -> bool:
        return self.approval == self.Approval.REQUEST

    @property
    def length(self) -> timedelta:
        return timedelta(minutes=self.length_minutes)

    @property
    def buffer_before(self) -> timedelta:
        return timedelta(minutes=self.buffer_before_minutes)

    @property
    def buffer_after(self) -> timedelta:
        return timedelta(minutes=self.buffer_after_minutes)


def formats_of(in_person: bool, telehealth: bool) -> frozenset[str]:
    """The formats a window offers, from its two flags (``FormatsMixin.formats``; the picker
    reads the flags as bare values and asks here)."""
    return _FORMATS[bool(in_person), bool(telehealth)]


_FORMATS = {
    (True, True): frozenset({Format.IN_PERSON.value, Format.TELEHEALTH.value}),
    (True, False): frozenset({Format.IN_PERSON.value}),
    (False, True): frozenset({Format.TELEHEALTH.value}),
    (False, False): frozenset(),
}


class FormatsMixin(models.Model):
    in_person = models.BooleanField(default=True)
    telehealth = models.BooleanField(default=True)

    class Meta:
        abstract = True

    @property
    def formats(self) -> frozenset[str]:
        return formats_of(self.in_person, self.telehealth)

    @property
    def formats_text(self) -> str:
        if self.in_person and self.telehealth:
            return str(_("In person or telehealth"))
        return str(_("In person")) if self.in_person else str(_("Telehealth"))


class WeeklyWindow(FormatsMixin):
    """Hours offered every week on one weekday, in the practice's wall-clock time."""

    # With a context, so these capitalized labels never stand in for Django's own weekday names
    # (which date formatting uses, lower case in Spanish).
    class Weekday(models.IntegerChoices):
        MONDAY = 0, pgettext_lazy("weekly hours", "Monday")
        TUESDAY = 1, pgettext_lazy("weekly hours", "Tuesday")
        WEDNESDAY = 2, pgettext_lazy("weekly hours", "Wednesday")
        THURSDAY = 3, pgettext_lazy("weekly hours", "Thursday")
        FRIDAY = 4, pgettext_lazy("weekly hours", "Friday")
        SATURDAY = 5, pgettext_lazy("weekly hours", "Saturday")
        SUNDAY = 6, pgettext_lazy("weekly hours", "Sunday")

    settings = models.ForeignKey(BookingSettings, on_delete=models.CASCADE, related_name="weekly")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    start_time = models.TimeField()
    end_time = models.TimeField()

    class Meta:
        ordering = ["weekday", "start_time"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__gt=models.F("start_time")),
                name="bookings_weekly_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(in_person=True) | Q(telehealth=True),
                name="bookings_weekly_has_a_format",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {clock(self.start_time)}–{clock(self.end_time)}"

    def as_window(self) -> slots.Window:
        return slots.Window(self.start_time, self.end_time, self.formats)


class DateOverride(FormatsMixin):
    """One date that differs from the weekly hours: a day off, or custom hours for that date."""

    settings = models.ForeignKey(
        BookingSettings, on_delete=models.CASCADE, related_name="overrides"
    )
    date = models.DateField()
    day_off = models.BooleanField(default=False)
    start_time = models.TimeField(null=True, blank=True)
    end_time = models.TimeField(null=True, blank=True)

    class Meta:
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["settings", "date"], name="bookings_one_override"),
            models.CheckConstraint(
                condition=Q(day_off=True)
                | (
                    Q(start_time__isnull=False)
                    & Q(end_time__gt=models.F("start_time"))
                    & (Q(in_person=True) | Q(telehealth=True))
                ),
                name="bookings_override_is_day_off_or_hours",
            ),
        ]

    def __str__(self) -> str:
        if self.day_off:
            return f"{short_date(self.date)}: day off"
        return f"{short_date(self.date)}: {clock(self.start_time)}–{clock(self.end_time)}"

    def as_windows(self) -> tuple[slots.Window, ...]:
        if self.day_off:
            return ()
        return (slots.Window(self.start_time, self.end_time, self.formats),)
