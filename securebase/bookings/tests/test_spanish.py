"""Booking in Spanish: the pages, the consent and what the booking records of it, the emails in
each reader's language, and the calendar file and links in the booking's language.

Every page a test here renders in Spanish also passes SpanishPageGuard (conftest.py): no English
sentence outside an element marked lang="en" or translate="no".
"""

from urllib.parse import parse_qs, urlsplit

import time_machine
from django.conf import settings
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from securebase.bookings import decisions, emails, links, presenting, services
from securebase.bookings.models import Booking, BookingSettings
from securebase.bookings.reminders import send_due_reminders
from securebase.bookings.tests.helpers import (
    AfterCommit,
    book,
    confirm_by_email,
    details_url,
    form_data,
    hours,
    la,
    open_hours,
)
from securebase.testing import Personas, login_verified, site_without

NOW = la(2026, 4, 1, 8, 0)  # a Wednesday
START = la(2026, 4, 3, 10, 0)
REASON = "I keep checking my phone when my partner goes quiet."


def spanish(client) -> None:
    """A visitor who chose Spanish (the switcher's cookie)."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"


def ics_text(message) -> str:
    name, data, _mimetype = message.attachments[0]
    assert name == "consultation.ics"
    text = data.decode() if isinstance(data, bytes) else data
    # Unfold the long lines (RFC 5545 §3.1) and the escaped commas.
    return text.replace("\r\n ", "").replace("\\,", ",")


def to(address: str) -> list:
    return [m for m in mail.outbox if m.to == [address]]


@time_machine.travel(NOW, tick=False)
class SpanishPagesTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo, video_link="https://video.example/theo")

    def setUp(self):
        spanish(self.client)

    def test_it_shows_the_start_page_in_spanish(self):
        response = self.client.get(reverse("bookings:start"))

        self.assertContains(response, '<html lang="es"')
        self.assertContains(response, "Reserva una consulta gratis")
        self.assertContains(response, "Quien esté disponible primero")
        self.assertContains(response, "Telesalud (video)")

    def test_it_asks_a_spanish_telehealth_visitor_where_they_will_be(self):
        query = "?clinician=any&format=telehealth"

        response = self.client.get(reverse("bookings:start") + query)

        self.assertContains(response, "Para telesalud, dinos si vas a estar en California.")

    def test_it_explains_telehealth_outside_california_in_spanish(self):
        query = "?clinician=any&format=telehealth&location=elsewhere"

        response = self.client.get(reverse("bookings:start") + query)

        self.assertContains(response, "No podemos atenderte por telesalud fuera de California")
        self.assertContains(response, 'href="tel:988"')

    def test_it_shows_the_times_in_spanish(self):
        query = "?clinician=any&format=telehealth&tz=America%2FNew_York"

        response = self.client.get(reverse("bookings:times") + query)

        self.assertContains(response, "Elige una hora")
        self.assertContains(response, "el consultorio está en Los Ángeles")
        self.assertContains(response, "Horarios posteriores")

    def test_it_shows_the_telehealth_consent_and_attestation_in_spanish(self):
        response = self.client.get(details_url(START))

        self.assertContains(response, "Sobre la telesalud")
        self.assertContains(response, "Código de Negocios y Profesiones, §2290.5")
        self.assertContains(response, "Voy a estar físicamente en California")
        self.assertContains(response, "doy mi consentimiento para una consulta por telesalud")
        self.assertContains(response, "Reservar consulta por telesalud")

    def test_it_explains_a_missing_attestation_in_spanish(self):
        response = self.client.post(details_url(START), form_data(in_california=None))

        assert response.status_code == 200
        self.assertContains(response, "Solo podemos atenderte por telesalud si vas a estar")
        self.assertContains(response, "esto es lo que puedes hacer")
        assert not Booking.objects.exists()

    def test_a_booking_made_in_spanish_records_its_language_and_the_consents(self):
        response = self.client.post(details_url(START), form_data(), follow=True)

        self.assertContains(response, "Revisa tu correo")
        booking = Booking.objects.get()
        assert booking.language == "es"
        assert booking.telehealth_consent_language == "es"
        assert booking.telehealth_consent_version == services.TELEHEALTH_CONSENT_VERSION

    def test_an_in_person_booking_records_no_consent_language(self):
        self.client.post(details_url(START, fmt="in_person"), form_data(fmt="in_person"))

        booking = Booking.objects.get()
        assert booking.language == "es"
        assert booking.telehealth_consent_language == ""

    def test_an_english_booking_records_english(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

        self.client.post(details_url(START), form_data())

        booking = Booking.objects.get()
        assert (booking.language, booking.telehealth_consent_language) == ("en", "en")

    def test_it_shows_the_pages_reached_from_the_emails_in_spanish(self):
        self.client.post(details_url(START), form_data())
        confirmed = confirm_by_email(self.client, follow=True)
        booking = Booking.objects.get()

        self.assertContains(confirmed, "Tu consulta está reservada")
        self.assertContains(confirmed, "Agrégala a tu calendario")
        self.assertContains(confirmed, '<span lang="es">Cita con Theo Alvarez</span>')
        self.assertContains(confirmed, '<span translate="no">ada@example.com</span>')
        cancel = self.client.get(links.path(booking, links.CANCEL))
        self.assertContains(cancel, "¿Quieres cancelar tu consulta?")
        reschedule = self.client.get(links.path(booking, links.RESCHEDULE))
        self.assertContains(reschedule, "Cambiar la hora")
        cancelled = self.client.post(links.path(booking, links.CANCEL), follow=True)
        self.assertContains(cancelled, "Tu consulta está cancelada. Te enviamos un correo.")

    def test_it_answers_a_broken_link_in_spanish(self):
        response = self.client.get(reverse("bookings:booked", args=["not-a-token"]))

        assert response.status_code == 400
        self.assertContains(response, "Este enlace no funciona", status_code=400)

    def test_it_shows_the_clinician_pages_in_spanish(self):
        booking = book(self.theo, START, now=NOW, language="es")
        self.theo.language = "es"
        self.theo.save(update_fields=["language"])
        login_verified(self.client, self.theo)

        dashboard = self.client.get(reverse("bookings:clinic"))
        # This app's own page: the sections other apps add to it are theirs to translate.
        with site_without("securebase.care", "securebase.records"):
            page = self.client.get(reverse("bookings:clinic_booking", args=[booking.uid]))
        rules = self.client.get(reverse("bookings:clinic_settings"))

        self.assertContains(dashboard, "Solicitudes que esperan tu decisión")
        self.assertContains(page, "Consentimiento para la telesalud")
        self.assertContains(page, "leída en español")
        self.assertContains(page, f'<dd translate="no">{REASON}</dd>')
        self.assertContains(rules, "Horario semanal")


@time_machine.travel(NOW, tick=False)
class EmailLanguageTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo, video_link="https://video.example/theo")

    def test_a_spanish_visitor_gets_spanish_emails_and_an_english_clinician_english(self):
        spanish(self.client)
        self.client.post(details_url(START), form_data())
        check = to("ada@example.com")[-1]
        assert check.subject.startswith("Confirma tu correo para guardar la hora de tu consulta")
        assert "Hola, Ada Park:" in check.body

        confirm_by_email(self.client)

        confirmation = to("ada@example.com")[-1]
        assert confirmation.subject.startswith("Tu consulta gratis está reservada")
        assert "Tu consulta gratis de 15 minutos con Theo Alvarez está reservada." in (
            confirmation.body
        )
        assert "Telesalud (video). Por favor" in confirmation.body
        assert "Nadie revisa este correo las 24 horas." in confirmation.body
        (notice,) = to("theo@example.com")
        assert notice.subject.startswith("New consultation")
        assert "A new free consultation is booked." in notice.body

    def test_emails_carry_no_health_content_in_spanish_either(self):
        book(self.theo, START, now=NOW, language="es", reason=REASON)

        for message in mail.outbox:
            assert REASON not in message.body
            assert "partner" not in message.subject

    def test_a_spanish_clinician_gets_spanish_emails(self):
        self.theo.language = "es"
        self.theo.save(update_fields=["language"])

        book(self.theo, START, now=NOW)

        assert to("ada@example.com")[0].subject.startswith("Your free consultation is booked")
        (notice,) = to("theo@example.com")
        assert notice.subject.startswith("Nueva consulta")
        assert "Se reservó una nueva consulta gratis." in notice.body
        assert "Cómo: Telesalud (video)" in notice.body

    def test_a_client_account_language_comes_before_the_page_language(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        booking = book(self.theo, START, now=NOW, language="en")
        booking.client = self.ada
        booking.save(update_fields=["client"])
        mail.outbox.clear()

        with self.captureOnCommitCallbacks(execute=True):
            services.cancel_booking(booking=booking, by=Booking.CancelledBy.CLINICIAN, now=NOW)

        (cancelled,) = to("ada@example.com")
        assert cancelled.subject.startswith("Tu consulta está cancelada")
        assert "Theo Alvarez canceló tu consulta del" in cancelled.body

    def test_reminder_reschedule_cancel_and_decline_follow_the_booking_language(self):
        booking = book(self.theo, START, now=NOW, language="es")
        mail.outbox.clear()

        assert send_due_reminders(now=START - hours(20)).sent == 1
        with self.captureOnCommitCallbacks(execute=True):
            services.reschedule_booking(booking=booking, starts_at=START + hours(1), now=NOW)
        booking.refresh_from_db()
        with self.captureOnCommitCallbacks(execute=True):
            services.cancel_booking(booking=booking, by=Booking.CancelledBy.CLIENT, now=NOW)

        subjects = [m.subject.split(" · ")[0] for m in to("ada@example.com")]
        assert subjects == [
            "Recordatorio: tu consulta gratis",
            "Tu consulta tiene una nueva hora",
            "Tu consulta está cancelada",
        ]
        assert [m.subject.split(" · ")[0] for m in to("theo@example.com")] == [
            "Consultation moved",
            "Consultation cancelled",
        ]

    def test_a_declined_request_is_explained_in_spanish(self):
        BookingSettings.objects.filter(clinician__user=self.theo).update(approval="request")
        booking = book(self.theo, START, now=NOW, language="es")
        assert booking.status == Booking.Status.PENDING
        assert to("ada@example.com")[-1].subject.startswith("Recibimos tu solicitud de consulta")

        with self.captureOnCommitCallbacks(execute=True):
            decisions.decline_booking(booking=booking, message="", now=NOW)

        declined = to("ada@example.com")[-1]
        assert declined.subject.startswith("Sobre tu solicitud de consulta")
        assert "no puede reunirse a la hora que pediste" in declined.body


@time_machine.travel(NOW, tick=False)
class SpanishCalendarTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo, video_link="https://video.example/theo")

    def test_the_invitation_is_in_the_booking_language(self):
        book(self.theo, START, now=NOW, language="es")

        text = ics_text(to("ada@example.com")[0])

        assert "SUMMARY:Cita con Theo Alvarez" in text
        assert "DESCRIPTION:Consulta gratis de 15 minutos con Theo Alvarez." in text
        assert "Cambiar la hora: http" in text
        assert "Cancelar: http" in text

    def test_the_calendar_file_is_in_the_booking_language_whatever_the_page(self):
        booking = book(self.theo, START, now=NOW, language="es")
        token = links.make_token(booking, links.VIEW)

        response = self.client.get(reverse("bookings:calendar", args=[token]))

        text = response.content.decode().replace("\r\n ", "").replace("\\,", ",")
        assert "SUMMARY:Cita con Theo Alvarez" in text
        assert "asegúrate de estar físicamente en California" in text

    def test_google_and_outlook_links_are_in_the_booking_language(self):
        booking = book(self.theo, START, now=NOW, language="es", fmt="in_person")

        calendar = presenting.calendar_links(booking)

        google = parse_qs(urlsplit(calendar["google"]).query)
        outlook = parse_qs(urlsplit(calendar["outlook"]).query)
        assert google["text"] == ["Cita con Theo Alvarez"]
        assert google["details"][0].startswith("Consulta gratis de 15 minutos con Theo Alvarez.")
        assert "En persona en 1234 Wilshire Boulevard" in google["details"][0]
        assert outlook["subject"] == ["Cita con Theo Alvarez"]
        # An English booking keeps English calendar text on a Spanish page.
        english = book(self.theo, START + hours(2), now=NOW, language="en")
        assert emails.calendar_title(english) == "Appointment with Theo Alvarez"
