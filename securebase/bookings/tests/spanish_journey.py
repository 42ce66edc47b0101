"""The Spanish telehealth booking journey, shared by the bookings browser tests and the
cross-app Spanish journey in tests/browser/test_es_journey.py."""

from django.core import mail
from playwright.sync_api import expect

from securebase.bookings.models import Booking
from securebase.testing import link_path


def book_telehealth_in_spanish(test, *, start="/book/"):
    """Book a telehealth consultation in Spanish from ``start`` (a page with the booking
    form, or a link to it already followed), check every page, and check the emails."""
    page = test.page
    if start:
        page.goto(test.live_url(start))

    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", name="Reserva una consulta gratis")).to_be_visible()
    expect(page.get_by_label("Quien esté disponible primero")).to_be_checked()
    page.get_by_label("Telesalud (video)").check()
    page.get_by_label("En California", exact=True).check()
    test.assert_accessible()
    page.get_by_role("button", name="Ver horarios disponibles").click()

    expect(page.get_by_role("heading", name="Elige una hora")).to_be_visible()
    test.assert_fits_width()
    test.assert_accessible()
    test.choose_a_time()

    expect(page.get_by_role("heading", name="Tus datos")).to_be_visible()
    expect(page.get_by_role("heading", name="Sobre la telesalud")).to_be_visible()
    expect(page.get_by_text("Código de Negocios y Profesiones, §2290.5")).to_be_visible()
    page.get_by_role("button", name="Reservar consulta por telesalud").click()
    # Nothing filled in: the errors, the attestation's among them, are in Spanish.
    expect(page.get_by_text("Por favor, revisa las respuestas marcadas abajo.")).to_be_visible()
    expect(page.get_by_text("Solo podemos atenderte por telesalud si vas a estar")).to_be_visible()
    test.assert_accessible()

    page.get_by_label("Tu nombre").fill("Ada Park")
    page.get_by_role("textbox", name="Correo electrónico").fill("ada@example.com")
    page.get_by_label("Acepto que me contacten").check()
    page.get_by_label("Voy a estar físicamente en California").check()
    page.get_by_label("Leí la información sobre telesalud").check()
    page.get_by_label("La dirección donde vas a estar").fill("12 Palm Ave, Santa Monica, CA")
    page.get_by_label("Contacto de emergencia").fill("Sam Park, 310 555 0101")
    test.assert_fits_width()
    page.get_by_role("button", name="Reservar consulta por telesalud").click()

    expect(page.get_by_role("heading", name="Revisa tu correo")).to_be_visible()
    test.assert_accessible()
    check = next(m for m in mail.outbox if "/book/confirm-email/" in m.body)
    assert check.subject.startswith("Confirma tu correo para guardar la hora de tu consulta")
    page.goto(test.live_url(link_path(check, "/book/confirm-email/")))
    test.assert_accessible()
    page.get_by_role("button", name="Confirmar y guardar esta hora").click()

    expect(page.get_by_role("heading", name="Tu consulta está reservada")).to_be_visible()
    expect(page.get_by_text("Cita con Theo Alvarez")).to_be_visible()
    test.assert_fits_width()
    test.assert_accessible()

    booking = Booking.objects.get()
    assert booking.status == Booking.Status.CONFIRMED
    assert booking.language == "es"
    assert booking.telehealth_consent_language == "es"
    confirmation = next(m for m in mail.outbox if m.to == ["ada@example.com"] and m.attachments)
    assert confirmation.subject.startswith("Tu consulta gratis está reservada")
    assert "Hola, Ada Park:" in confirmation.body
    assert "Tu consulta gratis de 15 minutos con Theo Alvarez está reservada." in (
        confirmation.body
    )
    assert "Enlace de video: https://video.example/theo" in confirmation.body
    invitation = confirmation.attachments[0][1]
    invitation = invitation.decode() if isinstance(invitation, bytes) else invitation
    assert "SUMMARY:Cita con Theo Alvarez" in invitation
    (notice,) = [m for m in mail.outbox if m.to == ["theo@example.com"]]
    assert notice.subject.startswith("New consultation")
