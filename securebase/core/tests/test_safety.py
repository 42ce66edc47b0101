"""The crisis panel mechanism and the screen_text command."""

import re
from dataclasses import dataclass
from io import StringIO

from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
from django.http import HttpResponseRedirect
from django.test import RequestFactory, SimpleTestCase, TestCase, override_settings
from django.urls import include, path

from securebase.core import safety


def save_note(request):
    # Stands in for any view that saves free text, then screens it.
    safety.screen_for_risk(request, request.POST.get("title"), request.POST.get("note"), saved=True)
    return HttpResponseRedirect("/")


def keep_nothing(request):
    # Stands in for a page that keeps nothing a visitor writes (the pause tool's unsent message).
    safety.screen_for_risk(request, request.POST.get("note"), saved=False)
    return HttpResponseRedirect("/")


urlpatterns = [
    path("test-save/", save_note),
    path("test-keep-nothing/", keep_nothing),
    path("", include("securebase.urls")),
]

PANEL_LINKS = [
    'href="tel:988"',
    'href="sms:988"',
    'href="https://988lifeline.org/chat"',
    'href="sms:741741?&amp;body=HOME"',
    'href="tel:911"',
    'href="tel:18664887386"',
    'href="tel:18007997233"',
    'href="sms:88788?&amp;body=START"',
]


def request_with_session():
    request = RequestFactory().post("/anything/")
    request.session = SessionStore()
    return request


@dataclass(frozen=True)
class BilingualScreen:
    # What the risk screen reports once it reads Spanish and threats to others.
    matched: bool = True
    category: str | None = "suicidal_thoughts"
    rule: str | None = "test"
    language: str = "en"
    concern: str = "self"


def panel_of(page: str) -> str:
    return page.split('class="crisis-panel"', 1)[1].split("</section>\n", 1)[0]


class ScreenForRiskTests(SimpleTestCase):
    def test_it_returns_true_and_leaves_a_panel_on_a_match(self):
        request = request_with_session()
        assert safety.screen_for_risk(
            request, "Fine day", "everyone is better off without me", saved=True
        )
        assert safety.pop_crisis_panel(request) == safety.Panel(saved=True)

    def test_it_remembers_that_nothing_was_kept(self):
        request = request_with_session()
        safety.screen_for_risk(request, "I want to kill myself", saved=False)
        assert safety.pop_crisis_panel(request).saved is False

    def test_it_returns_false_and_leaves_the_session_alone_without_a_match(self):
        request = request_with_session()
        assert not safety.screen_for_risk(request, "I'm dying to see him", None, "", saved=True)
        assert safety.SESSION_KEY not in request.session

    def test_it_accepts_no_texts_at_all(self):
        assert not safety.screen_for_risk(request_with_session(), saved=True)

    def test_pop_crisis_panel_gives_the_panel_once(self):
        request = request_with_session()
        safety.screen_for_risk(request, "I want to kill myself", saved=True)
        assert safety.pop_crisis_panel(request) is not None
        assert safety.pop_crisis_panel(request) is None

    def test_pop_crisis_panel_is_none_without_a_session(self):
        assert safety.pop_crisis_panel(RequestFactory().get("/")) is None

    def test_pop_crisis_panel_ignores_a_value_it_did_not_write(self):
        request = request_with_session()
        request.session[safety.SESSION_KEY] = True  # a session from before panels said more
        assert safety.pop_crisis_panel(request) is None

    def test_the_panel_takes_the_language_and_concern_the_screen_read(self):
        panel = safety.panel_for(BilingualScreen(language="es", concern="others"), saved=False)
        assert panel == safety.Panel(saved=False, language="es", concern="others")
        assert panel.spanish and panel.about_others

    def test_the_panel_takes_danger_from_someone_else(self):
        panel = safety.panel_for(BilingualScreen(language="en", concern="danger"), saved=True)
        assert panel == safety.Panel(saved=True, language="en", concern="danger")
        assert panel.in_danger and not panel.about_others

    def test_the_panel_falls_back_to_english_and_self(self):
        assert safety.panel_for(BilingualScreen(language="fr", concern="?"), saved=True) == (
            safety.Panel(saved=True, language="en", concern="self")
        )


