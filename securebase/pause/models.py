from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from securebase.core.fields import EncryptedTextField
from securebase.pause import exercises


def translated_choices(terms) -> list[tuple[str, str]]:
    """(key, label) pairs whose labels read in the page's language (keys stay as stored)."""
    return [(term.key, _(term.label)) for term in terms]


class PauseSession(models.Model):
    """One pause a signed-in client took when an urge arrived (anonymous pauses are not kept).

    Ratings are 0-10; the "after" ratings and the outcome stay empty until the person gets
    there, and may never be filled if they simply close the page. ``unsent_message`` is the
    message they wrote instead of sending: encrypted, shown only to them, sent nowhere.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pause_sessions"
    )
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    urge = models.CharField(max_length=16, choices=translated_choices(exercises.URGES))
    exercise = models.CharField(
        max_length=24, choices=translated_choices(exercises.EXERCISES), blank=True
    )
    urge_before = models.PositiveSmallIntegerField(validators=[MaxValueValidator(10)])
    anxiety_before = models.PositiveSmallIntegerField(validators=[MaxValueValidator(10)])
    urge_after = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(10)]
    )
    anxiety_after = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(10)]
    )
    outcome = models.CharField(
        max_length=16, choices=translated_choices(exercises.OUTCOMES), blank=True
    )
    unsent_message = EncryptedTextField(blank=True)
    token = models.UUIDField()

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="pause_token_once_per_user"),
            models.CheckConstraint(
                condition=models.Q(urge_before__lte=10, anxiety_before__lte=10)
                & (models.Q(urge_after__isnull=True) | models.Q(urge_after__lte=10))
                & (models.Q(anxiety_after__isnull=True) | models.Q(anxiety_after__lte=10)),
                name="pause_ratings_at_most_10",
            ),
        ]
        indexes = [models.Index(fields=["user", "started_at"], name="pause_user_started")]

    def __str__(self) -> str:
        return f"Pause {self.pk}"
