"""Intake documents: versions, packets, signing, the signed copy and who may see it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
import time_machine
from django.core import mail
from django.test import TestCase, override_settings
from django.urls import reverse
from pypdf import PdfReader

from securebase.bookings.tests.helpers import book, open_hours
from securebase.privacy.models import AuditEvent
from securebase.records import services
from securebase.records.documents import content_hash, fill_in, same_name
from securebase.records.models import (
    DocumentTemplate,
    Packet,
    PacketDocument,
    Signature,
    SignatureIsFinal,
)
from securebase.testing import Personas, login_verified

NOW = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


def test_placeholders_are_filled_and_unknown_ones_left():
    text = fill_in(
        "We use {{ video_platform }} at {{practice_name}}; {{ other }}.",
        {"video_platform": "Doxy.me", "practice_name": "Secure Base"},
    )
    assert text == "We use Doxy.me at Secure Base; {{ other }}."


def test_the_hash_is_sha256_of_the_utf8_text():
    assert content_hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert content_hash("é") != content_hash("e")


@pytest.mark.parametrize(
    ("typed", "expected", "same"),
    [
        ("Ada Park", "Ada Park", True),
        ("  ada   PARK ", "Ada Park", True),
        ("Ada", "Ada Park", False),
        ("", "", False),
    ],
)
def test_a_signature_is_the_full_name(typed, expected, same):
    assert same_name(typed, expected) is same


class IntakeTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)
        cls.consent = DocumentTemplate.objects.get(kind="informed_consent")
        cls.telehealth = DocumentTemplate.objects.get(kind="telehealth_consent")
        cls.booking = book(cls.theo, NOW + timedelta(days=2), now=NOW)
        cls.booking.client = cls.ada
        cls.booking.save()

    def send(self, *templates) -> Packet:
        return services.send_packet(
            clinician=self.theo,
            client=self.ada,
            templates=list(templates) or [self.consent, self.telehealth],
            booking=self.booking,
            now=NOW,
        )

    def sign(self, document: PacketDocument, name: str = "Ada Park"):
        self.client.force_login(self.ada)
        return self.client.post(
            reverse("records:document", args=[document.uid]),
            {"typed_name": name, "agree": "on"},
            REMOTE_ADDR="203.0.113.9",
        )

    def test_the_practice_starts_with_four_documents(self):
        kinds = set(DocumentTemplate.objects.values_list("kind", flat=True))
        assert kinds == {"informed_consent", "privacy_notice", "telehealth_consent", "policies"}
        assert all(t.current and t.current.number == 1 for t in DocumentTemplate.objects.all())

    def test_editing_a_template_adds_a_version_and_saving_the_same_text_does_not(self):
        first = self.consent.current
        assert (
            services.save_template_text(
                template=self.consent, body=first.body, by=self.theo, now=NOW
            )
            is None
        )
        second = services.save_template_text(
            template=self.consent, body=first.body + "\nMore.", by=self.theo, now=NOW
        )
        assert second.number == 2
        first.refresh_from_db()
        assert not first.body.endswith("More.")

    def test_the_clinician_sends_a_packet_from_the_consultation_and_the_client_is_emailed(self):
        login_verified(self.client, self.theo)
        url = reverse("records:send", args=[self.booking.uid])
        page = self.client.get(url)
        assert page.status_code == 200
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, {"templates": [self.consent.pk, self.telehealth.pk]})
        assert response.status_code == 302
        packet = Packet.objects.get()
        assert (packet.client, packet.booking, packet.client_name) == (
            self.ada,
            self.booking,
            "Ada Park",
        )
        assert [d.version.template for d in packet.documents.all()] == [
            self.consent,
            self.telehealth,
        ]
        (email,) = mail.outbox
        assert email.to == ["ada@example.com"]
        assert "consent" not in email.body.lower() and "telehealth" not in email.body.lower()
        assert reverse("records:mine") in email.body

    def test_no_one_else_may_send_from_theos_consultation(self):
        self.client.force_login(self.ben)
        assert self.client.get(reverse("records:send", args=[self.booking.uid])).status_code == 404

    def test_signing_stores_the_exact_text_version_hash_signer_time_and_address(self):
        packet = self.send()
        document = packet.documents.first()
        with time_machine.travel(NOW + timedelta(hours=1), tick=False):
            response = self.sign(document)
        assert response.status_code == 302
        signature = Signature.objects.get()
        text = services.document_text(document.version)
        assert signature.text == text
        assert signature.content_hash == content_hash(text)
        assert signature.version_number == 1
        assert (signature.typed_name, signature.signer, signature.signer_email) == (
            "Ada Park",
            self.ada,
            "ada@example.com",
        )
        assert signature.signed_at == NOW + timedelta(hours=1)
        assert signature.ip_address == "203.0.113.9"

    def test_a_name_that_is_not_hers_does_not_sign(self):
        document = self.send().documents.first()
        response = self.sign(document, name="A. P.")
        assert response.status_code == 200
        assert "Please type your full name" in response.content.decode()
        assert not Signature.objects.exists()

    def test_the_signed_copy_stays_byte_for_byte_after_the_template_changes(self):
        document = self.send().documents.first()
        self.sign(document)
        signed = Signature.objects.get()
        before = signed.text.encode("utf-8")
        services.save_template_text(
            template=self.consent, body="Entirely new wording.", by=self.theo, now=NOW
        )
        signed = Signature.objects.get()
        assert signed.text.encode("utf-8") == before
        assert content_hash(signed.text) == signed.content_hash
        page = self.client.get(reverse("records:document", args=[document.uid]))
        assert "Entirely new wording." not in page.content.decode()

    def test_a_signed_copy_cannot_be_changed(self):
        self.sign(self.send().documents.first())
        signed = Signature.objects.get()
        signed.text = "changed"
        with pytest.raises(SignatureIsFinal):
            signed.save()

    def test_signing_twice_keeps_the_first_signature(self):
        document = self.send().documents.first()
        self.sign(document)
        self.sign(document, name="Ada Park")
        assert Signature.objects.count() == 1

    def test_both_sides_see_what_is_outstanding_and_what_is_signed(self):
        packet = self.send()
        first, _second = packet.documents.all()
        self.sign(first)
        mine = self.client.get(reverse("records:mine")).content.decode()
        assert (
            mine.index('id="outstanding-heading"')
            < mine.index(self.telehealth.title)
            < mine.index('id="signed-heading"')
            < mine.index(self.consent.title, mine.index('id="signed-heading"'))
        )
        login_verified(self.client, self.theo)
        clinic = self.client.get(reverse("records:clinic")).content.decode()
        assert "outstanding" in clinic and "signed" in clinic

    def test_the_clients_home_says_what_waits_until_it_is_signed(self):
        first, second = self.send().documents.all()
        self.client.force_login(self.ada)
        home = self.client.get(reverse("dashboard:home")).content.decode()
        assert "2 documents from your clinician are waiting" in home
        self.sign(first)
        self.sign(second)
        home = self.client.get(reverse("dashboard:home")).content.decode()
        assert "Documents to sign" not in home

    def test_the_consultation_page_offers_sending_and_starting(self):
        login_verified(self.client, self.theo)
        page = self.client.get(reverse("bookings:clinic_booking", args=[self.booking.uid]))
        assert reverse("records:send", args=[self.booking.uid]) in page.content.decode()

    def test_the_clinician_is_told_when_every_document_is_signed(self):
        first, second = self.send().documents.all()
        with self.captureOnCommitCallbacks(execute=True):
            self.sign(first)
        assert not [m for m in mail.outbox if m.to == ["theo@example.com"]]
        with self.captureOnCommitCallbacks(execute=True):
            self.sign(second)
        (told,) = [m for m in mail.outbox if m.to == ["theo@example.com"]]
        assert "Ada" not in told.body

    def test_ben_sees_none_of_adas_documents(self):
        document = self.send().documents.first()
        self.sign(document)
        self.client.force_login(self.ben)
        assert self.client.get(reverse("records:document", args=[document.uid])).status_code == 404
        assert (
            self.client.get(reverse("records:document_pdf", args=[document.uid])).status_code == 404
        )
        assert "Informed" not in self.client.get(reverse("records:mine")).content.decode()

    def test_the_clinicians_view_is_audited(self):
        document = self.send().documents.first()
        login_verified(self.client, self.theo)
        self.client.get(reverse("records:document", args=[document.uid]))
        assert AuditEvent.objects.filter(action="viewed intake document", subject=self.ada).exists()

    @override_settings(
        TELEHEALTH_PLATFORM="Doxy.me", TELEHEALTH_DATA_HANDLING="Nothing is recorded."
    )
    def test_the_pdf_holds_the_text_and_the_signature(self):
        document = self.send(self.telehealth).documents.first()
        self.sign(document)
        response = self.client.get(reverse("records:document_pdf", args=[document.uid]))
        assert response["Content-Type"] == "application/pdf"
        assert response["Cache-Control"] == "no-store"
        disposition = 'attachment; filename="telehealth_consent-v1-signed.pdf"'
        assert response["Content-Disposition"] == disposition
        text = " ".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
        text = " ".join(text.split())
        assert "Telehealth consent" in text
        assert "We use Doxy.me" in text
        assert "Nothing is recorded." in text
        assert "Signed by typing the name: Ada Park" in text
        assert Signature.objects.get().content_hash in text.replace(" ", "")
