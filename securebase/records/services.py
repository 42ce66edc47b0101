"""Writes for the records app: document versions, intake packets and signatures, the start of
a telehealth session, and the retention purge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.db.models.functions import Lower
from django.utils import translation
from django.utils.translation import gettext

from securebase.bookings.audit import record_booking_access
from securebase.core.retention import expired_people, latest_contacts, retention_cutoff
from securebase.privacy.retention import records_of_care
from securebase.records import emails
from securebase.records.documents import content_hash, fill_in
from securebase.records.models import (
    ENGLISH,
    DocumentTemplate,
    DocumentVersion,
    Packet,
    PacketDocument,
    SessionStart,
    Signature,
)


def practice_values(language: str = ENGLISH) -> dict[str, str]:
    """What ``{{ name }}`` placeholders in a document are filled in with, in ``language``
    where the practice has not set a value."""
    with translation.override(language):
        return _practice_values()


def _practice_values() -> dict[str, str]:
    return {
        "practice_name": settings.PRACTICE["name"],
        "practice_email": settings.PRACTICE["email"],
        "practice_phone": settings.PRACTICE["phone"] or settings.PRACTICE["email"],
        "office_address": settings.PRACTICE["office_address"],
        "session_fee": settings.PRACTICE["session_fee"],
        "video_platform": settings.TELEHEALTH_PLATFORM
        or gettext("(the practice has not named it yet)"),
        "video_data_handling": settings.TELEHEALTH_DATA_HANDLING
        or gettext("(the practice has not described it yet)"),
    }


def document_text(version: DocumentVersion, language: str = ENGLISH) -> str:
    """The text a client reads and signs: the version's Markdown with the practice filled in.

    In Spanish when ``language`` is "es" and the version has a Spanish text, else in English
    (``DocumentVersion.language_for`` says which).
    """
    shown = version.language_for(language)
    return fill_in(version.body_in(shown), practice_values(shown))


@transaction.atomic
def save_template_text(
    *, template: DocumentTemplate, body: str, body_es: str | None = None, by, now: datetime
) -> DocumentVersion | None:
    """Add a version to ``template`` when ``body`` or its Spanish ``body_es`` differs from its
    current one. ``body_es`` None keeps the current Spanish text ("" removes it).

    Versions are never edited, so what was signed, in either language, stays as it was.
    Returns the new version, or None when neither text changed.
    """
    current = template.versions.select_for_update().order_by("-number").first()
    if body_es is None:
        body_es = current.body_es if current else ""
    if current is not None and current.body == body and current.body_es == body_es:
        return None
    return DocumentVersion.objects.create(
        template=template,
        number=(current.number + 1) if current else 1,
        body=body,
        body_es=body_es,
        created_at=now,
        created_by=by,
    )


class CannotSendPacket(Exception):
    """The packet cannot be sent (no documents, or the client has no account)."""


@transaction.atomic
def send_packet(
    *,
    clinician,
    client,
    templates: Sequence[DocumentTemplate],
    now: datetime,
    booking=None,
) -> Packet:
    """Send ``client`` (a user) the current version of each template to read and sign.

    ``clinician`` is the sending clinician's user. The client is emailed a link after commit;
    the email names no document and nothing about their care.
    """
    versions = [template.current for template in templates]
    if not versions or None in versions:
        raise CannotSendPacket("choose at least one document that has text")
    if client is None:
        raise CannotSendPacket("the client needs an account to sign online")
    packet = Packet.objects.create(
        client=client,
        client_name=client.full_name or (booking.full_name if booking else client.email),
        client_email=client.email,
        clinician=clinician.clinician_profile,
        booking=booking,
        sent_at=now,
    )
    PacketDocument.objects.bulk_create(
        [
            PacketDocument(packet=packet, version=version, order=index)
            for index, version in enumerate(versions)
        ]
    )
    transaction.on_commit(lambda: emails.send_packet_waiting(packet))
    return packet


def active_templates() -> list[DocumentTemplate]:
    """The templates offered when sending a packet, in their order: active, with a text."""
    found = DocumentTemplate.objects.filter(active=True, versions__isnull=False).distinct()
    return list(found.order_by("order", "title"))


def send_packet_after_consultation(*, booking, now: datetime) -> Packet | None:
    """The automatic packet: every active document, to the client of a completed ``booking``.

    Only with ``RECORDS_PACKET_AFTER_CONSULTATION`` on, only to a client with an account (one
    who booked signed out cannot sign online yet), and once per booking. Runs in the caller's
    transaction; the client's email goes after commit. Returns the packet, or None.
    """
    if not settings.RECORDS_PACKET_AFTER_CONSULTATION or booking.client is None:
        return None
    if Packet.objects.filter(booking=booking).exists():
        return None
    templates = active_templates()
    if not templates:
        return None
    return send_packet(
        clinician=booking.clinician.user,
        client=booking.client,
        templates=templates,
        booking=booking,
        now=now,
    )


class AlreadySigned(Exception):
    """This document was signed already."""


@transaction.atomic
def sign_document(
    *,
    document: PacketDocument,
    signer,
    typed_name: str,
    ip_address: str | None,
    now: datetime,
    language: str = ENGLISH,
) -> Signature:
    """Sign ``document`` as ``signer`` (the packet's client): copy the exact text, pin its hash.

    ``language`` is the language of the page the client read: the Spanish text is signed when
    it is "es" and the version has one, else the English; the signature records which. The
    caller checked that the typed name is the signer's full name (``forms.SignForm``).
    """
    locked = PacketDocument.objects.select_for_update().select_related("version__template")
    document = locked.get(pk=document.pk)
    if Signature.objects.filter(document=document).exists():
        raise AlreadySigned
    signed_in = document.version.language_for(language)
    text = document_text(document.version, signed_in)
    signature = Signature.objects.create(
        document=document,
        title=document.version.template.title_in(signed_in),
        language=signed_in,
        version_number=document.version.number,
        text=text,
        content_hash=content_hash(text),
        typed_name=" ".join(typed_name.split()),
        signer=signer,
        signer_email=signer.email,
        signed_at=now,
        ip_address=ip_address,
    )
    packet = document.packet
    if not packet.documents.filter(signature__isnull=True).exists():
        transaction.on_commit(lambda: emails.send_packet_complete(packet))
    return signature


@transaction.atomic
def start_session(
    *,
    booking,
    clinician,
    identity_confirmed: bool,
    in_california: bool,
    address: str,
    emergency_contact: str,
    now: datetime,
) -> SessionStart:
    """Record the clinician's checks at the start of a telehealth session on ``booking``.

    The caller refuses a client outside California before calling (``views.start_session``);
    an audit row notes that the clinician saw and confirmed the client's details.
    """
    start = SessionStart.objects.create(
        booking=booking,
        clinician=clinician,
        clinician_name=clinician.full_name or clinician.email,
        started_at=now,
        identity_confirmed=identity_confirmed,
        in_california=in_california,
        address=address,
        emergency_contact=emergency_contact,
    )
    record_booking_access(viewer=clinician, booking=booking, action="started telehealth session")
    return start


@dataclass(frozen=True)
class Purged:
    """How many rows of one kind of record of care were (or, in a dry run, would be) deleted."""

    model: str
    count: int


@transaction.atomic
def purge_expired_records(*, now: datetime, years: int, dry_run: bool = False) -> list[Purged]:
    """Delete the records of care of people whose last contact is ``years`` before ``now``.

    A person is known by the email kept with each record (compared case-insensitively), and
    their last contact is the latest contact across every kind of record of care, attached or
    not. Only rows detached from any account (an account deleted, or a booking made signed
    out) are deleted: while the account exists its records stay. Running it again deletes
    nothing more. With ``dry_run`` nothing is deleted and the counts say what would be.
    """
    kinds = list(records_of_care())
    pairs: list[tuple[str, datetime]] = []
    for model, kept in kinds:
        rows = (
            model._default_manager.annotate(person_key=Lower(kept.email))
            .values("person_key")
            .annotate(last=Max(kept.contact))
        )
        pairs.extend((row["person_key"], row["last"]) for row in rows if row["last"])
    expired = expired_people(latest_contacts(pairs), retention_cutoff(now, years))

    # Count every kind first: deleting a parent (a booking) cascades to its children.
    doomed: list[tuple[type, list[int]]] = []
    for model, kept in kinds:
        ids = list(
            model._default_manager.annotate(person_key=Lower(kept.email))
            .filter(**{f"{kept.person}__isnull": True}, person_key__in=expired)
            .values_list("pk", flat=True)
        )
        doomed.append((model, ids))
    if not dry_run:
        for model, ids in doomed:
            model._default_manager.filter(pk__in=ids).delete()
    return [Purged(model=model._meta.label, count=len(ids)) for model, ids in doomed]
