"""The pause tool in a real browser at phone width (360 px), with and without JavaScript."""

from playwright.sync_api import expect

from securebase.pause.models import PauseSession
from securebase.testing import BrowserTestCase, make_client


class PauseBrowserTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.console_errors = []
        self.page.on(
            "console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text)
        )

    def rate(self, page, group, value):
        page.get_by_role("group", name=group).get_by_role("radio", name=value, exact=True).click()

    def test_a_client_pauses_breathes_with_the_pacer_and_rates_again(self):
        ada = make_client(email="ada@example.com", full_name="Ada Park")
        self.log_in(ada)
        page = self.page
        page.goto(self.live_url("/pause/"))
        expect(page.get_by_role("heading", name="Pause", exact=True)).to_be_visible()
        self.assert_fits_width()
        # The 0-10 pills, six to a row, each within its own cell, also on a 320 px phone.
        self.assert_apart(".scale label")
        page.set_viewport_size({"width": 320, "height": 780})
        self.assert_apart(".scale label")
        page.set_viewport_size(self.viewport)
        page.get_by_role("radio", name="I want to text them").click()
        self.rate(page, "How strong is the urge?", "9")
        self.rate(page, "How anxious do you feel?", "8")
        page.get_by_role("button", name="Next: choose what to do").click()
        expect(page.get_by_text("Urge 9 of 10, anxiety 8 of 10")).to_be_visible()
        page.get_by_role("link", name="Paced breathing").click()
        expect(page.get_by_text("Change the pace")).to_be_visible()
        self.assert_fits_width()
        # A quicker pace so the test sees both phases without waiting long.
        page.get_by_text("Change the pace").click()
        page.get_by_label("Breathe in (seconds)").fill("2")
        page.get_by_label("Breathe out (seconds)").fill("2")
        page.get_by_label("For how long (minutes)").fill("1")
        page.get_by_role("button", name="Use this pace").click()
        expect(page.get_by_text("Repeat 15 times — about 1 minute")).to_be_visible()
        page.get_by_role("button", name="Start").click()
        phase = page.locator("[data-pacer-phase]")
        expect(phase).to_have_text("Breathe in")
        circle = page.locator("[data-pacer-circle]")
        page.wait_for_timeout(1200)
        assert float(circle.get_attribute("r")) > 40  # growing with the breath in
        expect(phase).to_have_text("Breathe out", timeout=4000)
        page.get_by_role("button", name="Stop").click()
        expect(phase).to_contain_text("Stopped")
        page.get_by_role("link", name="I'm done: how am I now?").click()
        expect(page.get_by_text("Before, you rated the urge 9 and your anxiety 8")).to_be_visible()
        self.rate(page, "How strong is the urge now?", "5")
        self.rate(page, "How anxious do you feel now?", "4")
        page.get_by_role("radio", name="I waited").click()
        page.get_by_role("button", name="Finish the pause").click()
        expect(page.get_by_text("You waited.")).to_be_visible()
        table = page.get_by_role("table", name="Before and after")
        expect(table.get_by_role("row", name="Urge").get_by_role("cell")).to_have_text(["9", "5"])
        self.assert_fits_width()
        session = PauseSession.objects.get(user=ada)
        assert (session.exercise, session.urge_before, session.urge_after) == ("breathing", 9, 5)
        assert (session.anxiety_before, session.anxiety_after, session.outcome) == (8, 4, "waited")
        assert self.console_errors == []

    def test_the_pacer_keeps_still_for_reduced_motion(self):
        context = self.browser.new_context(viewport=self.viewport, reduced_motion="reduce")
        page = context.new_page()
        page.goto(self.live_url("/pause/do/breathing/?inhale=2&exhale=2&minutes=1"))
        page.get_by_role("button", name="Start").click()
        phase = page.locator("[data-pacer-phase]")
        expect(phase).to_have_text("Breathe in")
        expect(phase).to_have_text("Breathe out", timeout=4000)
        assert page.locator("[data-pacer-circle]").get_attribute("r") == "40"
        expect(page.locator("[data-pacer-count]")).to_contain_text("breath 1 of 15")
        context.close()

    def test_every_exercise_works_as_plain_steps_without_javascript(self):
        context = self.browser.new_context(viewport=self.viewport, java_script_enabled=False)
        page = context.new_page()
        page.goto(self.live_url("/pause/"))
        page.get_by_role("radio", name="I want to check their profile").click()
        self.rate(page, "How strong is the urge?", "6")
        self.rate(page, "How anxious do you feel?", "5")
        page.get_by_role("button", name="Next: choose what to do").click()
        page.get_by_role("link", name="Paced breathing").click()
        expect(page.get_by_text("Breathe in gently through your nose")).to_be_visible()
        expect(page.get_by_role("button", name="Start")).to_be_hidden()
        page.get_by_role("link", name="Try a different exercise").click()
        page.get_by_role("link", name="5-4-3-2-1 grounding").click()
        for sense in ("see", "feel", "hear", "smell"):
            expect(page.get_by_role("heading", name=f"things you can {sense}")).to_be_visible()
            page.get_by_role("link", name="Next sense").click()
        expect(page.get_by_role("heading", name="One thing you can taste")).to_be_visible()
        self.assert_fits_width(page)
        page.get_by_role("link", name="I'm done: how am I now?").click()
        self.rate(page, "How strong is the urge now?", "3")
        self.rate(page, "How anxious do you feel now?", "3")
        page.get_by_role("radio", name="I chose something else").click()
        page.get_by_role("button", name="Finish the pause").click()
        expect(page.get_by_text("You chose something else.")).to_be_visible()
        expect(page.get_by_text("5-4-3-2-1 grounding")).to_be_visible()
        assert not PauseSession.objects.exists()
        context.close()

    def test_the_urge_surfing_timer_counts_down_along_the_wave(self):
        page = self.page
        page.goto(self.live_url("/pause/do/urge_surfing/?minutes=10"))
        display = page.locator("[data-surf-display]")
        expect(display).to_have_text("10:00")
        marker = page.locator("[data-surf-marker]")
        start_x = marker.get_attribute("cx")
        page.get_by_role("button", name="Start the timer").click()
        expect(display).to_have_text("9:58", timeout=4000)
        assert marker.get_attribute("cx") != start_x
        page.get_by_role("button", name="Pause the timer").click()
        page.get_by_role("button", name="Reset").click()
        expect(display).to_have_text("10:00")
        self.assert_fits_width()
        assert self.console_errors == []

    def test_an_anonymous_visitor_writes_an_unsent_message_that_goes_nowhere(self):
        page = self.page
        page.goto(self.live_url("/pause/do/unsent_message/"))
        expect(page.get_by_text("This page has no way to send anything to anyone.")).to_be_visible()
        page.get_by_label("The message you want to send").fill("Why are you ignoring me?")
        page.get_by_role("button", name="It's written. Leave it unsent.").click()
        expect(page.get_by_role("heading", name="Written, and unsent")).to_be_visible()
        assert not PauseSession.objects.exists()

    def test_a_visitor_asks_for_closeness_directly_and_copies_the_draft(self):
        self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        page = self.page
        page.goto(self.live_url("/pause/"))
        page.get_by_role("link", name="I want to ask for closeness directly").click()
        expect(page.get_by_role("heading", name="Ask for closeness directly")).to_be_visible()
        self.assert_fits_width()
        page.get_by_label("What I feel").fill("a bit far from you this week")
        page.get_by_label("What I'd like").fill("some time just the two of us")
        page.get_by_label("A gentle ask").fill("Could we have dinner on Friday?")
        page.get_by_role("button", name="Make my message").click()
        draft = page.get_by_label("Read it over, change anything, then copy it")
        expected = (
            "I'm feeling a bit far from you this week. I'd like some time just the two of us. "
            "Could we have dinner on Friday?"
        )
        expect(draft).to_have_value(expected)
        self.assert_fits_width()
        page.get_by_role("button", name="Copy the message").click()
        expect(page.get_by_role("status")).to_have_text("Copied.")
        assert page.evaluate("navigator.clipboard.readText()") == expected
        assert PauseSession.objects.count() == 0
        assert not [c for c in self.context.cookies() if c["name"] == "sessionid"]
        assert self.console_errors == []


