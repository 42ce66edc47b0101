from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from securebase.accounts.zones import practice_time_text
from securebase.bookings.models import booking_link
from securebase.core.fields import record_person
from securebase.core.questionnaires import SavedQuestionnaire


class MeasureResult(SavedQuestionnaire):
    """One completed PHQ-9 or GAD-7, owned by the client who took it.

    The total, its band and whether a safety flag was raised are stored (so the history and the
    caseload survive a change to the data files and need no decryption); the answers they came
    from are kept as ``SavedQuestionnaire`` keeps them.
    """

    client = record_person("measure_results")
    total = models.PositiveSmallIntegerField()
    band = models.SlugField(max_length=40)
    # True when an item with a safety flag (PHQ-9 item 9) was answered above its threshold.
    safety_flag = models.BooleanField(default=False)

    class Meta(SavedQuestionnaire.Meta):
        constraints = [
            models.UniqueConstraint(fields=["client", "run_id"], name="measure_one_per_run"),
        ]
        indexes = [
            models.Index(fields=["client", "instrument", "taken_at"], name="measure_client_taken")
        ]

    def __str__(self) -> str:
        return f"{self.instrument} on {practice_time_text(self.taken_at)}"


class Schedule(models.Model):
    """A clinician asked their client to take a questionnaire: once, every N days, or before
    each booked session. Lives inside one care relationship; it stops with the relationship or
    when the client stops sharing questionnaire results (the reminder run checks both)."""

    class Repeat(models.TextChoices):
        ONCE = "once", _("Once")
        EVERY = "every", _("Every few days")
        BEFORE_SESSION = "before_session", _("Before each booked session")

    relationship = models.ForeignKey(
        "care.CareRelationship", on_delete=models.CASCADE, related_name="questionnaire_schedules"
    )
    instrument = models.SlugField(max_length=40)
    repeat = models.CharField(max_length=16, choices=Repeat.choices)
    every_days = models.PositiveSmallIntegerField(null=True, blank=True)
    # When the next questionnaire of an "every N days" schedule falls due.
    next_due_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    stopped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["stopped_at", "next_due_at"], name="measure_schedule_due")]

    def __str__(self) -> str:
        return f"{self.instrument} {self.repeat} (schedule {self.pk})"


class Request(models.Model):
    """One questionnaire waiting for a client, from a schedule.

    ``notified_at`` is claimed with a conditional update before the email goes out, so two
    runs of the reminder command at once send it once.
    """

    schedule = models.ForeignKey(Schedule, on_delete=models.CASCADE, related_name="requests")
    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="questionnaire_requests"
    )
    instrument = models.SlugField(max_length=40)
    due_at = models.DateTimeField()
    booking = booking_link("questionnaire_requests")
    notified_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    completed_at = models.DateTimeField(null=True, blank=True)
    result = models.ForeignKey(
        MeasureResult, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["due_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["schedule", "due_at"], name="measure_request_once_per_due"
            ),
            models.UniqueConstraint(
                fields=["schedule", "booking"],
                condition=models.Q(booking__isnull=False),
                name="measure_request_once_per_booking",
            ),
        ]
        indexes = [
            models.Index(fields=["client", "completed_at"], name="measure_request_open"),
            models.Index(fields=["notified_at", "due_at"], name="measure_request_notify"),
        ]

    def __str__(self) -> str:
        return f"{self.instrument} due {practice_time_text(self.due_at)} (request {self.pk})"
