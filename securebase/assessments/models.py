from __future__ import annotations

import json

from django.conf import settings
from django.db import models
from django.utils import timezone

from securebase.accounts.zones import practice_time_text
from securebase.assessments.catalog import get_instrument
from securebase.core.fields import EncryptedTextField


class SavedAnswers:
    """What every saved questionnaire result (this app's and measures') reads the same way.

    The model has ``answers_json``: the answers as encrypted JSON, item number to answer.
    """

    answers_json: str

    @property
    def answers(self) -> dict[int, int]:
        if not self.answers_json:
            return {}
        return {int(k): int(v) for k, v in json.loads(self.answers_json).items()}


class AssessmentResult(SavedAnswers, models.Model):
    """One completed questionnaire, owned by the client who took it and by no one else.

    Scores are stored (so the history survives a change to the data files) together with the
    answers they came from; the answers are encrypted because they are health information.
    """

    # Deleting the account deletes the results never shared into care; a result a care team
    # could see is a record of care, detached and kept with the name and email below.
    client = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="assessment_results",
    )
    kept_name = models.CharField(max_length=150, blank=True)
    kept_email = models.EmailField(blank=True)
    instrument = models.SlugField(max_length=40)
    taken_at = models.DateTimeField(default=timezone.now)
    # Exact scale means to three decimals: enough that rounding to one decimal for display
    # gives the same figure as rounding the exact fraction (means of 6-36 answers on 1-7).
    anxiety = models.DecimalField(max_digits=4, decimal_places=3)
    avoidance = models.DecimalField(max_digits=4, decimal_places=3)
    # The language the items were shown and answered in ("en", or a language the instrument
    # carries a cited translation into): a clinician reads the answers knowing their wording.
    items_language = models.CharField(max_length=8, default="en")
    answers_json = EncryptedTextField(blank=True)
    # One per run through the questionnaire, so a double submit saves one result.
    run_id = models.UUIDField()

    class Meta:
        ordering = ["-taken_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["client", "run_id"], name="assessment_one_per_run"),
        ]
        indexes = [models.Index(fields=["client", "taken_at"], name="assessment_client_taken")]

    def __str__(self) -> str:
        return f"{self.instrument} on {practice_time_text(self.taken_at)}"

    @property
    def instrument_short_name(self) -> str:
        instrument = get_instrument(self.instrument)
        return instrument.short_name if instrument else self.instrument.upper()
