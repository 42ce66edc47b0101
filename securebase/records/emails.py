"""Emails about intake documents. They name no document and nothing about anyone's care:
mail passes through servers outside the practice."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from securebase.records.models import Packet


def send_packet_waiting(packet: Packet) -> None:
    """To the client: documents are waiting for them to read and sign, behind their login."""
    context = {
        "practice": settings.PRACTICE,
        "url": settings.SITE_URL + reverse("records:mine"),
    }
    send_mail(
        f"Documents to read and sign from {settings.PRACTICE['name']}",
        render_to_string("records/email/packet_waiting.txt", context),
        None,
        [packet.client_email],
    )


def send_packet_complete(packet: Packet) -> None:
    """To the sending clinician: every document of a packet is signed."""
    context = {"url": settings.SITE_URL + reverse("records:clinic")}
    send_mail(
        "Intake documents signed",
        render_to_string("records/email/packet_complete.txt", context),
        None,
        [packet.clinician.user.email],
    )