class SpanishPauseBrowserTests(BrowserTestCase):
    """A visitor whose browser asks for Spanish takes a pause, at phone width."""

    locale = "es-US"

    def rate(self, page, group, value):
        page.get_by_role("group", name=group).get_by_role("radio", name=value, exact=True).click()

    def test_a_visitor_writes_a_risky_unsent_message_and_is_told_nothing_was_saved(self):
        page = self.page
        page.goto(self.live_url("/pause/"))
        expect(page.locator("html")).to_have_attribute("lang", "es")
        expect(page.get_by_role("heading", name="Pausa", exact=True)).to_be_visible()
        expect(page.get_by_text("nada de esta pausa se guarda en ningún lado")).to_be_visible()
        self.assert_accessible()
        page.get_by_role("radio", name="Quiero escribirle").click()
        self.rate(page, "¿Qué tan fuerte es el impulso?", "9")
        self.rate(page, "¿Cuánta ansiedad sientes?", "8")
        page.get_by_role("button", name="Siguiente: elige qué hacer").click()
        expect(page.get_by_text("Impulso 9 de 10, ansiedad 8 de 10.")).to_be_visible()
        self.assert_accessible()
        page.get_by_role("link", name="Escribe el mensaje, no lo envíes").click()
        expect(page.get_by_text("No has iniciado sesión, así que no se guarda")).to_be_visible()
        self.assert_accessible()
        page.get_by_label("El mensaje que quieres enviar").fill(
            "Si no me contestas ya no quiero vivir."
        )
        page.get_by_role("button", name="Ya está escrito. Déjalo sin enviar.").click()
        panel = page.locator(".crisis-panel")
        expect(panel).to_be_visible()
        expect(panel.get_by_role("heading")).to_have_text("No tienes que cargar con esto a solas")
        expect(panel).to_contain_text("Lo que escribiste no se ha guardado ni enviado a nadie.")
        expect(page.get_by_role("heading", name="¿Cómo estás ahora?")).to_be_visible()
        self.assert_fits_width(page)
        self.assert_accessible()
        assert not PauseSession.objects.exists()

    def test_the_breathing_pacer_and_the_urge_timer_speak_spanish(self):
        page = self.page
        page.goto(self.live_url("/pause/do/breathing/?inhale=2&exhale=2&minutes=1"))
        page.get_by_role("button", name="Empezar", exact=True).click()
        phase = page.locator("[data-pacer-phase]")
        expect(phase).to_have_text("Inhala")
        expect(page.locator("[data-pacer-count]")).to_contain_text("respiración 1 de 15")
        expect(phase).to_have_text("Exhala", timeout=4000)
        page.get_by_role("button", name="Detener").click()
        expect(phase).to_have_text("Detenido. Vuelve a empezar cuando quieras.")
        self.assert_accessible()
        page.goto(self.live_url("/pause/do/urge_surfing/"))
        page.get_by_role("button", name="Iniciar el temporizador").click()
        status = page.locator("[data-surf-status]")
        expect(status).to_have_text("El temporizador está corriendo. Respira y observa la ola.")
        expect(page.get_by_role("button", name="Pausar el temporizador")).to_be_visible()
        self.assert_accessible()
