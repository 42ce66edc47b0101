"""Browser journeys: the intake packet from sending to the signed PDF, and the start of a
telehealth session, as a clinician and a client on a 360-pixel-wide screen."""

from __future__ import annotations

import re
from datetime import timedelta
from io import BytesIO

from django.conf import settings
from django.test import override_settings
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from securebase.care.tests.helpers import connect
from securebase.records.models import SessionStart, Signature
from securebase.records.tests.helpers import a_booking
from securebase.testing import BrowserTestCase, make_client, make_clinician


@override_settings(TELEHEALTH_PLATFORM="Doxy.me", TELEHEALTH_DATA_HANDLING="Nothing is recorded.")
class IntakePacketJourneyTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.theo = make_clinician()
        self.ada = make_client()
        self.booking = a_booking(self.theo, timezone.now() + timedelta(days=3), client=self.ada)

    def test_the_clinician_sends_the_packet_and_the_client_signs_two_documents(self):
        clinician = self.page
        self.log_in(self.theo)
        clinician.goto(self.live_url(f"/book/clinic/{self.booking.uid}/"))
        clinician.get_by_role("link", name="Send intake documents").click()
        for name in ("Notice of privacy practices", "Practice policies"):
            clinician.get_by_label(name).uncheck()
        clinician.get_by_role("button", name="Send the documents").click()
        expect(clinician.get_by_text("The documents are sent to Ada Park.")).to_be_visible()
        expect(clinician.get_by_text("outstanding")).to_have_count(2)

        client_context = self.browser.new_context(viewport=self.viewport)
        self.addCleanup(client_context.close)
        client = client_context.new_page()
        self.context, saved = client_context, self.context
        self.log_in(self.ada)
        self.context = saved
        client.goto(self.live_url("/records/"))
        for title in ("Informed consent for therapy", "Telehealth consent"):
            client.get_by_role("link", name=title).click()
            expect(client.get_by_role("heading", name=title)).to_be_visible()
            client.get_by_label("Type your full name to sign").fill("Ada Park")
            client.get_by_label("I have read this document and I agree to it.").check()
            client.get_by_role("button", name="Sign this document").click()
            expect(client.get_by_text(f"Signed: {title}.")).to_be_visible()
        expect(client.get_by_text("Nothing is waiting for you.")).to_be_visible()
        self.assert_fits_width(client)

        clinician.reload()
        expect(clinician.get_by_text("outstanding")).to_have_count(0)
        expect(clinician.get_by_text(re.compile(r"signed [A-Z][a-z]{2} \d"))).to_have_count(2)

        client.get_by_role("link", name="Telehealth consent").click()
        with client.expect_download() as download_info:
            client.get_by_role("link", name="Download as PDF").click()
        with open(download_info.value.path(), "rb") as handle:
            reader = PdfReader(BytesIO(handle.read()))
        text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
        assert "We use Doxy.me" in text
        assert "Signed by typing the name: Ada Park" in text
        signature = Signature.objects.get(title="Telehealth consent")
        assert signature.content_hash in text.replace(" ", "")


class IntakeFromClientPageJourneyTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.theo = make_clinician()
        self.ada = make_client()
        connect(self.ada, self.theo)

    def test_the_clinician_sends_from_the_client_page_and_both_see_it_complete(self):
        clinician = self.page
        self.log_in(self.theo)
        clinician.goto(self.live_url("/care/clients/"))
        clinician.get_by_role("link", name="Ada Park").first.click()
        intake = clinician.get_by_role("region", name="Intake documents")
        expect(intake.get_by_text("You have not sent Ada any documents to sign.")).to_be_visible()
        intake.get_by_role("link", name="Send intake documents").click()
        for name in ("Notice of privacy practices", "Telehealth consent"):
            clinician.get_by_label(name).uncheck()
        clinician.get_by_role("button", name="Send the documents").click()
        expect(clinician.get_by_text("The documents are sent to Ada Park.")).to_be_visible()
        expect(clinician.get_by_role("heading", name="Ada Park")).to_be_visible()
        expect(intake.get_by_text("outstanding")).to_have_count(2)

        client_context = self.browser.new_context(viewport=self.viewport)
        self.addCleanup(client_context.close)
        client = client_context.new_page()
        self.context, saved = client_context, self.context
        self.log_in(self.ada)
        self.context = saved
        client.goto(self.live_url("/home/"))
        client.get_by_role("link", name="Your documents").first.click()
        titles = ("Informed consent for therapy", "Practice policies: fees and cancellations")
        for title in titles:
            client.get_by_role("link", name=title).click()
            expect(client.get_by_role("heading", name=title)).to_be_visible()
            client.get_by_label("Type your full name to sign").fill("Ada Park")
            client.get_by_label("I have read this document and I agree to it.").check()
            client.get_by_role("button", name="Sign this document").click()
            expect(client.get_by_text(f"Signed: {title}.")).to_be_visible()
        expect(client.get_by_text("Nothing is waiting for you.")).to_be_visible()
        signed = client.get_by_role("region", name="Signed")
        for title in titles:
            expect(signed.get_by_role("link", name=title)).to_be_visible()
        self.assert_fits_width(client)

        clinician.reload()
        expect(intake.get_by_text("outstanding")).to_have_count(0)
        expect(intake.get_by_text(re.compile(r"signed [A-Z][a-z]{2} \d"))).to_have_count(2)
        self.assert_fits_width(clinician)

        intake.get_by_role("link", name="Practice policies: fees and cancellations").click()
        with clinician.expect_download() as download_info:
            clinician.get_by_role("link", name="Download as PDF").click()
        with open(download_info.value.path(), "rb") as handle:
            reader = PdfReader(BytesIO(handle.read()))
        text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
        signature = Signature.objects.get(title="Practice policies: fees and cancellations")
        assert "Practice policies: fees and cancellations" in text
        assert "Signed by typing the name: Ada Park" in text
        assert "Signer's email: ada@example.com" in text
        assert signature.content_hash in text.replace(" ", "")
        assert "Fees are due at each session." in text
        assert f"A 50-minute session is {settings.PRACTICE['session_fee']}." in text


class TelehealthSessionJourneyTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.theo = make_clinician()
        now = timezone.now()
        self.booking = a_booking(
            self.theo,
            now - timedelta(minutes=5),
            emergency_contact="Sam Park, 310 555 0101",
            session_address="12 Palm Ave, Santa Monica, CA",
        )
        a_booking(
            self.theo, now - timedelta(minutes=30), full_name="Ben Okafor", email="ben@example.com"
        )

    def test_the_clinician_starts_a_session_and_an_unstarted_one_shows_as_such(self):
        page = self.page
        self.log_in(self.theo)
        page.goto(self.live_url("/book/clinic/"))
        ben = page.get_by_role("listitem").filter(has_text="Ben Okafor")
        expect(ben.get_by_text("Session not confirmed")).to_be_visible()

        page.get_by_role("link", name="Ada Park").click()
        page.get_by_role("link", name="Start the session").click()
        page.get_by_label("I have confirmed the client's identity").check()
        page.get_by_label("Yes").check()
        expect(page.get_by_label("Where the client is now")).to_have_value(
            "12 Palm Ave, Santa Monica, CA"
        )
        page.get_by_label("Where the client is now").fill("40 Ocean Blvd, Malibu, CA")
        page.get_by_role("button", name="Start the session").click()
        expect(
            page.get_by_text("Session started: identity, location and contact recorded.")
        ).to_be_visible()

        start = SessionStart.objects.get()
        assert start.booking_id == self.booking.pk
        assert (start.identity_confirmed, start.in_california) == (True, True)
        assert start.address == "40 Ocean Blvd, Malibu, CA"
        assert start.emergency_contact == "Sam Park, 310 555 0101"
        assert start.clinician == self.theo
        page.goto(self.live_url("/book/clinic/"))
        expect(
            page.get_by_role("listitem").filter(has_text="Ada Park").get_by_text("Session started")
        ).to_be_visible()
        expect(ben.get_by_text("Session not confirmed")).to_be_visible()


class SpanishIntakeJourneyTests(BrowserTestCase):
    """A Spanish-speaking client reads and signs the Spanish version of the intake packet."""

    locale = "es-US"

    def setUp(self):
        super().setUp()
        self.theo = make_clinician()
        self.ada = make_client(language="es")
        self.booking = a_booking(self.theo, timezone.now() + timedelta(days=3), client=self.ada)

    def test_the_client_signs_the_spanish_consent_and_the_signature_records_spanish(self):
        from securebase.records import services
        from securebase.records.models import DocumentTemplate

        services.send_packet(
            clinician=self.theo,
            client=self.ada,
            templates=[DocumentTemplate.objects.get(kind="informed_consent")],
            booking=self.booking,
            now=timezone.now(),
        )
        page = self.page
        self.log_in(self.ada)
        page.goto(self.live_url("/records/"))
        expect(page.locator("html")).to_have_attribute("lang", "es")
        expect(page.get_by_role("heading", name="Tus documentos")).to_be_visible()
        self.assert_accessible()
        title = "Consentimiento informado para la terapia"
        page.get_by_role("link", name=title).click()
        expect(page.get_by_role("heading", name=title)).to_be_visible()
        expect(page.locator("article.document")).to_have_attribute("lang", "es")
        expect(page.get_by_role("heading", name="Qué es la terapia aquí")).to_be_visible()
        self.assert_accessible()
        page.get_by_role("button", name="Firmar este documento").click()
        expect(page.get_by_role("alert").first).to_be_visible()
        self.assert_accessible()
        page.get_by_label("Escribe tu nombre completo para firmar").fill("Ada Park")
        page.get_by_label("Leí este documento y estoy de acuerdo.").check()
        page.get_by_role("button", name="Firmar este documento").click()
        expect(page.get_by_text(f"Firmado: {title}.")).to_be_visible()
        expect(page.get_by_text("No tienes nada pendiente.")).to_be_visible()
        self.assert_fits_width(page)

        signature = Signature.objects.get()
        assert (signature.language, signature.title) == ("es", title)
        page.get_by_role("link", name=title).click()
        expect(page.get_by_text("Idioma de la firma")).to_be_visible()
        self.assert_accessible()
