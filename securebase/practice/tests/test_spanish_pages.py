"""The practice's public pages in Spanish.

The SpanishPageGuard (conftest) fails any page here that shows an English sentence outside an
element marked lang="en" or translate="no"; these tests add what the Spanish reader must see.
"""

from django.conf import settings
from django.test import TestCase
from django.urls import reverse

from securebase.testing import Personas

COOKIE = settings.LANGUAGE_COOKIE_NAME


class SpanishPracticePagesTests(Personas, TestCase):
    def setUp(self):
        self.client.cookies[COOKIE] = "es"

    def get(self, name: str):
        response = self.client.get(reverse(name))
        assert response.status_code == 200
        assert '<html lang="es">' in response.text
        return response

    def test_the_home_page(self):
        response = self.get("practice:home")
        self.assertContains(response, "Cuando la cercanía se siente como algo que podrías perder")
        self.assertContains(response, "A quién ayudamos")
        self.assertContains(response, "Reserva una consulta gratis de 15 minutos")
        self.assertContains(response, "<title>Terapia para el apego ansioso en California")

    def test_the_home_page_text_is_cached_per_language(self):
        self.client_class().get(reverse("practice:home"))  # caches the English fragments
        self.assertNotContains(self.get("practice:home"), "Who we help")
        self.client.cookies[COOKIE] = "en"
        self.assertContains(self.client.get(reverse("practice:home")), "Who we help")

    def test_the_clinicians_page_keeps_what_clinicians_wrote_in_its_own_language(self):
        self.theo.clinician_profile.languages = ["English", "Spanish"]
        self.theo.clinician_profile.save()
        response = self.get("practice:clinicians")
        self.assertContains(response, "Nuestros terapeutas")
        self.assertContains(response, "Terapeuta matrimonial y familiar con licencia (LMFT)")
        self.assertContains(response, "número de licencia de California")
        self.assertContains(response, "<strong>Idiomas:</strong> inglés, español")
        self.assertContains(response, "en persona en Los Ángeles y por telesalud en California")
        self.assertContains(
            response,
            '<p translate="no" lang="en">Attachment-focused, warm and collaborative.</p>',
        )

    def test_the_services_page(self):
        response = self.get("practice:services")
        self.assertContains(response, "<h1>Servicios y lugares</h1>")
        self.assertContains(response, "Preguntas frecuentes")
        self.assertContains(response, '<address translate="no">')

    def test_the_help_page_puts_spanish_first_and_keeps_english_help_marked(self):
        response = self.get("practice:help")
        self.assertContains(response, "<h1>¿Necesitas ayuda ahora?</h1>")
        self.assertContains(response, '<section lang="en" aria-labelledby="h-en">')
        self.assertNotContains(response, "Ayuda en español")
        english = self.client_class().get(reverse("practice:help"))
        self.assertContains(english, '<section lang="es" aria-labelledby="h-es">')

    def test_the_privacy_notice(self):
        response = self.get("practice:privacy")
        self.assertContains(response, "<h1>Aviso de privacidad</h1>")
        self.assertContains(response, "Lo que guardamos")
        self.assertContains(response, "Quién puede ver tu información")


class PrivacyNoticeLanguageTests(TestCase):
    """The notice says what the code does with the chosen language."""

    def test_it_names_the_cookie_the_site_sets_and_for_how_long(self):
        assert settings.LANGUAGE_COOKIE_AGE == 365 * 24 * 3600  # "for one year"
        response = self.client.get(reverse("practice:privacy"))
        self.assertContains(response, f'<code translate="no">{COOKIE}</code> for one year')
        self.assertContains(response, "if you have an account, in your account too")
        self.client.cookies[COOKIE] = "es"
        response = self.client.get(reverse("practice:privacy"))
        self.assertContains(response, f'<code translate="no">{COOKIE}</code> durante un año')
        self.assertContains(response, "si tienes cuenta, también en tu cuenta")

    def test_the_cookie_it_names_is_the_one_the_switcher_sets(self):
        response = self.client.get(reverse("practice:privacy") + "?lang=es")
        cookie = response.cookies[COOKIE]
        assert cookie["max-age"] == 365 * 24 * 3600
