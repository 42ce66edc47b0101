"""Emails about intake documents. They name no document and nothing about anyone's care:
mail passes through servers outside the practice. Each is written in its recipient's
language (their account's ``language``)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from securebase.records.models import Packet


def language_of(user) -> str:
    """The language of emails to ``user``: their account's, English when there is none."""
    return (user.language if user is not None else "") or settings.LANGUAGE_CODE


def send_packet_waiting(packet: Packet) -> None:
    """To the client: documents are waiting for them to read and sign, behind their login."""
    context = {
        "practice": settings.PRACTICE,
        "url": settings.SITE_URL + reverse("records:mine"),
    }
    with translation.override(language_of(packet.client)):
        subject = gettext("Documents to read and sign from %(practice)s") % {
            "practice": settings.PRACTICE["name"]
        }
        body = render_to_string("records/email/packet_waiting.txt", context)
    send_mail(subject, body, None, [packet.client_email])


def send_packet_complete(packet: Packet) -> None:
    """To the sending clinician: every document of a packet is signed."""
    context = {"url": settings.SITE_URL + reverse("records:clinic")}
    clinician = packet.clinician.user
    with translation.override(language_of(clinician)):
        subject = gettext("Intake documents signed")
        body = render_to_string("records/email/packet_complete.txt", context)
    send_mail(subject, body, None, [clinician.email])
