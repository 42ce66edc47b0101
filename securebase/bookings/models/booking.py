"""One consultation, and what hangs on it: a safety follow-up, a reminder."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from securebase.accounts.zones import practice_time_text
from securebase.bookings.models.availability import Format
from securebase.core.fields import EncryptedTextField, record_person

# The languages a booking's emails and calendar text can be written in (settings.LANGUAGES),
# named for a sentence: "read in Spanish".
LANGUAGE_CHOICES = [("en", _("English")), ("es", _("Spanish"))]


def booking_link(related_name: str) -> models.ForeignKey:
    """The consultation a row of another app was made for, when it was made for one.

    The row outlives the booking: deleting the booking only empties the link.
    """
    return models.ForeignKey(
        "bookings.Booking",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
    )


class Booking(models.Model):
    """One free consultation, requested or booked by a visitor or a signed-in client."""

    class Status(models.TextChoices):
        # A signed-out visitor's booking before they confirm their email: it holds its time only
        # until `email_confirm_by` (see docs/bookings.md), and nobody else sees it.
        AWAITING_EMAIL = "awaiting_email", _("Awaiting email confirmation")
        PENDING = "pending", _("Awaiting confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")
        COMPLETED = "completed", _("Completed")
        NO_SHOW = "no_show", _("No-show")

    class ContactMethod(models.TextChoices):
        EMAIL = "email", _("Email")
        PHONE = "phone", _("Phone call")
        TEXT = "text", _("Text message")

    class CancelledBy(models.TextChoices):
        CLIENT = "client", pgettext_lazy("who cancelled", "The client")
        CLINICIAN = "clinician", pgettext_lazy("who cancelled", "The clinician")

    # Statuses that hold a time on the clinician's calendar.
    HOLDING = (Status.PENDING, Status.CONFIRMED)

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    clinician = models.ForeignKey(
        "practice.ClinicianProfile", on_delete=models.PROTECT, related_name="bookings"
    )
    # A record of care: deleting the account detaches the booking, which keeps the name and
    # email given, until the retention period runs out.
    client = record_person(
        "bookings",
        blank=True,
        help_text="Set when a signed-in client booked; cleared when they delete their account.",
    )
    format = models.CharField(max_length=16, choices=Format.choices)
    status = models.CharField(max_length=16, choices=Status.choices)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    # The consultation plus the clinician's buffers at booking time: what no other booking may
    # overlap. Stored so that later changes to the buffers never make old bookings overlap.
    held_from = models.DateTimeField()
    held_until = models.DateTimeField()
    sequence = models.PositiveIntegerField(default=0, help_text="iCalendar SEQUENCE.")

    full_name = models.CharField(max_length=150)
    email = models.EmailField()
    phone = models.CharField(max_length=40, blank=True)
    contact_method = models.CharField(
        max_length=8, choices=ContactMethod.choices, default=ContactMethod.EMAIL
    )
    reason = EncryptedTextField(_("what brings you here"), blank=True)
    client_time_zone = models.CharField(max_length=64)
    contact_consent_at = models.DateTimeField()
    california_attested_at = models.DateTimeField(null=True, blank=True)
    telehealth_consent_at = models.DateTimeField(null=True, blank=True)
    telehealth_consent_version = models.CharField(max_length=20, blank=True)
    # The language of the consent text the person read and agreed to ("en" or "es").
    telehealth_consent_language = models.CharField(
        max_length=8, choices=LANGUAGE_CHOICES, blank=True
    )
    # Telehealth only: where the person will be, and whom to call in an emergency. The
    # clinician confirms both at the start of the session (records.SessionStart).
    session_address = EncryptedTextField(_("address during the consultation"), blank=True)
    emergency_contact = EncryptedTextField(blank=True)
    email_confirm_by = models.DateTimeField(
        null=True, blank=True, help_text="Until when an unconfirmed email's booking holds its time."
    )
    # The language of the page the booking was made on: the client's emails and calendar text
    # are written in it (an account's own language, when the booking has one, comes first).
    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES, default="en")
    # Lets a double-submitted form land on the booking the first submit made.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    private_note = EncryptedTextField(blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # A decline is recorded like a cancellation by the clinician, with its own status.
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_by = models.CharField(max_length=10, choices=CancelledBy.choices, blank=True)
    cancellation_message = EncryptedTextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at"]
        indexes = [
            models.Index(fields=["clinician", "status", "starts_at"], name="bookings_calendar"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["clinician", "starts_at"],
                condition=Q(status="confirmed"),
                name="bookings_one_confirmed_start",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at"))
                & Q(held_from__lte=models.F("starts_at"))
                & Q(held_until__gte=models.F("ends_at")),
                name="bookings_times_in_order",
            ),
            models.CheckConstraint(
                condition=~Q(format="telehealth")
                | (
                    Q(california_attested_at__isnull=False) & Q(telehealth_consent_at__isnull=False)
                ),
                name="bookings_telehealth_is_attested",
            ),
        ]

    def __str__(self) -> str:
        return f"{practice_time_text(self.starts_at)} with {self.clinician} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status in self.HOLDING

    @property
    def is_telehealth(self) -> bool:
        return self.format == Format.TELEHEALTH


class SafetyFollowUp(models.Model):
    """A booking whose "what brings you here" tripped the risk screen: the clinician should
    follow up promptly. Records what matched (for audit, never shown to the person), when, and
    who marked it reviewed and when."""

    booking = models.OneToOneField(
        Booking, on_delete=models.CASCADE, related_name="safety_follow_up"
    )
    category = models.CharField(max_length=40)
    rule = models.CharField(max_length=80)
    concern = models.CharField(max_length=10, default="self")
    flagged_at = models.DateTimeField()
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as written so the record survives the reviewer's account.
    reviewed_by_email = models.EmailField(blank=True)

    def __str__(self) -> str:
        state = f"reviewed {practice_time_text(self.reviewed_at)}" if self.reviewed_at else "open"
        return f"Safety follow-up for booking {self.booking_id} ({state})"

    @property
    def category_label(self) -> str:
        return self.category.replace("_", " ")


class Reminder(models.Model):
    """An email due before a consultation. Sent once by `send_due_reminders`."""

    booking = models.OneToOneField(Booking, on_delete=models.CASCADE, related_name="reminder")
    due_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=255, blank=True)

    class Meta:
        indexes = [models.Index(fields=["sent_at", "due_at"], name="bookings_reminders_due")]

    def __str__(self) -> str:
        state = f"sent {practice_time_text(self.sent_at)}" if self.sent_at else "not sent"
        return f"Reminder due {practice_time_text(self.due_at)}, {state}"
