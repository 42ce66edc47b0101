from __future__ import annotations

from datetime import date, datetime, tzinfo

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models

from securebase.checkins import vocabulary
from securebase.core.fields import EncryptedTextField


class Checkin(models.Model):
    """A moment of noticing: how anxious, what was felt, what set it off, what helped.

    Word lists hold vocabulary keys (see vocabulary.py); ``behaviors`` maps a protest
    behavior key to "acted" or "resisted" (unmarked behaviors are absent). ``token`` comes
    from the form, so submitting the same form twice saves one check-in.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkins"
    )
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    anxiety = models.PositiveSmallIntegerField(validators=[MaxValueValidator(10)])
    emotions = models.JSONField(default=list, blank=True)
    triggers = models.JSONField(default=list, blank=True)
    behaviors = models.JSONField(default=dict, blank=True)
    helped = models.JSONField(default=list, blank=True)
    note = EncryptedTextField(blank=True)
    token = models.UUIDField()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="checkin_token_once_per_user"),
            models.CheckConstraint(
                condition=models.Q(anxiety__lte=10), name="checkin_anxiety_at_most_10"
            ),
        ]
        indexes = [models.Index(fields=["user", "created_at"], name="checkin_user_created")]

    def __str__(self) -> str:
        return f"Check-in {self.pk}"

    def local_day(self, tz: tzinfo) -> date:
        """The calendar day of the check-in in ``tz`` (the person's time zone)."""
        return self.created_at.astimezone(tz).date()

    def is_editable(self, *, now: datetime, tz: tzinfo) -> bool:
        """A check-in can be changed on the day it was made, in the person's time zone."""
        return self.local_day(tz) == now.astimezone(tz).date()

    @property
    def emotion_labels(self) -> list[str]:
        return [vocabulary.label_for("emotion", key) for key in self.emotions]

    @property
    def trigger_labels(self) -> list[str]:
        return [vocabulary.label_for("trigger", key) for key in self.triggers]

    @property
    def helped_labels(self) -> list[str]:
        return [vocabulary.label_for("helped", key) for key in self.helped]

    @property
    def acted_labels(self) -> list[str]:
        return self._behavior_labels(vocabulary.ACTED)

    @property
    def resisted_labels(self) -> list[str]:
        return self._behavior_labels(vocabulary.RESISTED)

    def _behavior_labels(self, mark: str) -> list[str]:
        return [
            vocabulary.label_for("behavior", key)
            for key, value in self.behaviors.items()
            if value == mark
        ]


class CheckinDay(models.Model):
    """One person's check-ins on one calendar day, counted: derived data, never typed in.

    Kept by the check-in services in the same transaction as the check-in they change, so the
    trends page reads a row per day (or an aggregate per month) instead of every check-in.
    ``zone`` is the time zone the day was worked out in; rows in any other zone than the
    person's are ignored and replaced when the zone changes. Only counts and vocabulary keys
    are kept: ``triggers`` maps a trigger key to the check-ins naming it, ``acted`` and
    ``resisted`` list protest behavior keys. Nothing the person wrote in their own words.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkin_days"
    )
    zone = models.CharField(max_length=64)
    day = models.DateField()
    checkins = models.PositiveIntegerField()
    anxiety_total = models.PositiveIntegerField()
    low = models.PositiveSmallIntegerField()
    high = models.PositiveSmallIntegerField()
    triggers = models.JSONField(default=dict)
    acted = models.JSONField(default=list)
    resisted = models.JSONField(default=list)
    # Days in a row with a check-in, ending on this one: runs are read without walking days.
    run = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "zone", "day"], name="checkin_day_once"),
        ]

    def __str__(self) -> str:
        return f"Check-in day {self.day}"