@override_settings(ROOT_URLCONF=__name__)
class CrisisPanelTests(TestCase):
    def show(self, **panel) -> str:
        session = self.client.session
        session[safety.SESSION_KEY] = {"saved": True, **panel}
        session.save()
        return panel_of(self.client.get("/").content.decode())

    def test_it_shows_the_panel_on_the_next_page_after_a_risky_save(self):
        response = self.client.post(
            "/test-save/", {"note": "I've been reading about how many pills it would take"}
        )
        page = self.client.get(response["Location"]).content.decode()
        assert 'class="crisis-panel" role="alert"' in page
        for link in PANEL_LINKS:
            assert link in panel_of(page)

    def test_it_says_what_was_written_is_saved_only_when_it_was(self):
        self.client.post("/test-save/", {"note": "I want to end it all"})
        saved = panel_of(self.client.get("/").content.decode())
        self.client.post("/test-keep-nothing/", {"note": "I want to end it all"})
        kept_nothing = panel_of(self.client.get("/").content.decode())

        assert "What you wrote has been saved." in saved
        assert "saved" not in kept_nothing.replace("has not been saved", "")
        assert "What you wrote has not been saved or sent to anyone." in kept_nothing
        for panel in (saved, kept_nothing):
            assert "No one at the practice reads this in real time." in panel

    def test_it_speaks_spanish_with_the_spanish_ways_in(self):
        panel = self.show(language="es", saved=False)
        assert 'lang="es"' in panel
        assert "No tienes que cargar con esto a solas" in panel
        assert "Nadie del consultorio lo lee en tiempo real." in panel
        assert "Lo que escribiste no se ha guardado ni enviado a nadie." in panel
        assert 'href="sms:988?&amp;body=AYUDA">Envía AYUDA al 988' in panel
        assert 'href="sms:741741?&amp;body=AYUDA">Envía AYUDA al 741741' in panel
        assert "Llama al 988 y marca 2" in panel
        assert "body=HOME" not in panel

    def test_it_puts_911_first_when_someone_else_could_be_hurt(self):
        for language in ("en", "es"):
            panel = self.show(language=language, concern="others")
            links = re.findall(r'href="(tel:[^"]+|sms:[^"]+)"', panel)
            assert links[0] == "tel:911", language
            assert "tel:18007997233" in links[:3], language
            assert "tel:988" in links, language

    def test_it_keeps_the_suicide_lines_first_for_words_about_oneself(self):
        links = re.findall(r'href="(tel:[^"]+|sms:[^"]+)"', self.show())
        assert links[0] == "tel:988"

    def test_it_shows_the_panel_once_and_then_lets_it_go(self):
        self.client.post("/test-save/", {"note": "No one would miss me if I was gone"})
        assert b"crisis-panel" in self.client.get("/").content
        assert b"crisis-panel" not in self.client.get("/").content

    def test_it_keeps_the_panel_for_the_next_full_page_across_htmx_fragments(self):
        self.client.post("/test-save/", {"note": "No one would miss me if I was gone"})
        fragment = self.client.get("/", headers={"HX-Request": "true"})
        assert b"crisis-panel" not in fragment.content
        assert b"crisis-panel" in self.client.get("/").content

    def test_it_screens_every_text_passed(self):
        self.client.post("/test-save/", {"title": "I wish I were dead", "note": "ok"})
        assert b"crisis-panel" in self.client.get("/").content

    def test_it_does_not_show_the_panel_after_everyday_words(self):
        self.client.post("/test-save/", {"note": "My phone died and I killed it at work"})
        assert b"crisis-panel" not in self.client.get("/").content

    def test_words_in_spanish_get_the_panel_in_spanish(self):
        self.client.post("/test-keep-nothing/", {"note": "Ya no quiero vivir. Quiero suicidarme."})
        panel = panel_of(self.client.get("/").content.decode())
        assert 'lang="es"' in panel
        assert "Envía AYUDA al 988" in panel
        assert "no se ha guardado" in panel

    def test_a_threat_to_someone_else_puts_911_first(self):
        self.client.post("/test-save/", {"note": "I want to kill him"})
        panel = panel_of(self.client.get("/").content.decode())
        assert re.findall(r'href="(tel:[^"]+)"', panel)[0] == "tel:911"
        assert "If someone could get hurt" in panel

    def test_words_about_someone_hurting_the_writer_put_911_and_the_hotline_first(self):
        self.client.post("/test-save/", {"note": "He choked me last night. I'm scared to go home."})
        panel = panel_of(self.client.get("/").content.decode())
        links = re.findall(r'href="(tel:[^"]+|sms:[^"]+)"', panel)
        assert links[:3] == ["tel:911", "tel:18007997233", "sms:88788?&amp;body=START"]
        assert "tel:988" in links
        assert "If someone is hurting or threatening you, you deserve to be safe" in panel
        assert "The National Domestic Violence Hotline answers at any hour" in panel
        assert "What you wrote has been saved." in panel
        assert "If someone could get hurt" not in panel

    def test_spanish_words_about_someone_hurting_the_writer_get_the_spanish_panel(self):
        self.client.post("/test-keep-nothing/", {"note": "me amenazó con matarme si lo dejo"})
        panel = panel_of(self.client.get("/").content.decode())
        assert 'lang="es"' in panel
        assert re.findall(r'href="(tel:[^"]+)"', panel)[:2] == ["tel:911", "tel:18007997233"]
        assert "Si alguien te lastima o te amenaza, mereces estar a salvo" in panel
        assert "Si estás en peligro ahora, llama al 911." in panel
        assert "Lo que escribiste no se ha guardado ni enviado a nadie." in panel

    def test_the_panel_never_speaks_of_watching_or_labels(self):
        self.client.post("/test-save/", {"note": "I want to end it all"})
        page = self.client.get("/").content.decode()
        shown = (
            panel_of(page),
            self.show(language="es"),
            self.show(concern="others"),
            self.show(concern="danger"),
            self.show(concern="danger", language="es"),
        )
        for panel in shown:
            for word in ["detect", "flag", "notic", "monitor", "watch", "risk", "alerted"]:
                assert word not in panel.lower(), word
        # Nothing is blocked: the page the person asked for is all there below the panel.
        assert '<main id="main"' in page


class ScreenTextCommandTests(SimpleTestCase):
    def run_command(self, text, *args):
        out = StringIO()
        call_command("screen_text", *args, stdin=StringIO(text), stdout=out)
        return out.getvalue().splitlines()

    def test_it_prints_one_verdict_per_line_in_order(self):
        lines = "I'm dying to see him\nI want to die\n\nmy phone died\nkill my self\n"
        assert self.run_command(lines) == ["none", "risk", "none", "none", "risk"]

    def test_it_explains_matches_when_asked(self):
        assert self.run_command("I wish I were dead\nhello\n", "--explain") == [
            "risk\tdeath_wish\twish_dead",
            "none",
        ]
