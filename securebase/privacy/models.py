from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from securebase.accounts.zones import practice_time_text
from securebase.core.fields import record_person


class AuditEvent(models.Model):
    """One access by a clinician or staff member to a client's data. Rows are never edited."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    viewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    viewer_email = models.EmailField()
    subject = record_person("audit_events")
    subject_email = models.EmailField()
    action = models.CharField(max_length=80)
    detail = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        when = practice_time_text(self.at)
        return f"{when} {self.viewer_email} {self.action} {self.subject_email}"
