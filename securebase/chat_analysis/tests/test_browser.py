"""The reality check in a real browser at phone width (360 px)."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from securebase.chat_analysis.models import SavedSummary
from securebase.chat_analysis.tests.test_views import (
    MESSAGE_WORDS,
    PrivateVarDir,
    text_in_database,
)
from securebase.testing import BrowserTestCase, make_client

FIXTURES = Path(__file__).parent / "fixtures"


class RealityCheckBrowserTests(PrivateVarDir, BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.console_errors = []
        self.page.on(
            "console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text)
        )

    def test_a_client_uploads_picks_me_sees_the_report_and_no_text_is_kept(self):
        ada = make_client(email="ada@example.com", full_name="Ada Park")
        self.log_in(ada)
        page = self.page
        page.goto(self.live_url("/reality-check/"))
        expect(page.get_by_role("heading", name="Reality check", exact=True)).to_be_visible()
        expect(page.get_by_text("never stored")).to_be_visible()
        self.assert_fits_width()
        page.get_by_label("Your exported chat").set_input_files(FIXTURES / "android_24h_dmy.txt")
        page.get_by_label("Time zone of the phone that made the export").select_option("UTC")
        page.get_by_role("button", name="Upload and read the chat").click()
        # A group chat: pick me and the one person to look at.
        expect(page.get_by_role("heading", name="Who is who?")).to_be_visible()
        self.assert_fits_width()
        page.get_by_role("group", name="Which one is you?").get_by_label("Maya").check()
        page.get_by_role("group", name="Whose replies do you want to look at?").get_by_label(
            "Leo"
        ).check()
        page.get_by_role("button", name="Show the report").click()
        expect(page.get_by_role("heading", name="Before you look")).to_be_visible()
        expect(page.get_by_role("link", name="Pause first")).to_be_visible()
        self.assert_fits_width()
        page.get_by_role("link", name="Measure now").click()
        expect(page.get_by_role("heading", name="Reality check: Maya and Leo")).to_be_visible()
        expect(page.get_by_role("heading", name="How long Leo takes to reply")).to_be_visible()
        expect(page.get_by_role("img", name="How long Leo took to reply")).to_be_visible()
        self.assert_fits_width()
        page.get_by_role("button", name="Save these numbers to my account").click()
        expect(page.get_by_text("only the numbers were kept")).to_be_visible()
        assert SavedSummary.objects.filter(user=ada).count() == 1
        assert self.console_errors == []
        words = ("Who's in for the hike", "Bring water", "Lorem : ipsum", "count me in")
        assert text_in_database((*words, *MESSAGE_WORDS)) == []

    def test_the_upload_shows_progress_and_errors_without_leaving_the_page(self):
        page = self.page
        page.goto(self.live_url("/reality-check/"))
        page.get_by_label("Your exported chat").set_input_files(
            {"name": "photo.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff\xe0" * 64}
        )
        page.get_by_role("button", name="Upload and read the chat").click()
        expect(page.get_by_role("alert")).to_contain_text("looks like a photo")
        assert page.url == self.live_url("/reality-check/")
        page.get_by_label("Your exported chat").set_input_files(
            FIXTURES / "WhatsApp Chat with Sam.txt"
        )
        page.get_by_role("button", name="Upload and read the chat").click()
        expect(page.get_by_role("heading", name="Who is who?")).to_be_visible()
        # Sam is preselected from the file name; Robin is me.
        expect(page.get_by_label("Robin").first).to_be_checked()
        page.get_by_role("button", name="Show the report").click()
        page.get_by_role("link", name="Measure now").click()
        # Three replies from Sam: too few to say what is usual.
        expect(page.get_by_text("too few of Sam's replies")).to_be_visible()
        # The refused photo answered 400 (which the browser notes); nothing else went wrong.
        assert self.console_errors == [
            "Failed to load resource: the server responded with a status of 400 (Bad Request)"
        ]

    def test_everything_works_without_javascript(self):
        context = self.browser.new_context(viewport=self.viewport, java_script_enabled=False)
        try:
            page = context.new_page()
            page.goto(self.live_url("/reality-check/"))
            page.get_by_label("Your exported chat").set_input_files(FIXTURES / "ios_12h_nnbsp.txt")
            page.get_by_role("button", name="Upload and read the chat").click()
            page.get_by_role("group", name="Which one is you?").get_by_label("Ari").check()
            page.get_by_role("group", name="Whose replies do you want to look at?").get_by_label(
                "Jules 🌙"
            ).check()
            page.get_by_role("button", name="Show the report").click()
            page.get_by_role("link", name="Measure now").click()
            expect(
                page.get_by_role("heading", name="How long Jules 🌙 takes to reply")
            ).to_be_visible()
            page.get_by_label("Measure the current silence as of").fill("2023-11-06T15:17")
            page.get_by_role("button", name="Measure again").click()
            silence = page.get_by_text("It has been 1 hour 59 minutes since your last message")
            expect(silence).to_be_visible()
            page.get_by_role("link", name="Print view").click()
            expect(page.get_by_text("Use your browser's Print command")).to_be_visible()
        finally:
            context.close()


class SpanishRealityCheckBrowserTests(PrivateVarDir, BrowserTestCase):
    locale = "es-US"

    def setUp(self):
        super().setUp()
        self.console_errors = []
        self.page.on(
            "console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text)
        )

    def test_a_spanish_whatsapp_export_is_uploaded_and_read_in_spanish(self):
        page = self.page
        page.goto(self.live_url("/reality-check/"))
        expect(page.locator("html")).to_have_attribute("lang", "es")
        expect(page.get_by_role("heading", name="Prueba de realidad", exact=True)).to_be_visible()
        expect(page.get_by_text("nunca se guardan")).to_be_visible()
        self.assert_fits_width()
        self.assert_accessible()
        page.get_by_label("Tu chat exportado").set_input_files(FIXTURES / "android_es_24h.txt")
        page.get_by_label("Zona horaria del teléfono que exportó el chat").select_option("UTC")
        page.get_by_role("button", name="Subir y leer el chat").click()
        expect(page.get_by_role("heading", name="¿Quién es quién?")).to_be_visible()
        expect(page.get_by_text("Encontramos 10 mensajes de 2 personas")).to_be_visible()
        self.assert_fits_width()
        page.get_by_role("group", name="¿Quién eres tú?").get_by_label("Valeria Ortiz").check()
        page.get_by_role("group", name="¿De quién quieres ver las respuestas?").get_by_label(
            "Tomás"
        ).check()
        self.assert_accessible()
        page.get_by_role("button", name="Ver el informe").click()
        expect(page.get_by_role("heading", name="Antes de ver")).to_be_visible()
        expect(page.get_by_role("link", name="Primero una pausa")).to_be_visible()
        page.get_by_role("link", name="Medir ahora").click()
        expect(
            page.get_by_role("heading", name="Prueba de realidad: Valeria Ortiz y Tomás")
        ).to_be_visible()
        expect(page.get_by_role("heading", name="Cuánto tarda Tomás en responder")).to_be_visible()
        expect(page.get_by_role("img", name="Cuánto tardó Tomás en responder")).to_be_visible()
        expect(page.get_by_text("El último mensaje lo mandó la otra persona")).to_be_visible()
        self.assert_fits_width()
        self.assert_accessible()
        page.get_by_label("Medir el silencio actual hasta").fill("2026-02-13T12:00")
        page.get_by_role("button", name="Medir de nuevo").click()
        expect(page.get_by_role("heading", name="En este momento")).to_be_visible()
        self.assert_fits_width()
        assert self.console_errors == []

    def test_a_refused_upload_is_explained_in_spanish_without_leaving_the_page(self):
        page = self.page
        page.goto(self.live_url("/reality-check/"))
        page.get_by_label("Tu chat exportado").set_input_files(
            {"name": "foto.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff\xe0" * 64}
        )
        page.get_by_role("button", name="Subir y leer el chat").click()
        expect(page.get_by_role("alert")).to_contain_text("Esto parece una foto")
        assert page.url == self.live_url("/reality-check/")
        self.assert_accessible()
