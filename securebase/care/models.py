"""Care relationships between a client and a clinician, and what the client lets them see.

- ``Invitation``: a clinician asked a person (by email) to connect. Its link is signed and
  expires; the row makes it single-use and keeps its status, the only thing a clinician learns
  about an invitation that was declined or ignored.
- ``CareRelationship``: one client and one clinician, from acceptance until either ends it.
- ``Grant``: one period during which the client let that clinician see one area (or one
  journal entry). Turning an area off, or ending the relationship, closes the period; rows are
  never deleted while the relationship exists, so they are the consent history.
- ``Assignment``: homework a clinician gave a client inside the relationship.

Relationships, grants and homework are records of care (``CareConfig.records_of_care``);
invitations are the clinician's own and go with the account of either side.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from securebase.bookings.models import booking_link
from securebase.core.fields import EncryptedTextField, record_person


class Invitation(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="care_invitations_sent"
    )
    email = models.EmailField()
    booking = booking_link("care_invitations")
    nonce = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    # Set when the mail server refused the invitation email: the caseload then says it was not
    # delivered instead of "sent".
    email_failed_at = models.DateTimeField(null=True, blank=True)
    # The language of the invitation email: the invitee's account language when they have an
    # account, else the one the clinician chose on the form (docs/care.md).
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en")
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="care_invitations_answered",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["clinician", "created_at"], name="care_invite_clinician")]

    def __str__(self) -> str:
        return f"Invitation {self.pk} ({self.status})"


class CareRelationship(models.Model):
    class EndedBy(models.TextChoices):
        CLIENT = "client", _("The client")
        CLINICIAN = "clinician", _("The clinician")

    # A record of care, with its grants (the consent history) and homework: deleting the
    # client's account ends it and detaches it, keeping the name and email below until the
    # retention period runs out; a clinician's account that holds one cannot be deleted.
    client = record_person("care_as_client")
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="care_as_clinician"
    )
    # Filled in when the client's account is deleted (records of care keep who they were).
    client_name = models.CharField(max_length=150, blank=True)
    client_email = models.EmailField(blank=True)
    invitation = models.OneToOneField(
        Invitation, null=True, blank=True, on_delete=models.SET_NULL, related_name="relationship"
    )
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.CharField(max_length=10, choices=EndedBy.choices, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["client", "clinician"],
                condition=Q(ended_at__isnull=True),
                name="care_one_active_relationship",
            ),
        ]
        indexes = [
            models.Index(fields=["clinician", "ended_at"], name="care_rel_clinician"),
            models.Index(fields=["client", "ended_at"], name="care_rel_client"),
        ]

    def __str__(self) -> str:
        return f"Care relationship {self.pk}"

    @property
    def is_active(self) -> bool:
        return self.ended_at is None


class Grant(models.Model):
    """One period of consent: ``area`` (or one journal ``entry``) visible to the clinician."""

    class Closed(models.TextChoices):
        REVOKED = "revoked", _("Turned off by the client")
        ENDED = "ended", _("Relationship ended")

    relationship = models.ForeignKey(
        CareRelationship, on_delete=models.CASCADE, related_name="grants"
    )
    area = models.CharField(max_length=24)
    entry = models.ForeignKey(
        "journal.Entry",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="care_grants",
    )
    granted_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)
    closed_because = models.CharField(max_length=10, choices=Closed.choices, blank=True)

    class Meta:
        ordering = ["-granted_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["relationship", "area"],
                condition=Q(revoked_at__isnull=True, entry__isnull=True),
                name="care_one_open_area_grant",
            ),
            models.UniqueConstraint(
                fields=["relationship", "entry"],
                condition=Q(revoked_at__isnull=True, entry__isnull=False),
                name="care_one_open_entry_grant",
            ),
        ]
        indexes = [
            models.Index(fields=["relationship", "area", "revoked_at"], name="care_grant_open")
        ]

    def __str__(self) -> str:
        return f"Grant {self.pk} ({self.area})"


class Assignment(models.Model):
    """Homework: something the clinician asked the client to do between sessions.

    ``target`` names what to do within ``kind``: an article slug, a journal prompt key, a
    pause exercise key, "trigger:<key>" or "behavior:<key>" from the check-in vocabulary, or a
    questionnaire slug. ``done_at`` is set when the client does it or marks it done.
    """

    class Kind(models.TextChoices):
        ARTICLE = "article", _("Read an article")
        JOURNAL_PROMPT = "journal_prompt", _("Write to a journal prompt")
        PAUSE_EXERCISE = "pause_exercise", _("Practice a pause exercise")
        NOTICE = "notice", _("Notice a trigger or protest behavior in check-ins")
        QUESTIONNAIRE = "questionnaire", _("Retake a questionnaire")

    class DoneHow(models.TextChoices):
        DID_IT = "did_it", _("Done in the app")
        MARKED = "marked", _("Marked done by the client")

    relationship = models.ForeignKey(
        CareRelationship, on_delete=models.CASCADE, related_name="assignments"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    target = models.CharField(max_length=120)
    note = EncryptedTextField(blank=True)
    due_on = models.DateField(null=True, blank=True)
    assigned_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)
    done_how = models.CharField(max_length=8, choices=DoneHow.choices, blank=True)

    class Meta:
        ordering = ["-assigned_at", "-pk"]
        indexes = [models.Index(fields=["relationship", "done_at"], name="care_assignment_open")]

    def __str__(self) -> str:
        return f"Assignment {self.pk} ({self.kind})"
