"""A Spanish-speaking visitor makes an account on a phone: every step, the email included, in
Spanish; later they switch the account to English with the settings form, without JavaScript."""

import re

from django.core import mail
from playwright.sync_api import expect

from securebase.accounts.models import User
from securebase.testing import BrowserTestCase


def _site_path(link: str) -> str:
    return "/" + link.split("://", 1)[1].split("/", 1)[1]


class SpanishAccountJourneyTests(BrowserTestCase):
    locale = "es-US"

    def test_a_spanish_visitor_signs_up_confirms_and_sees_their_account_in_spanish(self):
        page = self.page
        page.goto(self.live_url("/accounts/signup/?next=/journal/"))
        expect(page.locator("html")).to_have_attribute("lang", "es")
        expect(page.get_by_role("heading", name="Crear una cuenta")).to_be_visible()
        page.get_by_label("Tu nombre").fill("Rosa María")
        page.get_by_label("Correo electrónico").fill("rosa@example.com")
        page.get_by_label("Zona horaria", exact=True).select_option("America/Chicago")
        page.get_by_label("Contraseña", exact=True).fill("mañanas-lentas-con-té-7")
        page.get_by_label("Repite la contraseña").fill("mañanas-lentas-con-té-8")
        page.get_by_role("button", name="Crear cuenta").click()
        expect(page.get_by_text("Las dos contraseñas no coinciden.")).to_be_visible()
        self.assert_accessible()
        page.get_by_label("Contraseña", exact=True).fill("mañanas-lentas-con-té-7")
        page.get_by_label("Repite la contraseña").fill("mañanas-lentas-con-té-7")
        page.get_by_role("button", name="Crear cuenta").click()
        expect(page.get_by_role("heading", name="Revisa tu correo")).to_be_visible()
        self.assert_accessible()

        [message] = mail.outbox
        assert message.subject == "Confirma tu correo para crear tu cuenta"
        link = re.search(r"https?://\S+/signup/confirm/\S+", message.body).group(0)
        page.goto(self.live_url(_site_path(link)))
        expect(page.get_by_role("heading", name="Crea tu cuenta")).to_be_visible()
        self.assert_accessible()
        page.get_by_role("button", name="Crear mi cuenta").click()
        expect(page).to_have_url(re.compile(r"/journal/$"))
        expect(page.get_by_text("Te damos la bienvenida. Tu cuenta está lista.")).to_be_visible()
        expect(page.get_by_role("heading", name="Tu diario", exact=True)).to_be_visible()
        self.assert_accessible()
        rosa = User.objects.get(email="rosa@example.com")
        assert (rosa.language, rosa.time_zone) == ("es", "America/Chicago")

        page.goto(self.live_url("/accounts/settings/"))
        expect(page.get_by_role("heading", name="Configuración de la cuenta")).to_be_visible()
        expect(page.get_by_label("Idioma")).to_have_value("es")
        expect(page.get_by_text("rosa@example.com")).to_have_attribute("translate", "no")
        self.assert_accessible()

    def test_the_settings_form_switches_the_account_to_english_without_javascript(self):
        rosa = User.objects.create_user(
            email="rosa@example.com", password="mañanas-lentas-con-té-7", language="es"
        )
        self.use_context_without_javascript()
        self.log_in(rosa)
        page = self.page
        page.goto(self.live_url("/accounts/settings/"))
        expect(page.get_by_role("heading", name="Configuración de la cuenta")).to_be_visible()
        page.get_by_label("Idioma").select_option("en")
        page.get_by_role("button", name="Guardar configuración").click()
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(page.get_by_text("Your settings are saved.")).to_be_visible()
        expect(page.get_by_label("Language")).to_have_value("en")
        self.assert_accessible()
        rosa.refresh_from_db()
        assert rosa.language == "en"
