"""The account pages and emails in Spanish (docs/translation.md).

Every page here is rendered with the test suite's SpanishPageGuard, which fails on any English
sentence outside an element marked ``lang="en"`` or ``translate="no"``; the tests check a
few Spanish words besides, so a page that forgot to switch language cannot pass unnoticed.
"""

from django.conf import settings
from django.contrib.messages import get_messages
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User
from securebase.testing import PASSWORD, Personas, link_path, login_verified, make_clinician

COOKIE = settings.LANGUAGE_COOKIE_NAME
NEW_PASSWORD = "slow-mornings-and-tea-7"


def _current_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


class SpanishVisitorPagesTests(Personas, TestCase):
    def setUp(self):
        self.client.cookies[COOKIE] = "es"

    def test_it_shows_the_log_in_page_in_spanish(self):
        page = self.client.get(reverse("accounts:login")).text
        assert '<html lang="es">' in page
        assert "Iniciar sesión" in page
        assert "¿Olvidaste tu contraseña?" in page
        assert "Recordarme en este dispositivo por 14 días" in page

    def test_it_explains_a_failed_log_in_in_spanish(self):
        response = self.client.post(
            reverse("accounts:login"), {"username": "ada@example.com", "password": "wrong"}
        )
        assert "no coinciden con ninguna cuenta" in response.text

    def test_it_shows_the_sign_up_page_in_spanish(self):
        page = self.client.get(reverse("accounts:signup")).text
        assert "Crear una cuenta" in page
        assert "Zona horaria" in page
        assert "Hora del Pacífico (Los Ángeles)" in page

    def test_it_explains_sign_up_mistakes_in_spanish(self):
        response = self.client.post(
            reverse("accounts:signup"),
            {
                "email": "rae@example.com",
                "time_zone": "America/Los_Angeles",
                "other_time_zone": "Atlantis",
                "password1": NEW_PASSWORD,
                "password2": "something-else-entirely-8",
            },
        )
        assert "Las dos contraseñas no coinciden." in response.text
        assert "No conocemos ninguna zona horaria llamada “Atlantis”" in response.text

    def test_it_shows_the_pages_after_sign_up_in_spanish(self):
        assert "Revisa tu correo" in self.client.get(reverse("accounts:signup_sent")).text
        invalid = self.client.get(reverse("accounts:signup_confirm", args=["damaged"]))
        assert invalid.status_code == 400
        assert "Ese enlace no funcionó" in invalid.text

    def test_it_shows_the_password_reset_pages_in_spanish(self):
        assert (
            "Restablece tu contraseña" in self.client.get(reverse("accounts:password_reset")).text
        )
        sent = self.client.post(
            reverse("accounts:password_reset"), {"email": "nobody@example.com"}, follow=True
        )
        assert "Revisa tu correo" in sent.text
        expired = self.client.get(
            reverse("accounts:password_reset_confirm", args=["MQ", "set-password"])
        )
        assert "Este enlace ya venció" in expired.text
        done = self.client.get(reverse("accounts:password_reset_complete"))
        assert "Tu contraseña ya está cambiada" in done.text

    def test_it_shows_the_lockout_page_in_spanish(self):
        for _attempt in range(settings.AXES_FAILURE_LIMIT):
            response = self.client.post(
                reverse("accounts:login"), {"username": "ada@example.com", "password": "nope"}
            )
        assert response.status_code == 429
        assert "Demasiados intentos de iniciar sesión" in response.text


