"""The safety plan in Spanish (docs/translation.md): its steps, its pages and messages, and the
person's own words left as written (``translate="no"``)."""

from datetime import UTC, datetime

from django.conf import settings
from django.contrib.messages import get_messages
from django.test import TestCase
from django.urls import reverse

from securebase.core import safety
from securebase.safetyplan import services
from securebase.testing import Personas

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


class SpanishSafetyPlanTests(Personas, TestCase):
    def spanish_ada(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        self.client.force_login(self.ada)

    def test_a_visitor_gets_a_blank_plan_in_spanish(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
        page = self.client.get(reverse("safetyplan:plan")).text
        assert "Un plan de seguridad personal" in page
        assert "1. Señales de alerta" in page
        assert "7. Mis razones para vivir" in page
        assert "inicia sesión</a> o <a" in page

    def test_making_a_plan_in_spanish(self):
        self.spanish_ada()
        assert "Hacer tu plan de seguridad" in self.client.get(reverse("safetyplan:plan")).text
        edit = self.client.get(reverse("safetyplan:edit")).text
        assert "1. Señales de alerta" in edit
        assert "Pensamientos, imágenes, estados de ánimo" in edit
        empty = self.client.post(reverse("safetyplan:edit"), {})
        assert "Escribe algo en al menos un paso para guardar tu plan." in empty.text
        saved = self.client.post(
            reverse("safetyplan:edit"), {"reasons_for_living": "My niece and her laugh"}
        )
        assert [str(m) for m in get_messages(saved.wsgi_request)] == [
            "Tu plan de seguridad está guardado. Aquí solo tú puedes leerlo."
        ]

    def test_the_plan_reads_in_spanish_with_the_persons_words_as_written(self):
        services.save_plan(
            user=self.ada,
            answers={"warning_signs": "When I stop answering my sister's calls"},
            now=NOW,
        )
        self.spanish_ada()
        page = self.client.get(reverse("safetyplan:plan")).text
        assert "Tu plan de seguridad" in page
        assert "Todavía no hay nada escrito aquí." in page
        assert '<div class="plan-text" translate="no"><p>When I stop answering' in page
        edit = self.client.get(reverse("safetyplan:edit")).text
        assert "Editar tu plan de seguridad" in edit
        deleted = self.client.post(reverse("safetyplan:delete"))
        assert [str(m) for m in get_messages(deleted.wsgi_request)] == [
            "Tu plan de seguridad se borró."
        ]

    def test_a_spanish_panel_on_an_english_page_says_which_language_it_speaks(self):
        services.save_plan(user=self.ada, answers={"coping_strategies": "Cold shower"}, now=NOW)
        self.client.force_login(self.ada)
        session = self.client.session
        session[safety.SESSION_KEY] = {"saved": True, "language": "es", "concern": "self"}
        session.save()
        page = self.client.get(reverse("safetyplan:plan")).text
        assert '<html lang="en">' in page
        assert '<div class="crisis-panel-lead" lang="es">' in page
        assert "Abrir tu plan completo" in page
        assert '<dd translate="no">Cold shower</dd>' in page
