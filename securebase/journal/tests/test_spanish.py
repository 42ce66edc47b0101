"""The journal and the no-contact tracker in Spanish (docs/translation.md).

The test suite's SpanishPageGuard fails any page here that shows an English sentence outside
``lang="en"`` or ``translate="no"``: the person's own words (written in English in these
fixtures) must sit inside ``translate="no"``, everything else must be Spanish.
"""

import uuid
from datetime import date

from django.contrib.messages import get_messages
from django.test import TestCase
from django.urls import reverse

from securebase.journal import services
from securebase.testing import Personas


class SpanishJournalTests(Personas, TestCase):
    ada_language = "es"

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.entry, _ = services.create_entry(
            user=cls.ada,
            body="When he went quiet I felt seven years old again.",
            prompt="roots/the-pattern-now",
            submission_key=uuid.uuid4(),
        )
        cls.free, _ = services.create_entry(
            user=cls.ada,
            body="The day was long and I miss the way it used to be.",
            prompt="",
            submission_key=uuid.uuid4(),
        )
        services.start_no_contact(user=cls.ada, started_on=date(2026, 3, 1))
        services.log_slip(
            user=cls.ada,
            happened_on=date(2026, 3, 5),
            note="Looked at his stories after a long day.",
            restart_count=True,
            submission_key=uuid.uuid4(),
        )
        services.add_reason(
            user=cls.ada, text="I deserve someone who answers.", submission_key=uuid.uuid4()
        )

    def setUp(self):
        self.client.force_login(self.ada)

    def messages_after(self, response) -> list[str]:
        return [str(message) for message in get_messages(response.wsgi_request)]

    def test_the_journal_home_speaks_spanish_and_leaves_the_entries_as_written(self):
        page = self.client.get(reverse("journal:start")).text
        assert '<html lang="es">' in page
        assert "Tu diario" in page
        assert "Raíces" in page and "Después de una ruptura" in page
        assert "El patrón que notas ahora" in page
        assert "Mirar hacia atrás puede remover más de lo que esperas" in page
        assert 'translate="no">When he went quiet' in page
        assert "Contacto cero" in page

    def test_the_list_and_an_entry_speak_spanish(self):
        page = self.client.get(reverse("journal:entries")).text
        assert "Todas las entradas del diario" in page
        assert "Entrada libre" in page
        detail = self.client.get(reverse("journal:entry", args=[self.entry.pk])).text
        assert "El patrón que notas ahora" in detail
        assert "¿qué pasa en tu cuerpo" in detail
        assert "Escrita el" in detail
        assert '<div class="entry-body" translate="no">' in detail

    def test_writing_an_entry_in_spanish(self):
        prompt = reverse("journal:write_prompt", args=["breakup", "unsent-letter"])
        page = self.client.get(prompt).text
        assert "Una carta que no vas a enviar" in page
        assert "Esta carta se queda aquí." in page
        empty = self.client.post(prompt, {"body": "", "submission_key": uuid.uuid4()})
        assert "Escribe al menos unas palabras antes de guardar." in empty.text
        saved = self.client.post(
            prompt, {"body": "I wish you had stayed.", "submission_key": uuid.uuid4()}
        )
        assert self.messages_after(saved) == ["Guardada. Solo tú puedes leerla."]
        assert "Guardada. Solo tú puedes leerla." in self.client.get(saved.url).text

    def test_a_free_entry_and_a_roots_prompt_in_spanish(self):
        assert "Una entrada libre" in self.client.get(reverse("journal:write")).text
        roots = self.client.get(reverse("journal:write_prompt", args=["roots", "early-care"]))
        assert "Las personas que te cuidaron" in roots.text
        assert "Ve a tu propio ritmo" in roots.text

    def test_editing_and_deleting_in_spanish(self):
        edit = reverse("journal:entry_edit", args=[self.entry.pk])
        page = self.client.get(edit).text
        assert "Editar: El patrón que notas ahora" in page
        assert 'translate="no"' in page.split("<textarea", 1)[1].split(">", 1)[0]
        saved = self.client.post(edit, {"body": "A newer thought.", "version": "1"})
        assert self.messages_after(saved) == ["Tus cambios están guardados."]
        assert "editada el" in self.client.get(saved.url).text
        stale = self.client.post(edit, {"body": "From the other tab.", "version": "1"})
        assert "Esta entrada cambió en otro lugar" in stale.text
        assert '<div class="entry-body" translate="no"><p>A newer thought.' in stale.text
        delete = reverse("journal:entry_delete", args=[self.free.pk])
        assert "¿Borrar esta entrada?" in self.client.get(delete).text
        gone = self.client.post(delete)
        assert self.messages_after(gone) == ["La entrada se borró."]

    def test_the_no_contact_tracker_in_spanish(self):
        page = self.client.get(reverse("journal:no_contact")).text
        assert "Tu cuenta" in page
        assert "Anotar una recaída" in page
        assert "aquí volviste a empezar tu cuenta" in page
        assert "Empezaste por primera vez el" in page
        assert '<div translate="no"><p>Looked at his stories' in page
        assert '<p translate="no">I deserve someone who answers.</p>' in page
        future = self.client.post(
            reverse("journal:no_contact_slip"),
            {"happened_on": "2999-01-01", "submission_key": uuid.uuid4()},
        )
        assert future.status_code == 400
        assert "Esa fecha todavía no llega." in future.text
        added = self.client.post(
            reverse("journal:no_contact_reason"),
            {"text": "My peace matters.", "submission_key": uuid.uuid4()},
        )
        assert self.messages_after(added) == ["Razón agregada."]

    def test_stopping_the_tracker_in_spanish(self):
        page = self.client.get(reverse("journal:no_contact_stop")).text
        assert "¿Dejar de llevar la cuenta?" in page
        stopped = self.client.post(reverse("journal:no_contact_stop"))
        assert self.messages_after(stopped) == ["El registro se detuvo y sus notas se borraron."]
        fresh = self.client.get(reverse("journal:no_contact")).text
        assert "Empezar mi cuenta" in fresh
        assert "Decidir tener contacto cero después de una ruptura es difícil" in fresh

    def test_the_day_count_is_plural_in_spanish(self):
        services.start_no_contact(user=self.ada, started_on=date(2026, 1, 1))
        page = self.client.get(reverse("journal:start")).text
        assert "días hasta ahora." in page
