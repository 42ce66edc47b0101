"""The pause tool in Spanish: every step and exercise, for a visitor and for a client.

The SpanishPageGuard (conftest) fails any page rendered here that shows an English sentence
outside an element marked ``lang="en"`` or ``translate="no"``.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from securebase.pause import exercises
from securebase.pause.models import PauseSession
from securebase.testing import Personas

RIESGO = "Ya no quiero vivir. Si no me contestas me quiero morir."


def start_data(**overrides) -> dict:
    data = {"token": str(uuid.uuid4()), "urge": "text", "urge_before": "8", "anxiety_before": "7"}
    data.update(overrides)
    return data


class SpanishVisitorPauseTests(Personas, TestCase):
    def setUp(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"

    def test_it_runs_a_whole_pause_in_spanish(self):
        start = self.client.get(reverse("pause:start"))
        self.assertContains(start, "¿Qué sientes ganas de hacer?")
        self.assertContains(start, "Quiero escribirle")
        self.assertContains(start, "nada de esta pausa se guarda")
        errors = self.client.post(reverse("pause:start"), start_data(urge=""))
        self.assertContains(errors, "Elige lo que más se acerque a lo que sientes.")
        response = self.client.post(reverse("pause:start"), start_data())
        choose = self.client.get(response.url)
        self.assertContains(choose, "Impulso 8 de 10, ansiedad 7 de 10.")
        self.assertContains(choose, "Respiración pausada")
        breathing = self.client.get(choose.context["options"][0][1])
        self.assertContains(breathing, "Inhala suavemente por la nariz mientras cuentas hasta 4.")
        self.assertContains(breathing, 'data-say-in="Inhala"')
        after = self.client.get(breathing.context["after_url"])
        self.assertContains(after, "Antes calificaste el impulso con 8 y tu ansiedad con 7.")
        self.assertContains(after, "Lo envié de todos modos")
        finished = self.client.post(
            breathing.context["after_url"],
            {"exercise": "breathing", "urge_after": "4", "anxiety_after": "3", "outcome": "sent"},
        )
        done = self.client.get(finished.url)
        self.assertContains(done, "Lo enviaste — y está bien.")
        self.assertContains(done, "Crea una cuenta para guardar tus pausas")
        assert not PauseSession.objects.exists()

    def test_it_offers_every_exercise_and_step_in_spanish(self):
        for choice in exercises.EXERCISES:
            url = reverse("pause:exercise", args=[choice.key])
            response = self.client.get(url)
            assert response.status_code == 200, choice.key
        for step in range(1, 6):
            response = self.client.get(
                reverse("pause:exercise", args=["grounding"]), {"step": step}
            )
            self.assertContains(response, f"Paso {step} de 5.")
        breathing = self.client.get(reverse("pause:exercise", args=["breathing"]), {"inhale": "40"})
        self.assertContains(breathing, "Esos números se salen de lo que ofrece la guía")
        surfing = self.client.get(reverse("pause:exercise", args=["urge_surfing"]), {"minutes": 3})
        self.assertContains(surfing, "El temporizador va de 10 a 20 minutos")
        compassion = self.client.get(reverse("pause:exercise", args=["self_compassion"]))
        self.assertContains(compassion, '<cite lang="en">Self-Compassion</cite>', html=False)

    def test_it_shows_the_spanish_crisis_panel_saying_nothing_was_saved(self):
        url = reverse("pause:exercise", args=["unsent_message"])
        page = self.client.get(url)
        self.assertContains(page, "No has iniciado sesión, así que no se guarda")
        response = self.client.post(url, {"message": RIESGO}, follow=True)
        self.assertContains(response, "Escrito, y sin enviar")
        self.assertContains(response, "crisis-panel")
        self.assertContains(response, "Lo que escribiste no se ha guardado ni enviado a nadie.")
        self.assertNotContains(response, "quedó guardado")
        assert not PauseSession.objects.exists()

    def test_it_asks_for_the_message_in_spanish(self):
        response = self.client.post(reverse("pause:exercise", args=["unsent_message"]), {})
        self.assertContains(response, "Primero escribe algo, aunque sean unas cuantas palabras.")

    def test_it_drafts_a_direct_ask_in_spanish_and_keeps_the_words_as_written(self):
        page = self.client.get(reverse("pause:ask_directly"))
        self.assertContains(page, "Pide cercanía directamente")
        response = self.client.post(
            reverse("pause:ask_directly"),
            {"feel": "un poco lejos de ti", "like": "pasar la tarde juntos", "ask": "¿Vamos?"},
        )
        self.assertContains(
            response,
            'translate="no">Me siento un poco lejos de ti. Me gustaría pasar la tarde juntos. '
            "¿Vamos?</textarea>",
            html=False,
        )
        self.assertContains(response, 'data-say-copied="Copiado."')

    def test_it_keeps_english_the_person_typed_into_the_ask_as_written(self):
        words = {"feel": "far from you this week", "like": "some time with you", "ask": ""}
        response = self.client.post(reverse("pause:ask_directly"), words)
        # The form comes back with an error, the person's English left in its boxes.
        self.assertContains(response, "far from you this week</textarea>", html=False)
        self.assertContains(response, 'translate="no"')


class SpanishClientPauseTests(Personas, TestCase):
    def setUp(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        self.client.force_login(self.ada)

    def test_it_saves_a_pause_and_shows_it_in_spanish(self):
        self.assertContains(self.client.get(reverse("pause:history")), "Todavía no hay pausas")
        response = self.client.post(reverse("pause:start"), start_data(urge="ask"))
        session = PauseSession.objects.get(user=self.ada)
        assert session.urge == "ask"
        unsent = reverse("pause:session_exercise", args=[session.pk, "unsent_message"])
        self.assertContains(self.client.get(unsent), "se guarda cifrado")
        self.client.post(unsent, {"message": "I miss you so much, please answer."})
        self.client.post(
            reverse("pause:session_after", args=[session.pk]),
            {
                "exercise": "unsent_message",
                "urge_after": "5",
                "anxiety_after": "4",
                "outcome": "waited",
            },
        )
        done = self.client.get(reverse("pause:session_done", args=[session.pk]))
        self.assertContains(done, "Esperaste.")
        self.assertContains(done, "Quiero preguntarle si estamos bien")
        self.assertContains(done, "Escribe el mensaje, no lo envíes")
        self.assertContains(
            done, '<p class="unsent" translate="no">I miss you so much, please answer.</p>'
        )
        history = self.client.get(reverse("pause:history"))
        self.assertContains(history, "Impulso 8 → 5, ansiedad 7 → 4")
        self.assertContains(history, "Esperé")
        delete = self.client.get(reverse("pause:delete", args=[session.pk]))
        self.assertContains(delete, "con todo y el mensaje sin enviar")
        gone = self.client.post(reverse("pause:delete", args=[session.pk]), follow=True)
        self.assertContains(gone, "Esa pausa se borró.")
        assert response.status_code == 302

    def test_it_says_in_spanish_that_a_pause_link_has_expired(self):
        self.client.logout()
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
        response = self.client.get(reverse("pause:after") + "?f=spoiled", follow=True)
        self.assertContains(response, "Esa pausa ya terminó")

    def test_it_composes_the_draft_in_the_active_language(self):
        with translation.override("es"):
            draft = exercises.compose_ask(feel="sola", like="verte", ask="¿Hoy?")
        assert draft == "Me siento sola. Me gustaría verte. ¿Hoy?"
        with translation.override("en"):
            draft = exercises.compose_ask(feel="alone", like="to see you", ask="Today?")
        assert draft == "I'm feeling alone. I'd like to see you. Today?"
