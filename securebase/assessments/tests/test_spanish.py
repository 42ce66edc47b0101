"""The self-assessment in Spanish: every page in Spanish (SpanishPageGuard, installed by the
test suite, fails any English sentence outside lang="en" or translate="no"), the items in
English with a note in Spanish because no cited Spanish translation exists, and each result
recording the language its items were answered in."""

from __future__ import annotations

from datetime import UTC, datetime
from unittest import mock

from django.conf import settings
from django.test import TestCase
from django.urls import reverse

from securebase.assessments.instrument import INSTRUMENTS_DIR
from securebase.assessments.instrument_files import parse_instrument
from securebase.assessments.models import AssessmentResult
from securebase.assessments.tests.helpers import (
    ECR_S,
    answer_everything,
    make_result,
    page_url,
)
from securebase.assessments.tests.test_languages import CITATION, ECR_S_DATA, with_spanish
from securebase.testing import Personas

NOTE = "Este cuestionario solo está disponible en inglés."
ECR_S_IN_SPANISH = parse_instrument(with_spanish(ECR_S_DATA), slug="ecr-s")
assert INSTRUMENTS_DIR.exists()


class SpanishVisitorTests(Personas, TestCase):
    def setUp(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"

    def test_it_offers_both_questionnaires_in_spanish_and_says_they_are_in_english(self):
        page = self.client.get(reverse("assessments:start")).text
        assert '<html lang="es"' in page
        assert "Autoevaluación de apego" in page
        assert page.count("Disponible solo en inglés.") == 2
        assert "Empieza el ECR-S" in page

    def test_the_instructions_say_in_spanish_that_the_items_are_in_english(self):
        page = self.client.get(reverse("assessments:instructions", args=["ecr-s"])).text
        assert NOTE in page
        assert "Antes de empezar" in page
        assert "Empezar en inglés" in page
        assert '(<span lang="en">Strongly disagree</span>)' in page
        assert "Las frases que siguen tratan de cómo te sientes" in page
        assert "Las instrucciones del cuestionario, tal como se publicaron:" not in page

    def test_the_ecr_r_shows_our_spanish_instructions_and_its_own_in_english(self):
        page = self.client.get(reverse("assessments:instructions", args=["ecr-r"])).text
        assert "Las frases que siguen tratan de cómo te sientes" in page
        assert "Las instrucciones del cuestionario, tal como se publicaron:" in page
        assert '<span lang="en">The statements below concern how you feel' in page

    def test_the_items_are_english_inside_lang_en_and_everything_else_is_spanish(self):
        page = self.client.get(page_url("ecr-s", 1)).text
        assert NOTE in page
        assert "página 1 de 2" in page
        first = ECR_S.items[0].text.replace("'", "&#x27;")
        assert f'<span lang="en">{first}</span>' in page
        assert '<div class="scale" lang="en">' in page
        assert "Siguiente" in page

    def test_a_blank_answer_is_pointed_out_in_spanish(self):
        self.client.get(page_url("ecr-s", 1))
        run = self.client.session["assessments"]["drafts"]["ecr-s"]["run"]
        page = self.client.post(page_url("ecr-s", 1), {"run": run, "move": "next"}).text
        assert "Falta contestar 6 frases." in page
        assert "Elige una respuesta para esta frase, por favor." in page

    def test_a_visitor_finishes_in_spanish_and_the_result_is_in_spanish(self):
        response = answer_everything(self.client, ECR_S, lambda item_id: 5)
        assert response.status_code == 302
        page = self.client.get(response.url).text
        assert "Tu autoevaluación de apego" in page
        assert "contestado en inglés" in page
        assert "Tu mapa de apego: ansiedad" in page
        assert "Ansioso–preocupado" in page or "Evitativo–temeroso" in page
        # The map's two axis titles.
        assert "Evitación (más baja → más alta)" in page
        assert "Ansiedad (más baja → más alta)" in page
        assert "lower → higher" not in page
        assert self.client.session["assessments"]["pending"]["language"] == "en"

    def test_with_nothing_finished_it_says_so_in_spanish(self):
        response = self.client.get(reverse("assessments:pending"))
        assert response.status_code == 404
        assert "No hay resultado que mostrar" in response.text

    def test_a_visitor_who_signs_in_saves_the_result_in_spanish(self):
        answer_everything(self.client, ECR_S, lambda item_id: 2)
        self.ben.language = "es"
        self.ben.save(update_fields=["language"])
        self.client.force_login(self.ben)
        page = self.client.get(reverse("assessments:save")).text
        assert "Guarda tu resultado" in page
        response = self.client.post(reverse("assessments:save"), follow=True)
        assert "Tu resultado se guardó en tu historial." in response.text
        assert AssessmentResult.objects.get(client=self.ben).items_language == "en"


class SpanishClientTests(Personas, TestCase):
    ada_language = "es"

    def setUp(self):
        self.client.force_login(self.ada)

    def test_a_result_records_that_its_items_were_answered_in_english(self):
        answer_everything(self.client, ECR_S, lambda item_id: 3)
        result = AssessmentResult.objects.get(client=self.ada)
        assert result.items_language == "en"
        page = self.client.get(reverse("assessments:result", args=[result.pk])).text
        assert "contestado en inglés" in page

    def test_history_result_and_delete_pages_are_in_spanish(self):
        first = make_result(
            self.ada, anxiety="5.000", avoidance="2.000", taken_at=datetime(2026, 1, 5, tzinfo=UTC)
        )
        make_result(
            self.ada, anxiety="3.900", avoidance="2.200", taken_at=datetime(2026, 2, 5, tzinfo=UTC)
        )
        history = self.client.get(reverse("assessments:history")).text
        assert "Mis resultados de autoevaluación" in history
        assert "bajó 1.1" in history
        assert "Ansiedad y evitación en 2 resultados" in history
        result = self.client.get(reverse("assessments:result", args=[first.pk])).text
        assert "Ansiedad en el apego: 5.0" in result
        delete = self.client.get(reverse("assessments:delete", args=[first.pk])).text
        assert "¿Borrar este resultado?" in delete
        response = self.client.post(reverse("assessments:delete", args=[first.pk]), follow=True)
        assert "Ese resultado se borró." in response.text

    def test_with_a_cited_spanish_translation_the_items_are_spanish_and_cited(self):
        with mock.patch(
            "securebase.assessments.views.get_instrument", return_value=ECR_S_IN_SPANISH
        ):
            page = self.client.get(page_url("ecr-s", 1)).text
            assert NOTE not in page
            assert '<span lang="es">Frase de prueba' in page
            answer_everything(self.client, ECR_S_IN_SPANISH, lambda item_id: 4)
            result = AssessmentResult.objects.get(client=self.ada)
            assert result.items_language == "es"
            shown = self.client.get(reverse("assessments:result", args=[result.pk])).text
        assert "Preguntas en español:" in shown
        assert CITATION in shown

    def test_english_readers_still_get_the_english_items_of_a_translated_instrument(self):
        self.ada.language = "en"
        self.ada.save(update_fields=["language"])
        with mock.patch(
            "securebase.assessments.views.get_instrument", return_value=ECR_S_IN_SPANISH
        ):
            page = self.client.get(page_url("ecr-s", 1)).text
        assert '<span lang="en">It helps to turn to my romantic partner' in page
