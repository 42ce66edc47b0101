"""Symptom questionnaires in a real Chromium at phone width (360 px)."""

from __future__ import annotations

import re

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

    def assert_fits_a_phone(self):
        width = self.page.evaluate("document.documentElement.scrollWidth")
        assert width <= self.viewport["width"], f"page is {width}px wide"


class VisitorTests(QuestionnaireBrowserTestCase):
    def test_a_visitor_answering_item_9_above_not_at_all_sees_the_crisis_panel(self):
        page = self.page
        page.goto(self.live_url("/questionnaires/"))
        page.get_by_role("link", name="Start the PHQ-9").click()
        self.assert_fits_a_phone()
        self.answer({n: "0 Not at all" for n in range(1, 9)})
        self.answer({9: "1 Several days"})
        page.get_by_role("button", name="See my result").click()
        expect(page.locator(".crisis-panel")).to_be_visible()
        expect(page.get_by_role("link", name="Call 988").first).to_be_visible()
        expect(page.get_by_role("heading", name="About your answer to question 9")).to_be_visible()
        expect(page.get_by_role("heading", name=re.compile(r"Total: 1"))).to_be_visible()
        self.assert_fits_a_phone()
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
        self.assert_fits_a_phone()
        assert MeasureResult.objects.get(client=ada).total == 13
