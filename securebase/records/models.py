"""Intake documents signed online, and the start of each telehealth session.

Templates are versioned: the text lives in ``DocumentVersion`` rows that are never edited, and
editing a template in the admin adds a version. A packet sent to a client lists the versions
current when it was sent; signing copies the exact text into a ``Signature``, which is written
once and never changed (``save()`` refuses an update; the admin offers no change).

Spanish: a template may have a Spanish title, and each version a Spanish text alongside the
English one (``body_es``), so a version is one wording in both languages and editing either
adds a version. A client whose language is Spanish reads and signs the Spanish text when the
version has one; the signature records the language signed (docs/records.md).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from securebase.accounts.zones import practice_time_text
from securebase.bookings.models import booking_link
from securebase.core.fields import EncryptedTextField, record_person

ENGLISH = "en"
SPANISH = "es"


class DocumentTemplate(models.Model):
    """A document the practice asks clients to read and sign, such as its informed consent."""

    class Kind(models.TextChoices):
        INFORMED_CONSENT = "informed_consent", _("Informed consent for therapy")
        PRIVACY_NOTICE = "privacy_notice", _("Notice of privacy practices")
        TELEHEALTH_CONSENT = "telehealth_consent", _("Telehealth consent")
        POLICIES = "policies", _("Practice policies")
        OTHER = "other", _("Other")

    title = models.CharField(max_length=150)
    title_es = models.CharField(
        _("title in Spanish"),
        max_length=150,
        blank=True,
        help_text=_("Shown with the Spanish text."),
    )
    kind = models.CharField(max_length=24, choices=Kind.choices)
    active = models.BooleanField(
        default=True, help_text=_("Offered when a clinician sends an intake packet.")
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def current(self) -> DocumentVersion | None:
        return self.versions.order_by("-number").first()

    def title_in(self, language: str) -> str:
        """The title in ``language`` ("es" or "en"); the English one when there is no other."""
        return self.title_es if language == SPANISH and self.title_es else self.title


class DocumentVersion(models.Model):
    """One wording of a template, in Markdown. Never edited: a change is a new version."""

    template = models.ForeignKey(
        DocumentTemplate, on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField()
    body = models.TextField(help_text=_("Markdown."))
    body_es = models.TextField(
        _("text in Spanish"),
        blank=True,
        help_text=_("Markdown; blank when there is no Spanish text."),
    )
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["template", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["template", "number"], name="records_one_number"),
        ]

    def __str__(self) -> str:
        return f"{self.template.title}, version {self.number}"

    def language_for(self, wanted: str) -> str:
        """The language a reader who wants ``wanted`` gets: Spanish only when this version has
        a Spanish text, else English."""
        return SPANISH if wanted == SPANISH and self.body_es.strip() else ENGLISH

    def body_in(self, language: str) -> str:
        return self.body_es if self.language_for(language) == SPANISH else self.body


class Packet(models.Model):
    """Documents a clinician sent one client to read and sign. A record of care."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    client = record_person("intake_packets")
    client_name = models.CharField(max_length=150)
    client_email = models.EmailField()
    clinician = models.ForeignKey(
        "practice.ClinicianProfile", on_delete=models.PROTECT, related_name="intake_packets"
    )
    booking = booking_link("intake_packets")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"Packet for {self.client_name} sent {practice_time_text(self.sent_at)}"


class PacketDocument(models.Model):
    """One document of a packet: the version to sign, and (once signed) its signature."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    packet = models.ForeignKey(Packet, on_delete=models.CASCADE, related_name="documents")
    version = models.ForeignKey(DocumentVersion, on_delete=models.PROTECT, related_name="+")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["packet", "order", "pk"]

    def __str__(self) -> str:
        return str(self.version)


class SignatureIsFinal(Exception):
    """A signed document cannot be changed."""


class Signature(models.Model):
    """A signed copy: the exact text signed, its version and hash, who, when and from where."""

    document = models.OneToOneField(
        PacketDocument, on_delete=models.CASCADE, related_name="signature"
    )
    title = models.CharField(max_length=150)
    version_number = models.PositiveIntegerField()
    text = models.TextField()
    content_hash = models.CharField(_("SHA-256 of the text"), max_length=64)
    typed_name = models.CharField(max_length=150)
    signer = record_person("signatures")
    signer_email = models.EmailField()
    signed_at = models.DateTimeField()
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    # The language of ``text`` and ``title``: what the client read and signed.
    language = models.CharField(
        _("language signed"), max_length=8, choices=settings.LANGUAGES, default="en"
    )

    class Meta:
        ordering = ["-signed_at"]

    def __str__(self) -> str:
        return f"{self.title} v{self.version_number} signed by {self.typed_name}"

    def save(self, *args, **kwargs):
        # A guard, not a side effect: the signed copy is written once. Deleting account
        # detaches it through SET_NULL, which updates with a queryset and never reaches here.
        if not self._state.adding:
            raise SignatureIsFinal("a signed document cannot be changed")
        super().save(*args, **kwargs)


class SessionStart(models.Model):
    """The clinician's checks at the start of one telehealth session. A record of care."""

    booking = models.OneToOneField(
        "bookings.Booking", on_delete=models.CASCADE, related_name="session_start"
    )
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    clinician_name = models.CharField(max_length=150)
    started_at = models.DateTimeField(default=timezone.now)
    identity_confirmed = models.BooleanField()
    in_california = models.BooleanField()
    address = EncryptedTextField(_("where the client is now"))
    emergency_contact = EncryptedTextField()

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        when = practice_time_text(self.started_at)
        return f"Session start of booking {self.booking_id} at {when}"
