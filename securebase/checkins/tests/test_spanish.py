"""Check-in pages in Spanish: every page, the charts and tables, and the crisis panel.

The SpanishPageGuard (conftest) fails any page rendered here that shows an English sentence
outside an element marked ``lang="en"`` or ``translate="no"``; these tests render each page in
the states a person meets it in.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from django.conf import settings
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from securebase.checkins import rollups
from securebase.checkins.models import Checkin
from securebase.checkins.report import build_charts
from securebase.checkins.tests.test_trends_page import pause
from securebase.checkins.trends import summarize_days
from securebase.journal.models import Entry
from securebase.testing import Personas

LA = ZoneInfo("America/Los_Angeles")
NOW = datetime(2025, 3, 31, 21, 0, tzinfo=LA)
RIESGO = "Ya no quiero vivir, me quiero morir."


def checkin(user, days_back: int, anxiety: int, **fields) -> Checkin:
    day = NOW.date() - timedelta(days=days_back)
    at = datetime(day.year, day.month, day.day, 12, tzinfo=LA)
    values = {"emotions": [], "triggers": [], "behaviors": {}, "helped": [], "note": ""}
    values.update(fields)
    saved = Checkin.objects.create(
        user=user, created_at=at, updated_at=at, anxiety=anxiety, token=uuid.uuid4(), **values
    )
    # Saved around the services, so the kept day counts are brought up to date here.
    rollups.refresh_days(user, [saved.local_day(user.tzinfo)])
    return saved


def form_data(**overrides) -> dict:
    data = {
        "token": str(uuid.uuid4()),
        "anxiety": "6",
        "emotions_worried": ["anxious"],
        "emotions_hurt": ["lonely"],
        "triggers": ["slow_reply"],
        "behavior_excessive_contact": "resisted",
        "behavior_checking": "acted",
        "helped": ["breathing"],
        "note": "",
    }
    data.update(overrides)
    return data


class SpanishVisitorTests(Personas, TestCase):
    def setUp(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"

    def test_it_explains_check_ins_in_spanish(self):
        response = self.client.get(reverse("checkins:start"))
        self.assertContains(response, "Un registro es un minuto para notar")
        self.assertContains(response, 'lang="es"')

    def test_it_keeps_a_late_check_in_and_shows_the_spanish_crisis_panel_for_spanish_risk(self):
        response = self.client.post(reverse("checkins:start"), form_data(note=RIESGO))
        self.assertContains(response, "Se cerró tu sesión antes de que se pudiera guardar")
        self.assertContains(response, "crisis-panel")
        # Held for sign-in, not saved: the Spanish panel says so.
        self.assertContains(response, "Lo que escribiste no se ha guardado ni enviado a nadie.")
        self.assertNotContains(response, "What you wrote")


@time_machine.travel(NOW, tick=False)
class SpanishClientTests(Personas, TestCase):
    def setUp(self):
        self.ada.language = "es"
        self.ada.time_zone = "America/Los_Angeles"
        self.ada.save(update_fields=["language", "time_zone"])
        self.client.force_login(self.ada)

    def test_it_shows_the_form_with_spanish_feelings_and_behaviors(self):
        response = self.client.get(reverse("checkins:start"))
        for words in (
            "¿Cuánta ansiedad sientes ahora mismo?",
            "Preocupación",
            "Nervios de punta",
            "Conductas de protesta hoy",
            "Escribir o llamar una y otra vez",
            "Hoy no",
            "Resistí",
            "Actué",
            "Respirar despacio",
        ):
            self.assertContains(response, words)
        # The stored keys stay as they are.
        self.assertContains(response, 'value="excessive_contact"', count=0)
        self.assertContains(response, 'name="behavior_excessive_contact" value="resisted"')
        self.assertContains(response, 'value="on_edge"')

    def test_it_shows_errors_in_spanish(self):
        response = self.client.post(reverse("checkins:start"), form_data(anxiety=""))
        self.assertContains(response, "Elige un número del 0 al 10")
        self.assertContains(response, "Algo necesita otra mirada")

    def test_it_saves_spanish_answers_under_the_same_keys(self):
        response = self.client.post(reverse("checkins:start"), form_data(note="Hoy fue duro."))
        saved = Checkin.objects.get(user=self.ada)
        assert saved.emotions == ["anxious", "lonely"]
        assert saved.behaviors == {"excessive_contact": "resisted", "checking": "acted"}
        page = self.client.get(response["Location"])
        self.assertContains(page, "Guardado. Gracias por darte un momento")
        self.assertContains(page, "Ansiedad, Soledad")
        self.assertContains(page, "Una respuesta que tardó")
        self.assertContains(page, '<dd class="checkin-note" translate="no">Hoy fue duro.</dd>')

    def test_it_shows_the_spanish_crisis_panel_for_a_spanish_note_with_risk_language(self):
        response = self.client.post(reverse("checkins:start"), form_data(note=RIESGO), follow=True)
        self.assertContains(response, "crisis-panel")
        self.assertContains(response, "No tienes que cargar con esto a solas")
        self.assertContains(response, "Lo que escribiste quedó guardado.")
        self.assertContains(response, 'href="sms:988?&amp;body=AYUDA"')
        # The note itself is shown as written, marked as the person's own words.
        self.assertContains(response, f'translate="no">{RIESGO}</dd>')

    def test_it_shows_an_english_note_untouched_on_a_spanish_page(self):
        mine = checkin(self.ada, 0, 4, note="I waited and it was the right call for me.")
        response = self.client.get(reverse("checkins:detail", args=[mine.pk]))
        self.assertContains(response, "I waited and it was the right call for me.")
        self.assertContains(response, "Cámbialo")

    def test_it_shows_history_edit_and_delete_in_spanish(self):
        self.assertContains(self.client.get(reverse("checkins:history")), "Todavía no hay")
        mine = checkin(self.ada, 0, 4, emotions=["calm", "hopeful"])
        history = self.client.get(reverse("checkins:history"))
        self.assertContains(history, "Ansiedad 4/10")
        self.assertContains(history, "Calma, Esperanza")
        self.assertContains(history, 'aria-label="Cambiar el registro de las')
        edit = self.client.get(reverse("checkins:edit", args=[mine.pk]))
        self.assertContains(edit, "Cambia este registro")
        self.assertContains(edit, "Guardar cambios")
        delete = self.client.get(reverse("checkins:delete", args=[mine.pk]))
        self.assertContains(delete, "¿Borrar este registro?")
        response = self.client.post(reverse("checkins:delete", args=[mine.pk]), follow=True)
        self.assertContains(response, "Ese registro se borró.")

    def test_it_offers_a_new_check_in_in_spanish_when_the_day_has_ended(self):
        old = checkin(self.ada, 3, 5)
        response = self.client.get(reverse("checkins:edit", args=[old.pk]), follow=True)
        self.assertContains(response, "Un registro solo se puede cambiar el mismo día")
        response = self.client.post(reverse("checkins:edit", args=[old.pk]), form_data())
        self.assertContains(response, "Guardar como un registro nuevo de hoy", status_code=409)

    def test_it_shows_an_empty_trends_page_in_spanish(self):
        response = self.client.get(reverse("checkins:trends"))
        self.assertContains(response, "Todavía no hay nada aquí.")
        self.assertContains(response, "Tu primer registro dará inicio a esta gráfica.")

    def test_it_shows_trends_charts_tables_and_sentences_in_spanish(self):
        for n, value in enumerate([7, 7, 7, 7, 7, 7, 6]):
            checkin(self.ada, n, value, triggers=["slow_reply"])
        for n, value in enumerate([4, 5, 5, 5, 5], start=7):
            checkin(self.ada, n, value, behaviors={"checking": "resisted"})
        for before, after, outcome in [(8, 5, "waited"), (7, 4, "waited"), (9, 5, "sent")] * 2:
            pause(self.ada, "breathing", before, after, outcome, at=NOW - timedelta(days=1))
        Entry.objects.create(
            user=self.ada,
            body="Querido diario",
            submission_key=uuid.uuid4(),
            created_at=NOW - timedelta(days=2),
            updated_at=NOW - timedelta(days=2),
        )
        response = self.client.get(reverse("checkins:trends"))
        for words in (
            # Sentences and their numbers.
            "Los días en que anotaste una respuesta que tardó, tu ansiedad promedió 2.1 puntos",
            "Días con “Una respuesta que tardó”",
            "Después de una pausa, tu ansiedad estuvo en promedio",
            # Chart titles and descriptions (SVG <title> and <desc>).
            '<title id="chart-anxiety-title">Ansiedad con el tiempo, promedio por día</title>',
            "Ansiedad promedio por día en una escala del 0 al 10",
            "Detonantes: cuántos días se anotó cada uno",
            "Una respuesta que tardó: 7 días",
            "Conductas de protesta por semana: las que resististe y las que hiciste",
            "Ansiedad promedio antes y después de una pausa",
            "Respiración pausada",
            "Cómo terminaron las pausas",
            "Entradas del diario por semana",
            # Tables beside the charts.
            "Tabla: ansiedad promedio por día",
            '<th scope="col">Más baja</th>',
            '<th scope="col">Detonante</th>',
            '<th scope="row">Revisar sus redes o su ubicación</th>',
            '<th scope="row">Elegí otra cosa</th>',
            "Racha actual: <strong>12 días</strong> seguidos.",
            '<th scope="row">lun, 31 mar 2025</th><td>1</td>',
            '<th scope="row">Respiración pausada</th><td>6</td><td>8.0</td><td>4.7</td>'
            "<td>3.3</td>",
            "Llévate tus datos",
        ):
            self.assertContains(response, words, html=False)

    def test_it_writes_chart_labels_in_the_active_language(self):
        summary = summarize_days({}, None, today=NOW.date())
        with translation.override("es"):
            charts = build_charts(summary)
        assert "Ansiedad con el tiempo, promedio por día" in charts.anxiety
        assert "Todavía no hay detonantes anotados." in charts.triggers
        with translation.override("es"):
            since = build_charts(summary, since=NOW.date())
        assert "No hay detonantes anotados desde el 31 mar 2025." in since.triggers
        with translation.override("en"):
            charts = build_charts(summary)
        assert "Anxiety over time, average per day" in charts.anxiety
