"""Intake documents in Spanish: the starter documents' Spanish text, the language a client reads
and signs in, the language the signature records, the signed PDF, the emails, and the pages
in Spanish (the test suite's SpanishPageGuard fails any English sentence outside lang="en" or
translate="no")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import BytesIO

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice
from pypdf import PdfReader

from securebase.bookings.tests.helpers import book, open_hours
from securebase.records import emails, services
from securebase.records.documents import content_hash
from securebase.records.models import DocumentTemplate, Packet, Signature
from securebase.testing import PASSWORD, Personas, login_verified

NOW = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
STARTERS = ("informed_consent", "privacy_notice", "telehealth_consent", "policies")


class SpanishDocumentTests(Personas, TestCase):
    ada_language = "es"

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.consent = DocumentTemplate.objects.get(kind="informed_consent")
        cls.english_only = DocumentTemplate.objects.create(
            kind="other", title="Release of information", order=9
        )
        services.save_template_text(
            template=cls.english_only,
            body="You let us share your records with the people you name.",
            by=cls.theo,
            now=NOW,
        )

    def send(self, *templates, client=None) -> Packet:
        return services.send_packet(
            clinician=self.theo,
            client=client or self.ada,
            templates=list(templates) or [self.consent],
            now=NOW,
        )

    def page(self, document, user=None):
        self.client.force_login(user or self.ada)
        return self.client.get(reverse("records:document", args=[document.uid]))

    def sign(self, document, **extra):
        self.client.force_login(self.ada)
        data = {"typed_name": "Ada Park", "agree": "on", **extra}
        return self.client.post(reverse("records:document", args=[document.uid]), data)

    # --- the language chosen and recorded ---------------------------------------------------

    def test_every_starter_document_has_a_spanish_title_and_text_on_its_first_version(self):
        for kind in STARTERS:
            template = DocumentTemplate.objects.get(kind=kind)
            assert template.title_es and template.title_es != template.title
            assert template.current.number == 1
            assert template.current.body_es.startswith("## ")
            # The same placeholders as the English, so the practice's details are filled in.
            for placeholder in ("{{ practice_name }}", "{{ practice_email }}"):
                assert template.current.body.count(placeholder) == (
                    template.current.body_es.count(placeholder)
                )

    def test_the_migration_adds_spanish_without_changing_what_was_sent(self):
        from importlib import import_module

        from django.apps import apps
        from django.db.models import F, Value
        from django.db.models.functions import Concat

        from securebase.records.models import DocumentVersion

        add_spanish = import_module(
            "securebase.records.migrations.0004_spanish_starter_documents"
        ).add_spanish
        # As an install had it before Spanish: no Spanish text, a consent already sent, and a
        # privacy notice the practice rewrote.
        DocumentVersion.objects.update(body_es="")
        DocumentTemplate.objects.update(title_es="")
        privacy = DocumentTemplate.objects.get(kind="privacy_notice")
        DocumentVersion.objects.filter(template=privacy).update(
            body=Concat(F("body"), Value("\nOurs."))
        )
        sent = self.send().documents.get().version
        add_spanish(apps, None)

        self.consent.refresh_from_db()
        sent.refresh_from_db()
        assert sent.body_es == "" and sent.number == 1
        assert self.consent.current.number == 2
        assert self.consent.current.body == sent.body and self.consent.current.body_es
        policies = DocumentTemplate.objects.get(kind="policies")
        assert policies.current.number == 1 and policies.current.body_es
        privacy.refresh_from_db()
        assert privacy.current.number == 1 and privacy.current.body_es == ""
        assert privacy.title_es == ""

    def test_a_version_offers_spanish_only_when_it_has_a_spanish_text(self):
        assert self.consent.current.language_for("es") == "es"
        assert self.consent.current.language_for("en") == "en"
        assert self.english_only.current.language_for("es") == "en"
        assert self.english_only.title_in("es") == "Release of information"
        assert self.consent.title_in("es") == "Consentimiento informado para la terapia"

    def test_the_spanish_text_has_the_practice_filled_in_in_spanish(self):
        text = services.document_text(self.consent.current, "es")
        assert "{{" not in text
        assert text.startswith("## Qué es la terapia aquí")
        telehealth = DocumentTemplate.objects.get(kind="telehealth_consent").current
        with self.settings(TELEHEALTH_PLATFORM="", TELEHEALTH_DATA_HANDLING=""):
            spanish = services.document_text(telehealth, "es")
        assert "(la práctica todavía no la ha indicado)" in spanish

    def test_signing_in_spanish_records_the_spanish_text_title_and_language(self):
        document = self.send().documents.get()
        signature = services.sign_document(
            document=document,
            signer=self.ada,
            typed_name="Ada Park",
            ip_address=None,
            now=NOW,
            language="es",
        )
        text = services.document_text(document.version, "es")
        assert signature.language == "es"
        assert signature.text == text and signature.content_hash == content_hash(text)
        assert signature.title == "Consentimiento informado para la terapia"
        assert signature.version_number == document.version.number

    def test_asking_for_spanish_without_a_spanish_text_signs_the_english(self):
        document = self.send(self.english_only).documents.get()
        signature = services.sign_document(
            document=document,
            signer=self.ada,
            typed_name="Ada Park",
            ip_address=None,
            now=NOW,
            language="es",
        )
        assert signature.language == "en"
        assert signature.text == services.document_text(document.version)
        assert signature.title == "Release of information"

    def test_changing_only_the_spanish_adds_a_version_and_keeps_what_was_signed(self):
        document = self.send().documents.get()
        self.sign(document)
        first = self.consent.current
        assert (
            services.save_template_text(template=self.consent, body=first.body, by=None, now=NOW)
            is None
        )
        second = services.save_template_text(
            template=self.consent,
            body=first.body,
            body_es=first.body_es + "\nMás.",
            by=None,
            now=NOW,
        )
        assert second.number == first.number + 1
        first.refresh_from_db()
        signature = Signature.objects.get()
        assert not first.body_es.endswith("Más.")
        assert signature.text == services.document_text(first, "es")

    # --- the pages, in Spanish --------------------------------------------------------------

    def test_a_spanish_speaking_client_reads_and_signs_the_spanish_version(self):
        document = self.send().documents.get()
        page = self.page(document)
        html = page.content.decode()
        assert '<html lang="es"' in html
        assert '<article class="prose document" lang="es">' in html
        assert "<h1>Consentimiento informado para la terapia</h1>" in html
        assert "Qué es la terapia aquí" in html
        assert 'name="language" value="es"' in html
        self.assertContains(page, "Firmar este documento")

        response = self.sign(document, language="es")
        self.assertRedirects(response, reverse("records:mine"), fetch_redirect_response=False)
        signature = Signature.objects.get()
        assert signature.language == "es"
        signed = self.page(document)
        self.assertContains(signed, "<dt>Idioma de la firma</dt><dd>Español</dd>", html=True)
        self.assertContains(signed, "Consentimiento informado para la terapia")
        mine = self.client.get(reverse("records:mine"))
        self.assertContains(mine, "Consentimiento informado para la terapia")

    def test_the_text_signed_is_the_text_shown_even_if_the_page_language_changed(self):
        document = self.send().documents.get()
        self.sign(document, language="en")
        assert Signature.objects.get().language == "en"

    def test_without_a_spanish_text_the_english_is_shown_marked_english_with_a_note(self):
        document = self.send(self.english_only).documents.get()
        page = self.page(document)
        html = page.content.decode()
        assert '<article class="prose document" lang="en">' in html
        self.assertContains(page, "solo está disponible en inglés")
        assert 'name="language" value="en"' in html
        self.sign(document, language="en")
        assert Signature.objects.get().language == "en"
        self.page(document)  # the signed English copy, on a Spanish page

    def test_the_list_of_documents_is_in_spanish(self):
        self.send(self.consent, self.english_only)
        self.client.force_login(self.ada)
        page = self.client.get(reverse("records:mine"))
        self.assertContains(page, "Para leer y firmar")
        self.assertContains(page, '<a lang="en"', count=0)
        assert 'lang="en">Release of information</a>' in page.content.decode()

    def test_the_clinicians_pages_are_in_spanish(self):
        self.theo.language = "es"
        self.theo.save(update_fields=["language"])
        document = self.send().documents.get()
        self.sign(document, language="es")
        login_verified(self.client, self.theo)
        clinic = self.client.get(reverse("records:clinic"))
        self.assertContains(clinic, "en español")
        page = self.page(document, user=self.theo)
        self.assertContains(page, 'lang="es"')
        pdf = self.client.get(reverse("records:document_pdf", args=[document.uid]))
        assert pdf.status_code == 200

    def test_the_sending_page_and_session_start_are_in_spanish(self):
        self.theo.language = "es"
        self.theo.save(update_fields=["language"])
        open_hours(self.theo)
        booking = book(self.theo, NOW + timedelta(days=2), now=NOW)
        booking.client = self.ada
        booking.save()
        login_verified(self.client, self.theo)
        send = self.client.get(reverse("records:send", args=[booking.uid]))
        self.assertContains(send, "Consentimiento informado para la terapia")
        self.assertContains(send, "Volver a la consulta")
        start = self.client.get(reverse("records:start_session", args=[booking.uid]))
        self.assertContains(start, "Iniciar la sesión")
        outside = self.client.post(
            reverse("records:start_session", args=[booking.uid]),
            {"in_california": "no", "address": "", "emergency_contact": ""},
        )
        self.assertContains(outside, "Esta sesión no puede realizarse por telesalud")

    def test_the_practice_edits_the_spanish_text_in_the_admin(self):
        staff = get_user_model().objects.create_superuser(
            email="staff@example.com", password=PASSWORD
        )
        TOTPDevice.objects.create(user=staff, name="Authenticator app", confirmed=True)
        login_verified(self.client, staff)
        url = reverse("admin:records_documenttemplate_change", args=[self.english_only.pk])
        assert 'name="body_es"' in self.client.get(url).content.decode()
        response = self.client.post(
            url,
            {
                "title": "Release of information",
                "title_es": "Autorización para compartir información",
                "kind": "other",
                "active": "on",
                "order": 9,
                "body": self.english_only.current.body,
                "body_es": "Nos permites compartir tus expedientes con quien tú nombres.",
            },
        )
        assert response.status_code == 302
        self.english_only.refresh_from_db()
        current = self.english_only.current
        assert current.number == 2 and current.body_es.startswith("Nos permites")
        assert self.english_only.title_es == "Autorización para compartir información"


class SpanishPdfAndEmailTests(Personas, TestCase):
    ada_language = "es"

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.consent = DocumentTemplate.objects.get(kind="informed_consent")

    def test_the_signed_pdf_is_in_the_language_signed_and_says_so(self):
        packet = services.send_packet(
            clinician=self.theo, client=self.ada, templates=[self.consent], now=NOW
        )
        document = packet.documents.get()
        services.sign_document(
            document=document,
            signer=self.ada,
            typed_name="Ada Park",
            ip_address="203.0.113.9",
            now=NOW,
            language="es",
        )
        login_verified(self.client, self.theo)  # the clinician reads English pages
        response = self.client.get(reverse("records:document_pdf", args=[document.uid]))
        reader = PdfReader(BytesIO(response.content))
        text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
        assert "Consentimiento informado para la terapia" in text
        assert "Firmado escribiendo el nombre: Ada Park" in text
        assert "Idioma de la firma: Español" in text
        assert "Signed by typing" not in text
        assert (
            reader.metadata.title == "Consentimiento informado para la terapia (versión 1, firmada)"
        )

    def test_the_packet_email_is_in_the_clients_language(self):
        with self.captureOnCommitCallbacks(execute=True):
            services.send_packet(
                clinician=self.theo, client=self.ada, templates=[self.consent], now=NOW
            )
            services.send_packet(
                clinician=self.theo, client=self.ben, templates=[self.consent], now=NOW
            )
        spanish, english = mail.outbox
        assert spanish.to == ["ada@example.com"]
        assert spanish.subject.startswith("Documentos para leer y firmar de ")
        assert "te envió documentos para leer y firmar" in spanish.body
        assert english.subject.startswith("Documents to read and sign from ")

    def test_the_signed_packet_email_is_in_the_clinicians_language(self):
        packet = services.send_packet(
            clinician=self.theo, client=self.ada, templates=[self.consent], now=NOW
        )
        self.theo.language = "es"
        self.theo.save(update_fields=["language"])
        packet.refresh_from_db()
        with translation.override("en"):
            emails.send_packet_complete(packet)
        (message,) = mail.outbox
        assert message.subject == "Documentos de admisión firmados"
        assert "Un cliente firmó todos los documentos" in message.body
