from __future__ import annotations

from django.conf import settings
from django.db import models

from securebase.core.fields import EncryptedTextField
from securebase.journal import prompts


def submitted_once(name: str) -> models.UniqueConstraint:
    """The constraint ``create_once`` relies on: a form sent twice finds the row it saved first,
    and two copies racing each other cannot both be saved."""
    return models.UniqueConstraint(fields=["user", "submission_key"], name=name)


class Entry(models.Model):
    """One journal entry: a free entry or an answer to a guided prompt.

    ``prompt`` is a prompt key ("roots/early-care") or "" for a free entry. ``submission_key``
    comes from the form, so pressing Save twice keeps one entry; ``version`` grows with every
    edit, so an edit made from a stale page is refused instead of silently overwriting.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="journal_entries"
    )
    prompt = models.CharField(max_length=80, blank=True)
    body = EncryptedTextField()
    submission_key = models.UUIDField()
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [submitted_once("journal_entry_submitted_once")]
        indexes = [models.Index(fields=["user", "created_at"], name="journal_entry_user_created")]
        verbose_name_plural = "entries"

    def __str__(self) -> str:
        return f"Journal entry {self.pk}"

    @property
    def prompt_info(self) -> prompts.Prompt:
        return prompts.prompt_for_key(self.prompt)


class NoContactPlan(models.Model):
    """Someone's decision to keep no contact, counted from ``started_on`` (their local date)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="no_contact_plan"
    )
    started_on = models.DateField()
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"No-contact plan {self.pk}"


class NoContactSlip(models.Model):
    """A moment of contact, logged without judgment; restarts the count only if asked to."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="no_contact_slips"
    )
    happened_on = models.DateField()
    note = EncryptedTextField(blank=True)
    restarted_count = models.BooleanField(default=False)
    submission_key = models.UUIDField()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-happened_on", "-created_at", "-pk"]
        constraints = [submitted_once("no_contact_slip_submitted_once")]

    def __str__(self) -> str:
        return f"No-contact slip {self.pk}"


class NoContactReason(models.Model):
    """One of the person's own reasons for keeping no contact."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="no_contact_reasons"
    )
    text = EncryptedTextField()
    submission_key = models.UUIDField()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [submitted_once("no_contact_reason_submitted_once")]

    def __str__(self) -> str:
        return f"No-contact reason {self.pk}"
