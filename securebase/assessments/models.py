from __future__ import annotations

from django.db import models

from securebase.accounts.zones import practice_time_text
from securebase.assessments.catalog import get_instrument
from securebase.core.fields import record_person
from securebase.core.questionnaires import SavedQuestionnaire


class AssessmentResult(SavedQuestionnaire):
    """One completed questionnaire, owned by the client who took it and by no one else.

    Scores are stored (so the history survives a change to the data files) together with the
    answers they came from (``SavedQuestionnaire``).
    """

    client = record_person("assessment_results")
    # Exact scale means to three decimals: enough that rounding to one decimal for display
    # gives the same figure as rounding the exact fraction (means of 6-36 answers on 1-7).
    anxiety = models.DecimalField(max_digits=4, decimal_places=3)
    avoidance = models.DecimalField(max_digits=4, decimal_places=3)

    class Meta(SavedQuestionnaire.Meta):
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
