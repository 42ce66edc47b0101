from __future__ import annotations

from django.conf import settings
from django.db import models

from securebase.core.fields import EncryptedTextField


class SafetyPlan(models.Model):
    """A person's own safety plan: one per account, each step in their words, encrypted.

    The steps are listed in ``steps.STEPS``; every step may be left empty.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="safety_plan"
    )
    warning_signs = EncryptedTextField(blank=True)
    coping_strategies = EncryptedTextField(blank=True)
    distractions = EncryptedTextField(blank=True)
    people_to_ask = EncryptedTextField(blank=True)
    professionals = EncryptedTextField(blank=True)
    safer_environment = EncryptedTextField(blank=True)
    reasons_for_living = EncryptedTextField(blank=True)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Safety plan {self.pk}"
