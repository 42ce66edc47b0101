"""The reality check in Spanish: every page of a Spanish upload reads in Spanish.

The test suite's SpanishPageGuard fails any page rendered in Spanish that shows an English
sentence outside `lang="en"` or `translate="no"`, so rendering a page here is itself a check;
the assertions below check the words a person relies on."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from django.test import TestCase
from django.urls import reverse

from securebase.chat_analysis.models import SavedSummary
from securebase.chat_analysis.tests.test_views import PrivateVarDir, person, upload
from securebase.testing import Personas, login_verified

FIXTURES = Path(__file__).parent / "fixtures"
ANDROID_ES = FIXTURES / "android_es_24h.txt"
AS_OF = "2026-03-01T09:00"


def report_url(page="chat_analysis:report", as_of=AS_OF) -> str:
    return f"{reverse(page)}?chat=0&me=0&them=1&as_of={as_of}"


class SpanishPagesTests(PrivateVarDir, Personas, TestCase):
    def setUp(self):
        super().setUp()
        self.client.cookies["django_language"] = "es"

    def test_the_upload_page_is_in_spanish(self):
        response = self.client.get(reverse("chat_analysis:start"))
        self.assertContains(response, '<html lang="es"')
        self.assertContains(response, "<h1>Prueba de realidad</h1>", html=False)
        self.assertContains(response, "Tus mensajes <strong>nunca se guardan</strong>")
        self.assertContains(response, "Subir y leer el chat")
        self.assertContains(response, "Zona horaria del teléfono que exportó el chat")
        # The upload script takes its words from the page.
        self.assertContains(response, 'data-msg-reading="Listo, ya se subió. Leyendo el chat…"')
        self.assertContains(response, "El archivo pasa del límite de")

    def test_a_spanish_whatsapp_export_reads_in_spanish_from_upload_to_report(self):
        response = upload(self.client, ANDROID_ES)
        self.assertRedirects(response, reverse("chat_analysis:choose"))
        choose = self.client.get(reverse("chat_analysis:choose"))
        self.assertContains(choose, "Encontramos 10 mensajes de 2 personas")
        self.assertContains(choose, "¿Quién eres tú?")
        self.assertContains(choose, "¿De quién quieres ver las respuestas?")
        self.assertContains(choose, '<label for="id_me_0" translate="no">Valeria Ortiz</label>')
        picked = self.client.post(reverse("chat_analysis:choose"), {"chat": 0, "me": 0, "them": 1})
        ready = self.client.get(picked.url)
        self.assertContains(ready, "Antes de ver")
        self.assertContains(ready, f"por el silencio de {person('Tomás')}")
        report = self.client.get(report_url())
        assert report.status_code == 200
        self.assertContains(report, f"Prueba de realidad: {person('Valeria Ortiz')} y")
        self.assertContains(report, f"Cuánto tarda {person('Tomás')} en responder")
        self.assertContains(report, "Cuánto tardó Tomás en responder")  # the chart's title
        self.assertContains(report, "espera, en escala logarítmica")
        self.assertContains(report, '<th scope="row">De día</th>', html=False)
        # Tomás wrote last, so there is no silence to measure.
        self.assertContains(report, "El último mensaje lo mandó la otra persona")
        printed = self.client.get(report_url("chat_analysis:print"))
        self.assertContains(printed, "Volver al informe")

    def test_the_current_silence_is_described_in_spanish(self):
        upload(self.client, ANDROID_ES)
        # Tomás is "me" here: his last message waits for Valeria's answer.
        url = f"{reverse('chat_analysis:report')}?chat=0&me=1&them=0&as_of=2026-03-01T10:30"
        report = self.client.get(url)
        self.assertContains(report, "Han pasado 3 horas 30 minutos desde tu último mensaje")

    def test_an_unreadable_upload_is_explained_in_spanish(self):
        photo = upload(self.client, data=b"\xff\xd8\xff\xe0" * 64, name="foto.jpg", xhr=True)
        assert photo.status_code == 400
        assert photo.json()["error"].startswith("Esto parece una foto u otra imagen")
        empty = upload(self.client, data=b"", name="vacio.txt")
        self.assertContains(
            empty, "El archivo está vacío. Exporta el chat otra vez", status_code=400
        )
        nothing = self.client.post(reverse("chat_analysis:start"), {"time_zone": "UTC"})
        self.assertContains(nothing, "Elige el archivo del chat exportado", status_code=400)
        unknown = upload(self.client, data=b"hola, esto no es un chat\n", name="nota.txt")
        self.assertContains(
            unknown, "Este archivo no parece un chat exportado que podamos leer", status_code=400
        )

    def test_a_client_saves_and_reads_a_summary_in_spanish(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        login_verified(self.client, self.ada)
        upload(self.client, ANDROID_ES)
        report = self.client.get(report_url())
        self.assertContains(report, "Guardar estos números en mi cuenta")
        saved = self.client.post(
            reverse("chat_analysis:save"),
            {"chat": 0, "me": 0, "them": 1, "as_of": AS_OF, "token": str(uuid.uuid4())},
            follow=True,
        )
        self.assertContains(saved, "Guardado: solo se conservaron los números")
        summary = SavedSummary.objects.get(user=self.ada)
        stored = json.dumps(summary.numbers, ensure_ascii=False)
        for text in ("Valeria", "Tomás", "parque", "Multimedia"):
            assert text not in stored
        self.assertContains(saved, f"Cuánto tarda {person('la otra persona')} en responder")
        listing = self.client.get(reverse("chat_analysis:saved"))
        self.assertContains(listing, "Pruebas de realidad guardadas")
        delete = self.client.get(reverse("chat_analysis:saved_delete", args=[summary.pk]))
        self.assertContains(delete, "¿Borrar este resumen?")

    def test_problems_on_the_way_are_explained_in_spanish(self):
        expired = self.client.get(reverse("chat_analysis:choose"), follow=True)
        self.assertContains(expired, "Ese chat ya no está aquí")
        upload(self.client, ANDROID_ES)
        too_early = self.client.get(report_url(as_of="1900-01-01T00:00"))
        self.assertContains(too_early, "Esa fecha está fuera de rango", status_code=400)
        self.assertContains(too_early, "Volver a la prueba de realidad", status_code=400)
        unreadable = self.client.get(report_url(as_of="ayer"), follow=True)
        self.assertContains(unreadable, "No pudimos leer esa fecha y hora")
        gone = self.client.post(reverse("chat_analysis:forget"), follow=True)
        self.assertContains(gone, "Listo: se borraron los números de ese chat.")
