"""The symptom questionnaires in Spanish: pages in Spanish (SpanishPageGuard fails any English
sentence outside lang="en" or translate="no"), the PHQ-9 in its published Spanish for the USA
(the translation its data cites), the GAD-7 in English with a Spanish note (no cited Spanish
translation is in its data), the language the items were answered in recorded and shown to the
clinician and in the FHIR export, and the "waiting" email in the client's language."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from unittest import mock

from django.conf import settings
from django.core import mail
from django.template.loader import render_to_string
from django.test import RequestFactory, TestCase
from django.urls import reverse
from django.utils import translation

from securebase.assessments.instrument import SYMPTOM_INSTRUMENTS_DIR, in_language
from securebase.assessments.instrument_files import parse_instrument
from securebase.assessments.tests.test_languages import CITATION, PHQ9_DATA, with_spanish
from securebase.care.tests.helpers import connect
from securebase.core.untranslated import english_on_page
from securebase.measures import care_team, schedules, slots
from securebase.measures.models import MeasureResult, Schedule
from securebase.measures.presenting import BAND_LABELS
from securebase.measures.tests.helpers import GAD7, PHQ9, answers_totalling, form_data
from securebase.testing import Personas, login_verified

NOTE = "Este cuestionario solo está disponible en inglés."
PHQ9_IN_SPANISH = parse_instrument(with_spanish(PHQ9_DATA), slug="phq-9")
START = datetime(2026, 3, 2, 15, tzinfo=UTC)


def test_every_band_label_in_the_data_is_in_the_catalog():
    labels = set()
    for path in SYMPTOM_INSTRUMENTS_DIR.glob("*.json"):
        for bands in json.loads(path.read_text(encoding="utf-8")).get("bands", {}).values():
            labels.update(band["label"] for band in bands)
    assert labels == set(BAND_LABELS)


class SpanishVisitorTests(Personas, TestCase):
    def setUp(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"

    def test_the_start_page_is_spanish_and_says_which_is_english_only(self):
        page = self.client.get(reverse("measures:start")).text
        assert "Cuestionarios de síntomas" in page
        assert page.count("Disponible solo en inglés.") == 1
        assert page.count("Preguntas en español, de una traducción publicada y validada.") == 1

    def test_the_phq9_is_offered_in_its_published_spanish(self):
        page = self.client.get(reverse("measures:take", args=["phq-9"])).text
        assert NOTE not in page
        assert (
            '<strong lang="es">Durante las últimas 2 semanas, ¿qué tan seguido ha tenido '
            "molestias debido a los siguientes problemas?</strong>"
        ) in page
        assert '<span lang="es">Poco interés o placer en hacer cosas</span>' in page
        assert "Little interest" not in page
        assert page.count('<div class="scale" lang="es">') == 10
        for label in ("Ningún día", "Más de la mitad de los días", "Extremadamente difícil"):
            assert f'<span class="scale-label">{label}</span>' in page
        assert "Merz, E. L." in page and "Spanish for the USA" in page
        assert "(opcional)" in page
        assert "Ver mi resultado" in page

    def test_the_gad7_is_offered_in_english_with_a_spanish_note(self):
        page = self.client.get(reverse("measures:take", args=["gad-7"])).text
        assert NOTE in page
        assert f'<strong lang="en">{GAD7.instructions}</strong>' in page
        assert '<span lang="en">Feeling nervous, anxious, or on edge</span>' in page

    def test_a_missing_answer_is_pointed_out_in_spanish(self):
        answers = answers_totalling(GAD7, 5)
        del answers[1]
        page = self.client.post(reverse("measures:take", args=["gad-7"]), form_data(answers))
        assert "Falta contestar una pregunta." in page.text
        assert "Elige una respuesta para esta pregunta, por favor." in page.text

    def test_with_nothing_finished_it_says_so_in_spanish(self):
        response = self.client.get(reverse("measures:pending"))
        assert response.status_code == 404
        assert "No hay resultado que mostrar" in response.text

    def test_the_result_is_in_spanish_with_the_band_translated(self):
        response = self.client.post(
            reverse("measures:take", args=["phq-9"]), form_data(answers_totalling(PHQ9, 12))
        )
        page = self.client.get(response.url).text
        assert "Tu resultado del PHQ-9" in page
        assert "contestado en" not in page
        assert "<strong>moderado</strong>" in page
        assert "Moderadamente severo" in page
        assert self.client.session["measures_pending"]["language"] == "es"

    def test_a_result_answered_in_english_says_so_in_spanish(self):
        response = self.client.post(
            reverse("measures:take", args=["gad-7"]), form_data(answers_totalling(GAD7, 12))
        )
        page = self.client.get(response.url).text
        assert "Tu resultado del GAD-7" in page
        assert "contestado en inglés" in page
        assert self.client.session["measures_pending"]["language"] == "en"


class SpanishClientTests(Personas, TestCase):
    ada_language = "es"

    def setUp(self):
        self.client.force_login(self.ada)

    def take(self, instrument, total, **extra):
        return self.client.post(
            reverse("measures:take", args=[instrument.slug]),
            form_data(answers_totalling(instrument, total, **extra)),
        )

    def test_results_record_the_items_language_and_the_pages_are_spanish(self):
        self.take(GAD7, 6)
        self.take(PHQ9, 16)
        response = self.take(PHQ9, 9)
        latest = MeasureResult.objects.filter(client=self.ada).first()
        assert latest.items_language == "es"
        languages = MeasureResult.objects.filter(client=self.ada).values_list(
            "instrument", "items_language"
        )
        assert sorted(languages) == [("gad-7", "en"), ("phq-9", "es"), ("phq-9", "es")]
        page = self.client.get(response.url).text
        assert "Mejora confiable" in page
        assert "(bajó 7, de 16 a 9; <strong>clínicamente significativo</strong>" in page
        history = self.client.get(reverse("measures:history")).text
        assert "Mis resultados de cuestionarios" in history
        assert "Totales del PHQ-9 en 2 resultados" in history
        assert history.count("<td>español</td>") == 2
        assert history.count("<td>inglés</td>") == 1
        delete = self.client.get(reverse("measures:delete", args=[latest.pk])).text
        assert "¿Borrar este resultado?" in delete

    def test_the_safety_answer_is_acknowledged_in_spanish(self):
        response = self.take(PHQ9, 5, item_9=1)
        page = self.client.get(response.url).text
        assert "Sobre tu respuesta a la pregunta 9" in page

    def test_the_fhir_export_names_the_language_of_the_items(self):
        self.take(GAD7, 8)
        with mock.patch("securebase.measures.views.get_measure", return_value=PHQ9_IN_SPANISH):
            self.take(PHQ9_IN_SPANISH, 6)
        assert sorted(MeasureResult.objects.values_list("instrument", "items_language")) == [
            ("gad-7", "en"),
            ("phq-9", "es"),
        ]
        with mock.patch("securebase.measures.exports.get_measure") as get_measure:
            get_measure.side_effect = lambda slug: PHQ9_IN_SPANISH if slug == "phq-9" else GAD7
            bundle = self.client.get(reverse("measures:export_fhir")).json()
        responses = {
            entry["resource"]["questionnaire"].rsplit("/", 1)[1]: entry["resource"]
            for entry in bundle["entry"]
            if entry["resource"]["resourceType"] == "QuestionnaireResponse"
        }
        assert responses["gad-7.json"]["language"] == "en"
        assert responses["phq-9.json"]["language"] == "es"
        assert responses["phq-9.json"]["item"][0]["text"] == "Frase de prueba 1"

    def test_a_cited_spanish_translation_is_shown_in_spanish_with_its_citation(self):
        with mock.patch("securebase.measures.views.get_measure", return_value=PHQ9_IN_SPANISH):
            page = self.client.get(reverse("measures:take", args=["phq-9"])).text
        assert NOTE not in page
        assert '<span lang="es">Frase de prueba 1</span>' in page
        assert CITATION in page
        assert in_language(GAD7, "es") is GAD7


class SpanishClinicianTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.theo.language = "es"
        cls.theo.save(update_fields=["language"])

    def setUp(self):
        self.relationship = connect(self.ada, self.theo, areas=["assessments"], now=START)
        mail.outbox.clear()

    def test_the_schedules_page_is_spanish(self):
        login_verified(self.client, self.theo)
        url = reverse("measures:client_schedules", args=[self.ada.pk])
        page = self.client.get(url).text
        assert "Programa un cuestionario" in page
        assert "Con qué frecuencia" in page
        response = self.client.post(
            reverse("measures:schedule", args=[self.ada.pk]),
            {"instrument": "gad-7", "repeat": "every", "every_days": "14"},
            follow=True,
        )
        assert "cada 14 días" in response.text
        assert "Programado." in response.text
        refused = self.client.post(
            reverse("measures:schedule", args=[self.ada.pk]),
            {"instrument": "gad-7", "repeat": "every"},
        )
        assert "Indica cada cuántos días, por ejemplo 14." in refused.text

    def test_the_care_panel_shows_the_language_the_items_were_answered_in(self):
        self.client.force_login(self.ada)
        self.client.post(
            reverse("measures:take", args=["phq-9"]), form_data(answers_totalling(PHQ9, 11))
        )
        with translation.override("es"):
            context = care_team.panel_context(self.ada, tz=UTC)
            panel = render_to_string("measures/care_panel.html", context)
            facts = care_team.score_facts(self.theo, [self.ada.pk])
        assert '<th scope="col">Preguntas en</th>' in panel
        assert "<td>inglés</td>" in panel
        assert facts == {self.ada.pk: ["PHQ-9 11, moderado"]}
        with translation.override("en"):
            english = render_to_string("measures/care_panel.html", context)
        assert "<td>English</td>" in english

    def test_the_client_home_lists_what_is_waiting_in_spanish(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        with self.captureOnCommitCallbacks(execute=True):
            schedules.schedule_questionnaire(
                relationship=self.relationship,
                instrument="phq-9",
                repeat=Schedule.Repeat.ONCE,
                now=START,
            )
        self.client.force_login(self.ada)
        with translation.override("es"):
            request = RequestFactory().get("/")
            request.user = self.ada
            card = slots.client_home(request)
        assert "Cuestionarios que te esperan" in card
        assert "Contesta el PHQ-9" in card
        assert english_on_page(card) == []

    def test_the_waiting_email_is_in_the_clients_language(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        with self.captureOnCommitCallbacks(execute=True):
            schedules.schedule_questionnaire(
                relationship=self.relationship,
                instrument="gad-7",
                repeat=Schedule.Repeat.ONCE,
                now=START,
            )
        (message,) = mail.outbox
        assert "tienes un cuestionario esperándote" in message.subject
        assert message.body.startswith("Hola:")
        assert "quién puede ver qué" in message.body
        for health_word in ("GAD", "PHQ", "ansiedad", "depres"):
            assert health_word.lower() not in (message.subject + message.body).lower()
