from __future__ import annotations

from django.conf import settings
from django.db import models


class SavedSummary(models.Model):
    """The numbers of one reality-check report, kept because a signed-in client chose to.

    Numbers only: no message text, and not even the participants' names (the report shows
    "you" and "them"). ``numbers`` is the whitelisted output of ``summary.summary_numbers``.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="chat_summaries"
    )
    created_at = models.DateTimeField()
    token = models.UUIDField()
    source_format = models.CharField(max_length=16)
    messages_me = models.PositiveIntegerField()
    messages_them = models.PositiveIntegerField()
    first_message_on = models.DateField()
    last_message_on = models.DateField()
    numbers = models.JSONField()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="chat_summary_once_per_form"),
            models.CheckConstraint(
                condition=models.Q(first_message_on__lte=models.F("last_message_on")),
                name="chat_summary_dates_in_order",
            ),
        ]
        indexes = [models.Index(fields=["user", "created_at"], name="chat_summary_user_created")]

    def __str__(self) -> str:
        return f"Reality check {self.pk}"


class PendingAnalysis(models.Model):
    """A parsed chat between its upload and its report, kept for a short while.

    ``payload`` is the chat's text-free `Conversation` columns, encrypted with a key that
    only the uploader's session holds (see ``pending.py``): the row alone cannot be read.
    Rows past ``expires_at`` are never served, and ``purge_chat_uploads`` deletes them.
    Kept in the database, not on one server's disk, so any app server can show the report.
    """

    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField(db_index=True)
    payload = models.BinaryField()

    def __str__(self) -> str:
        return f"Pending chat analysis {self.pk}"
