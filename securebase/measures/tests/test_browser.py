"""Symptom questionnaires in a real Chromium at phone width (360 px)."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import time_machine
from django.core import mail
from django.db import connection
from django.utils import timezone
from playwright.sync_api import expect

from securebase.measures.models import MeasureResult
from securebase.testing import BrowserTestCase, make_client


class QuestionnaireBrowserTestCase(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.csp_errors = []
        self.page.on(
            "console",
            lambda message: (
                self.csp_errors.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )

    def tearDown(self):
        assert self.csp_errors == []
        super().tearDown()

    def answer(self, answers: dict[int, str]) -> None:
        for number, label in answers.items():
            group = self.page.get_by_role("group", name=re.compile(rf"^{number}\. "))
            group.get_by_role("radio", name=label).check()


class VisitorTests(QuestionnaireBrowserTestCase):
    def test_a_visitor_answering_item_9_above_not_at_all_sees_the_crisis_panel(self):
        page = self.page
        page.goto(self.live_url("/questionnaires/"))
        page.get_by_role("link", name="Start the PHQ-9").click()
        expect(page.get_by_role("group", name=re.compile(r"^1\. "))).to_be_visible()
        self.assert_fits_width()
        self.answer({n: "0 Not at all" for n in range(1, 9)})
        self.answer({9: "1 Several days"})
        page.get_by_role("button", name="See my result").click()
        expect(page.locator(".crisis-panel")).to_be_visible()
        expect(page.get_by_role("link", name="Call 988").first).to_be_visible()
        expect(page.get_by_role("heading", name="About your answer to question 9")).to_be_visible()
        expect(page.get_by_role("heading", name=re.compile(r"Total: 1"))).to_be_visible()
        self.assert_fits_width()
        assert not MeasureResult.objects.exists()


class ClientTests(QuestionnaireBrowserTestCase):
    def test_a_client_sees_a_blank_flagged_then_a_saved_gad7(self):
        ada = make_client()
        self.log_in(ada)
        page = self.page
        page.goto(self.live_url("/questionnaires/gad-7/"))
        self.answer({n: "2 More than half the days" for n in range(1, 7)})
        page.get_by_role("button", name="See my result").click()
        expect(page.get_by_role("alert")).to_contain_text("One question still needs an answer")
        self.answer({7: "1 Several days", 8: "1 Somewhat difficult"})
        page.get_by_role("button", name="See my result").click()
        expect(page.get_by_role("heading", name=re.compile(r"Total: 13"))).to_be_visible()
        expect(page.get_by_text("moderate", exact=True)).to_be_visible()
        expect(page.locator(".crisis-panel")).to_have_count(0)
        page.get_by_role("link", name="See all your results").click()
        expect(page.get_by_role("table")).to_contain_text("13")
        self.assert_fits_width()
        assert MeasureResult.objects.get(client=ada).total == 13


class ScheduledJourneyTests(QuestionnaireBrowserTestCase):
    """A clinician schedules the GAD-7 every 14 days; the client takes it twice; both sides
    read the reliable change; a PHQ-9 with question 9 above zero shows the crisis panel and
    puts a marker on the caseload."""

    def as_user(self, user):
        self.context.clear_cookies()
        self.log_in(user)

    def take_from_home(self, slug: str, answers: dict[int, str]):
        page = self.page
        page.goto(self.live_url("/home/"))
        due = page.get_by_role("region", name="Questionnaires waiting for you")
        due.get_by_role("link", name=f"Take the {slug}").click()
        self.answer(answers)
        page.get_by_role("button", name="See my result").click()

    def test_schedule_take_remind_once_retake_and_read_change_on_both_sides(self):
        from securebase.care.tests.helpers import connect
        from securebase.measures import schedules
        from securebase.testing import make_clinician

        theo, ada = make_clinician(), make_client()
        connect(ada, theo, areas=["assessments"])
        mail.outbox.clear()
        page = self.page

        # The clinician schedules the GAD-7 every 14 days.
        self.as_user(theo)
        page.goto(self.live_url(f"/questionnaires/clients/{ada.pk}/"))
        page.get_by_label("Questionnaire", exact=True).select_option("gad-7")
        page.get_by_label("Every few days, starting now").check()
        page.get_by_label("Every how many days").fill("14")
        page.get_by_role("button", name="Schedule").click()
        expect(page.get_by_text("every 14 days")).to_be_visible()
        assert len(mail.outbox) == 1 and mail.outbox[0].to == [ada.email]

        # The client takes it from the home page: 2 on every item is 14, moderate.
        self.as_user(ada)
        self.take_from_home("GAD-7", {n: "2 More than half the days" for n in range(1, 8)})
        expect(page.get_by_role("heading", name=re.compile(r"Total: 14"))).to_be_visible()
        page.goto(self.live_url("/home/"))
        expect(page.get_by_role("region", name="Questionnaires waiting for you")).to_have_count(0)

        # Two weeks later the reminder command runs twice at the same moment: one email.
        later = timezone.now() + timedelta(days=14, minutes=1)
        with time_machine.travel(later, tick=True):
            outcomes = []
            ready = threading.Barrier(2)

            def run():
                try:
                    ready.wait(timeout=10)
                    outcomes.append(schedules.send_due_reminders(now=timezone.now()))
                finally:
                    connection.close()

            threads = [threading.Thread(target=run) for _ in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
            assert sum(o.sent for o in outcomes) == 1, outcomes
            assert len(mail.outbox) == 2
            assert "a questionnaire is waiting" in mail.outbox[1].subject

            # The second result: 1 on every item is 7, mild; down 7 from 14.
            self.as_user(ada)
            self.take_from_home("GAD-7", {n: "1 Several days" for n in range(1, 8)})
            expect(page.get_by_role("heading", name=re.compile(r"Total: 7"))).to_be_visible()
            expect(page.get_by_text("Reliable improvement").first).to_be_visible()
            page.get_by_role("link", name="See all your results").click()
            expect(page.get_by_text("clinically significant").first).to_be_visible()
            self.assert_fits_width()

            # The clinician reads the same change on the client's page and the caseload.
            self.as_user(theo)
            page.goto(self.live_url(f"/care/clients/{ada.pk}/"))
            expect(page.get_by_text("Reliable improvement").first).to_be_visible()
            page.goto(self.live_url("/care/clients/"))
            expect(page.get_by_text("GAD-7 7, mild, ↓ reliable improvement")).to_be_visible()

            # A PHQ-9 with question 9 above zero: the notice before, the panel after, the
            # marker on the caseload.
            self.as_user(ada)
            page.goto(self.live_url("/questionnaires/phq-9/"))
            expect(page.locator("#sharing-notice")).to_contain_text("safety marker")
            self.answer({n: "0 Not at all" for n in range(1, 9)})
            self.answer({9: "2 More than half the days"})
            page.get_by_role("button", name="See my result").click()
            expect(page.locator(".crisis-panel")).to_be_visible()
            self.as_user(theo)
            page.goto(self.live_url("/care/clients/"))
            expect(page.get_by_text(re.compile("PHQ-9 question 9 above"))).to_be_visible()


class SpanishClientTests(QuestionnaireBrowserTestCase):
    """A Spanish-speaking client takes the PHQ-9 in its published Spanish for the USA, and the
    GAD-7 with pages in Spanish and the items in English (no cited Spanish translation is in
    its data) under a Spanish note."""

    locale = "es-US"

    def open_the_list_as_rosa(self):
        """Rosa, whose account is in Spanish, signed in on the questionnaires page."""
        rosa = make_client(email="rosa@example.com", full_name="Rosa Díaz", language="es")
        self.log_in(rosa)
        self.page.goto(self.live_url("/questionnaires/"))
        return rosa

    def test_a_spanish_speaking_client_takes_the_gad7_in_english_with_a_spanish_note(self):
        rosa = self.open_the_list_as_rosa()
        page = self.page
        expect(page.get_by_role("heading", name="Cuestionarios de síntomas")).to_be_visible()
        page.get_by_role("link", name="Empieza el GAD-7").click()
        expect(page.locator("#items-language")).to_contain_text(
            "Este cuestionario solo está disponible en inglés."
        )
        self.assert_fits_width()
        self.assert_accessible()
        self.answer({n: "1 Several days" for n in range(1, 8)})
        page.get_by_role("button", name="Ver mi resultado").click()
        expect(page.get_by_role("heading", name=re.compile(r"Total: 7"))).to_be_visible()
        expect(page.get_by_text("leve", exact=True)).to_be_visible()
        expect(page.get_by_text("contestado en inglés")).to_be_visible()
        self.assert_fits_width()
        self.assert_accessible()
        result = MeasureResult.objects.get(client=rosa)
        assert (result.total, result.items_language) == (7, "en")

    def test_a_spanish_speaking_client_takes_the_phq9_in_spanish(self):
        rosa = self.open_the_list_as_rosa()
        page = self.page
        expect(
            page.get_by_text("Preguntas en español, de una traducción publicada y validada.")
        ).to_be_visible()
        page.get_by_role("link", name="Empieza el PHQ-9").click()
        expect(page.locator("#items-language")).to_have_count(0)
        expect(
            page.get_by_role("group", name="1. Poco interés o placer en hacer cosas")
        ).to_be_visible()
        self.assert_fits_width()
        self.assert_accessible()
        self.answer({n: "1 Varios días" for n in range(1, 9)})
        self.answer({9: "0 Ningún día", 10: "1 Un poco difícil"})
        page.get_by_role("button", name="Ver mi resultado").click()
        expect(page.get_by_role("heading", name=re.compile(r"Total: 8"))).to_be_visible()
        expect(page.get_by_text("leve", exact=True)).to_be_visible()
        expect(page.get_by_text("contestado en")).to_have_count(0)
        self.assert_fits_width()
        self.assert_accessible()
        result = MeasureResult.objects.get(client=rosa)
        assert (result.total, result.items_language, result.answers[10]) == (8, "es", 1)
