"""The client's space and the clinic home in Spanish: the dashboard's own words.

The cards, glances and slots come from the other apps, each translated in its own catalog;
the Spanish-page guard reads each page whole.
"""

from django.test import TestCase
from django.urls import reverse

from securebase.testing import Personas, login_verified


class SpanishHomesTests(Personas, TestCase):
    def test_a_client_is_greeted_in_spanish_with_their_name_left_as_it_is(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        self.client.force_login(self.ada)
        page = self.client.get(reverse("dashboard:home")).content.decode()
        assert '<html lang="es">' in page
        assert "<title>Mi espacio · " in page
        assert f'Hola, <span translate="no">{self.ada.get_short_name()}</span>' in page
        assert "Todo lo que hay aquí es privado, solo para ti." in page

    def test_a_clinician_reads_the_clinic_home_in_spanish(self):
        self.theo.language = "es"
        self.theo.save(update_fields=["language"])
        login_verified(self.client, self.theo)
        page = self.client.get(reverse("dashboard:clinician_home")).content.decode()
        assert "<h1>Consultorio</h1>" in page
        assert (
            f'Te damos la bienvenida, <span translate="no">{self.theo.get_full_name()}</span>.'
            in page
        )
        assert "Tu día de un vistazo" in page
        assert "Todo en el consultorio" in page
        assert ">Configuración de la cuenta</a>" in page
