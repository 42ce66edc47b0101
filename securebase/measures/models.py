from __future__ import annotations

import json

from django.conf import settings
from django.db import models
from django.utils import timezone

from securebase.core.fields import EncryptedTextField


class MeasureResult(models.Model):
    """One completed PHQ-9 or GAD-7, owned by the client who took it.

    The total, its band and whether a safety flag was raised are stored (so the history and the
    caseload survive a change to the data files and need no decryption); the answers they came
    from are encrypted because they are health information.
    """

    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="measure_results"
    )
    instrument = models.SlugField(max_length=40)
    taken_at = models.DateTimeField(default=timezone.now)
    total = models.PositiveSmallIntegerField()
    band = models.SlugField(max_length=40)
    # True when an item with a safety flag (PHQ-9 item 9) was answered above its threshold.
    safety_flag = models.BooleanField(default=False)
    answers_json = EncryptedTextField(blank=True)
    run_id = models.UUIDField()

    class Meta:
        ordering = ["-taken_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["client", "run_id"], name="measure_one_per_run"),
        ]
        indexes = [
            models.Index(fields=["client", "instrument", "taken_at"], name="measure_client_taken")
        ]

    def __str__(self) -> str:
        return f"{self.instrument} on {self.taken_at:%Y-%m-%d}"

    @property
    def answers(self) -> dict[int, int]:
        if not self.answers_json:
            return {}
        return {int(k): int(v) for k, v in json.loads(self.answers_json).items()}