class SpanishAccountPagesTests(Personas, TestCase):
    def test_it_shows_a_clients_settings_in_spanish_with_the_email_left_as_written(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        self.client.force_login(self.ada)
        page = self.client.get(reverse("accounts:settings")).text
        assert "Configuración de la cuenta" in page
        assert '<span translate="no">ada@example.com</span>' in page
        assert "Cambiar tu contraseña" in page

    def test_it_shows_the_password_change_page_in_spanish(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        self.client.force_login(self.ada)
        page = self.client.get(reverse("accounts:password_change")).text
        assert "Cambiar contraseña" in page

    def test_it_walks_a_clinician_through_two_factor_in_spanish(self):
        nia = make_clinician(email="nia@example.com", two_factor=False)
        nia.language = "es"
        nia.save(update_fields=["language"])
        self.client.force_login(nia)
        settings_page = self.client.get(reverse("accounts:settings")).text
        assert "configúrala ahora" in settings_page
        setup = self.client.get(reverse("accounts:two_factor_setup")).text
        assert "Configura la verificación en dos pasos" in setup
        assert 'alt="Código QR para tu app de autenticación"' in setup
        wrong = self.client.post(reverse("accounts:two_factor_setup"), {"token": "000000"})
        assert "Ese código no coincide" in wrong.text
        device = TOTPDevice.objects.get(user=nia, confirmed=False)
        device.throttle_reset()
        codes = self.client.post(
            reverse("accounts:two_factor_setup"), {"token": _current_code(device)}
        )
        assert "Tus códigos de respaldo" in codes.text
        assert '<ul class="secret" translate="no">' in codes.text

    def test_it_asks_an_enrolled_clinician_for_the_code_in_spanish(self):
        self.theo.language = "es"
        self.theo.save(update_fields=["language"])
        self.client.force_login(self.theo)
        page = self.client.get(reverse("accounts:two_factor_verify")).text
        assert "Escribe tu código" in page
        wrong = self.client.post(reverse("accounts:two_factor_verify"), {"token": "000000"})
        assert "Ese código no coincide" in wrong.text
        login_verified(self.client, self.theo)
        page = self.client.get(reverse("accounts:settings")).text
        assert "Verificación en dos pasos: activada." in page


class SettingsLanguageTests(Personas, TestCase):
    def save_settings(self, **changes):
        data = {
            "full_name": self.ada.full_name,
            "language": self.ada.language,
            "time_zone": self.ada.time_zone,
            **changes,
        }
        return self.client.post(reverse("accounts:settings"), data)

    def test_it_offers_each_language_in_its_own_words(self):
        self.client.force_login(self.ada)
        page = self.client.get(reverse("accounts:settings")).text
        assert '<select name="language"' in page
        assert '<option value="en" selected lang="en">English</option>' in page
        assert '<option value="es" lang="es">Español</option>' in page

    def test_choosing_spanish_saves_it_in_the_account_and_the_cookie(self):
        self.client.force_login(self.ada)
        response = self.save_settings(language="es")
        self.assertRedirects(response, reverse("accounts:settings"), fetch_redirect_response=False)
        self.ada.refresh_from_db()
        assert self.ada.language == "es"
        assert response.cookies[COOKIE].value == "es"
        page = self.client.get(response.url).text
        assert '<html lang="es">' in page
        assert "Tu configuración está guardada." in page
        # The choice stays after signing out.
        self.client.post(reverse("accounts:logout"))
        assert '<html lang="es">' in self.client.get(reverse("accounts:login")).text

    def test_choosing_english_from_a_spanish_page_switches_back(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        self.client.force_login(self.ada)
        response = self.save_settings(language="en")
        self.ada.refresh_from_db()
        assert self.ada.language == "en"
        assert response.cookies[COOKIE].value == "en"
        page = self.client.get(response.url).text
        assert '<html lang="en">' in page
        assert "Your settings are saved." in page

    def test_an_unknown_language_is_refused(self):
        self.client.force_login(self.ada)
        response = self.save_settings(language="fr")
        assert response.status_code == 200
        self.ada.refresh_from_db()
        assert self.ada.language == "en"

    def test_a_form_without_the_menu_keeps_the_language(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        self.client.force_login(self.ada)
        response = self.client.post(
            reverse("accounts:settings"),
            {"full_name": "Ada P.", "time_zone": "America/Chicago"},
        )
        assert response.status_code == 302
        self.ada.refresh_from_db()
        assert (self.ada.full_name, self.ada.language) == ("Ada P.", "es")


class EmailLanguageTests(Personas, TestCase):
    """Emails speak the recipient's language: the account's when there is one, otherwise the
    language of the page the request came from."""

    def sign_up(self, *, email="rae@example.com", language=None):
        if language:
            self.client.cookies[COOKIE] = language
        data = {
            "full_name": "Rae",
            "email": email,
            "time_zone": "America/Los_Angeles",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        }
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(reverse("accounts:signup"), data)

    def test_a_spanish_sign_up_gets_a_spanish_email_and_a_spanish_account(self):
        self.sign_up(language="es")
        [message] = mail.outbox
        assert message.subject == "Confirma tu correo para crear tu cuenta"
        assert message.body.startswith("Hola:")
        assert "sigue este enlace para terminar" in message.body
        path = link_path(message, "/signup/confirm/")
        assert "Crea tu cuenta" in self.client.get(path).text
        response = self.client.post(path)
        user = User.objects.get(email="rae@example.com")
        assert user.language == "es"
        [welcome] = get_messages(response.wsgi_request)
        assert str(welcome) == "Te damos la bienvenida. Tu cuenta está lista."

    def test_the_link_opens_in_the_sign_up_language_in_a_browser_that_never_chose(self):
        self.sign_up(language="es")
        elsewhere = self.client_class()
        path = link_path(mail.outbox[0], "/signup/confirm/")
        page = elsewhere.get(path, headers={"accept-language": "en-US"})
        assert '<html lang="es">' in page.text
        assert "Crea tu cuenta" in page.text
        # A browser that chose English keeps it.
        elsewhere.cookies[COOKIE] = "en"
        assert "Create your account" in elsewhere.get(path).text

    def test_an_english_sign_up_gets_an_english_email_and_an_english_account(self):
        self.sign_up()
        [message] = mail.outbox
        assert message.subject == "Confirm your email to create your account"
        self.client.post(link_path(message, "/signup/confirm/"))
        assert User.objects.get(email="rae@example.com").language == "en"

    def test_the_account_language_wins_for_an_address_that_has_an_account(self):
        # Ada's account is in English; someone asks from a Spanish page.
        self.sign_up(email="ada@example.com", language="es")
        [message] = mail.outbox
        assert message.subject == "You already have an account"
        assert message.body.startswith("Hello,")

    def test_a_spanish_account_hears_in_spanish_from_an_english_page(self):
        self.ben.language = "es"
        self.ben.save(update_fields=["language"])
        self.sign_up(email="ben@example.com")
        [message] = mail.outbox
        assert message.subject == "Ya tienes una cuenta"
        assert "ya tiene una, así que no cambió nada" in message.body

    def test_a_password_reset_email_speaks_the_accounts_language(self):
        self.ben.language = "es"
        self.ben.save(update_fields=["language"])
        self.client.post(reverse("accounts:password_reset"), {"email": "ben@example.com"})
        self.client.cookies[COOKIE] = "es"
        self.client.post(reverse("accounts:password_reset"), {"email": "ada@example.com"})
        spanish, english = mail.outbox
        assert spanish.to == ["ben@example.com"]
        assert spanish.subject == "Restablece tu contraseña"
        assert "Si no fuiste tú, puedes ignorar este correo" in spanish.body
        assert english.to == ["ada@example.com"]
        assert english.subject == "Reset your password"
        assert "If it wasn't you" in english.body

    def test_a_spanish_reset_link_opens_in_spanish(self):
        self.client.cookies[COOKIE] = "es"
        self.ben.language = "es"
        self.ben.save(update_fields=["language"])
        self.client.post(reverse("accounts:password_reset"), {"email": "ben@example.com"})
        link = next(line for line in mail.outbox[0].body.splitlines() if "/password-reset/" in line)
        response = self.client.get("/" + link.split("://", 1)[1].split("/", 1)[1], follow=True)
        assert "Elige una contraseña nueva" in response.text
        done = self.client.post(
            response.redirect_chain[-1][0],
            {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
            follow=True,
        )
        assert "Tu contraseña ya está cambiada" in done.text
        self.ben.refresh_from_db()
        assert self.ben.check_password(NEW_PASSWORD)
        assert not self.ben.check_password(PASSWORD)
