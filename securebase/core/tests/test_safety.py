"""The crisis panel mechanism and the screen_text command."""

from io import StringIO

from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
from django.http import HttpResponseRedirect
from django.test import RequestFactory, SimpleTestCase, TestCase, override_settings
from django.urls import include, path

from securebase.core import safety


def save_note(request):
    # Stands in for any view that saves free text, then screens it.
    safety.screen_for_risk(request, request.POST.get("title"), request.POST.get("note"))
    return HttpResponseRedirect("/")


urlpatterns = [
    path("test-save/", save_note),
    path("", include("securebase.urls")),
]

PANEL_LINKS = [
    'href="tel:988"',
    'href="sms:988"',
    'href="https://988lifeline.org/chat"',
    'href="sms:741741?&amp;body=HOME"',
    'href="tel:911"',
]


def request_with_session():
    request = RequestFactory().post("/anything/")
    request.session = SessionStore()
    return request


class ScreenForRiskTests(SimpleTestCase):
    def test_it_returns_true_and_sets_the_flag_on_a_match(self):
        request = request_with_session()
        assert safety.screen_for_risk(request, "Fine day", "everyone is better off without me")
        assert request.session[safety.SESSION_KEY] is True

    def test_it_returns_false_and_leaves_the_session_alone_without_a_match(self):
        request = request_with_session()
        assert not safety.screen_for_risk(request, "I'm dying to see him", None, "")
        assert safety.SESSION_KEY not in request.session

    def test_it_accepts_no_texts_at_all(self):
        assert not safety.screen_for_risk(request_with_session())

    def test_pop_crisis_flag_is_true_once(self):
        request = request_with_session()
        safety.screen_for_risk(request, "I want to kill myself")
        assert safety.pop_crisis_flag(request) is True
        assert safety.pop_crisis_flag(request) is False

    def test_pop_crisis_flag_is_false_without_a_session(self):
        assert safety.pop_crisis_flag(RequestFactory().get("/")) is False


@override_settings(ROOT_URLCONF=__name__)
class CrisisPanelTests(TestCase):
    def test_it_shows_the_panel_on_the_next_page_after_a_risky_save(self):
        response = self.client.post(
            "/test-save/", {"note": "I've been reading about how many pills it would take"}
        )
        page = self.client.get(response["Location"]).content.decode()
        assert 'class="crisis-panel" role="alert"' in page
        for link in PANEL_LINKS:
            assert link in page.split('class="crisis-panel"', 1)[1].split("</section>", 1)[0]

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

    def test_the_panel_never_speaks_of_watching_or_labels(self):
        self.client.post("/test-save/", {"note": "I want to end it all"})
        page = self.client.get("/").content.decode()
        panel = page.split('class="crisis-panel"', 1)[1].split("</section>", 1)[0].lower()
        for word in ["detect", "flag", "notic", "monitor", "watch", "risk", "alerted"]:
            assert word not in panel, word
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
