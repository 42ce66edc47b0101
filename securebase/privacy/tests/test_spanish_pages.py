"""The privacy app's pages in Spanish (the SpanishPageGuard checks for English left over)."""

import json

from django.test import TestCase
from django.urls import reverse

from securebase.testing import PASSWORD, Personas


class SpanishPrivacyPagesTests(Personas, TestCase):
    def setUp(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        self.client.force_login(self.ada)

    def test_the_export_page(self):
        response = self.client.get(reverse("privacy:export"))
        assert '<html lang="es">' in response.text
        self.assertContains(response, "<h1>Descargar tus datos</h1>")
        self.assertContains(response, "Descargar mis datos")

    def test_the_export_holds_the_accounts_language(self):
        data = json.loads(self.client.post(reverse("privacy:export")).content)
        assert data["account"]["language"] == "es"

    def test_the_delete_page_and_a_wrong_password(self):
        response = self.client.post(
            reverse("privacy:delete_account"), {"password": PASSWORD + "x", "confirm": "on"}
        )
        assert '<html lang="es">' in response.text
        self.assertContains(response, "<h1>Borrar tu cuenta</h1>")
        self.assertContains(response, "Esa contraseña no es correcta.")
        self.assertContains(response, "Borrar mi cuenta")

    def test_the_deletion_message_is_in_spanish(self):
        response = self.client.post(
            reverse("privacy:delete_account"), {"password": PASSWORD, "confirm": "on"}, follow=True
        )
        self.assertContains(response, "Borramos tu cuenta y lo que hiciste aquí.")
