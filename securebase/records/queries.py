"""Reads for the records app, each scoped to the viewer: missing and forbidden both give 404."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from securebase.records.models import Packet, PacketDocument, SessionStart


def _documents() -> QuerySet[PacketDocument]:
    return PacketDocument.objects.select_related(
        "version__template", "signature", "packet__clinician__user"
    )


def packets_for_client(user) -> list[Packet]:
    """The packets sent to ``user`` (a client), newest first, with their documents."""
    return list(
        Packet.objects.filter(client=user)
        .select_related("clinician__user")
        .prefetch_related(Prefetch("documents", queryset=_documents()))
    )


def packets_sent_by(clinician) -> list[Packet]:
    """The packets ``clinician`` (a user) sent, newest first, with their documents."""
    return list(
        Packet.objects.filter(clinician__user=clinician)
        .select_related("clinician__user")
        .prefetch_related(Prefetch("documents", queryset=_documents()))
    )


def documents_sent_to(client, *, by) -> list[PacketDocument]:
    """Every document clinician ``by`` (a user) sent ``client``, newest packet first.

    For a page that already holds the care relationship between them.
    """
    return list(
        _documents()
        .filter(packet__client=client, packet__clinician__user=by)
        .order_by("-packet__sent_at", "order", "pk")
    )


def access_document(viewer, uid) -> PacketDocument:
    """One packet document the viewer may see: the client it was sent to, or the sending
    clinician. Anyone else, or an unknown uid, gets 404."""
    try:
        document = _documents().get(uid=uid)
    except (PacketDocument.DoesNotExist, ValueError):
        raise Http404 from None
    packet = document.packet
    if viewer.pk not in (packet.client_id, packet.clinician.user_id):
        raise Http404
    return document


def session_start_of(booking) -> SessionStart | None:
    """The start-of-session record of ``booking``, if the clinician has made it.

    The caller already holds the booking through ``bookings.queries.access_booking``.
    """
    return SessionStart.objects.filter(booking=booking).first()


def outstanding_count(user) -> int:
    """How many documents sent to ``user`` (a client) wait for their signature."""
    return PacketDocument.objects.filter(packet__client=user, signature__isnull=True).count()
