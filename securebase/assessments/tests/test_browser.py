"""The self-assessment in a real Chromium at phone width (360 px)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from django.core import mail
from playwright.sync_api import expect

from securebase.assessments.models import AssessmentResult
from securebase.assessments.tests.helpers import make_result
from securebase.assessments.views import ITEMS_PER_PAGE
from securebase.testing import BrowserTestCase, link_path, make_client


class AssessmentBrowserTestCase(BrowserTestCase):
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

    def group(self, position: int):
        """The radio group (fieldset) of the statement numbered `position`."""
        return self.page.get_by_role("group", name=re.compile(rf"^{position}\. "))


class AnonymousJourneyTests(AssessmentBrowserTestCase):
    def test_a_visitor_answers_all_36_sees_the_map_signs_up_and_finds_the_result(self):
        page = self.page
        page.goto(self.live_url("/assessment/"))
        self.assert_fits_width()
        page.get_by_role("link", name="Start the ECR-R").click()
        expect(page.get_by_role("heading", name="Before you begin")).to_be_visible()
        page.get_by_role("link", name="Begin").click()

        for number in range(1, 7):
            expect(page.get_by_role("heading", name=f"page {number} of 6")).to_be_visible()
            self.assert_fits_width()
            for position in range((number - 1) * ITEMS_PER_PAGE + 1, number * ITEMS_PER_PAGE + 1):
                self.group(position).get_by_role("radio", name="5 Agree slightly").check()
            button = "See my result" if number == 6 else "Next"
            page.get_by_role("button", name=button).click()

        # All answers 5: anxiety 86/18 = 4.8, avoidance 66/18 = 3.7 (see test_scoring.py).
        expect(page.get_by_role("heading", name="Your attachment self-assessment")).to_be_visible()
        expect(page.locator(".score-value")).to_have_text(["4.8", "3.7"])
        chart = page.get_by_role(
            "img", name=re.compile(r"^Your attachment map: anxiety 4\.8, avoidance 3\.7")
        )
        expect(chart).to_be_visible()
        expect(
            page.get_by_role("table").get_by_role("row", name=re.compile("Anxiety 4.8"))
        ).to_be_visible()
        self.assert_fits_width()
        assert AssessmentResult.objects.count() == 0

        page.get_by_role("link", name="Create an account to save this result").click()
        page.get_by_label("Your name").fill("Cleo")
        page.get_by_label("Email").fill("cleo@example.com")
        page.get_by_label("Password", exact=True).fill("quiet-harbour-lights-9")
        page.get_by_label("Password again").fill("quiet-harbour-lights-9")
        page.get_by_role("button", name="Create account").click()
        expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
        page.goto(self.live_url(link_path(mail.outbox[-1], "/signup/confirm/")))
        page.get_by_role("button", name="Create my account").click()

        expect(page.get_by_role("heading", name="Save your result")).to_be_visible()
        page.get_by_role("button", name="Save to my history").click()

        expect(page.get_by_role("heading", name="My self-assessment results")).to_be_visible()
        row = page.get_by_role("table").get_by_role("row").nth(1)
        expect(row.get_by_role("rowheader")).to_contain_text("ECR-R")
        expect(row.get_by_role("cell")).to_have_text(["4.8", "3.7"])
        expect(
            page.get_by_role("img", name=re.compile("^Anxiety and avoidance across 1 result"))
        ).to_be_visible()
        self.assert_fits_width()
        assert AssessmentResult.objects.get().client.email == "cleo@example.com"


class AnsweringTests(AssessmentBrowserTestCase):
    def test_answers_survive_a_reload_and_the_back_button(self):
        page = self.page
        page.goto(self.live_url("/assessment/ecr-s/1/"))
        # Every point of the scale says what it means, on a phone too.
        for label in ("Strongly disagree", "Disagree", "Disagree slightly", "Neutral"):
            expect(self.group(1).get_by_text(label, exact=True)).to_be_visible()
        for position, label in ((1, "2 Disagree"), (2, "7 Strongly agree"), (3, "4 Neutral")):
            with page.expect_response(re.compile(r"/autosave/$")) as saved:
                self.group(position).get_by_role("radio", name=label, exact=True).check()
            assert saved.value.ok
        expect(page.get_by_text("3 of 12 answered")).to_be_visible()

        page.reload()
        expect(self.group(1).get_by_role("radio", name="2 Disagree", exact=True)).to_be_checked()
        expect(self.group(2).get_by_role("radio", name="7 Strongly agree")).to_be_checked()
        expect(self.group(3).get_by_role("radio", name="4 Neutral")).to_be_checked()

        for position in range(4, 7):
            self.group(position).get_by_role("radio", name="1 Strongly disagree").check()
        page.get_by_role("button", name="Next").click()
        expect(page.get_by_role("heading", name="page 2 of 2")).to_be_visible()
        page.go_back()
        expect(page.get_by_role("heading", name="page 1 of 2")).to_be_visible()
        expect(self.group(6).get_by_role("radio", name="1 Strongly disagree")).to_be_checked()
        # And an answer can still be changed.
        self.group(2).get_by_role("radio", name="3 Disagree slightly", exact=True).check()
        page.get_by_role("button", name="Next").click()
        expect(page.get_by_role("heading", name="page 2 of 2")).to_be_visible()
        page.go_back()
        three = self.group(2).get_by_role("radio", name="3 Disagree slightly", exact=True)
        expect(three).to_be_checked()

    def test_it_works_by_keyboard_and_flags_what_is_missing(self):
        page = self.page
        page.goto(self.live_url("/assessment/ecr-s/1/"))
        first = self.group(1).get_by_role("radio", name="1 Strongly disagree")
        first.focus()
        page.keyboard.press("Space")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        three = self.group(1).get_by_role("radio", name="3 Disagree slightly", exact=True)
        expect(three).to_be_checked()
        page.keyboard.press("Tab")
        page.keyboard.press("Space")
        expect(self.group(2).get_by_role("radio", name="1 Strongly disagree")).to_be_checked()
        # Enter submits with the page's first button, "Next": four statements are still blank.
        page.keyboard.press("Enter")

        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("4 statements still need an answer")
        three = self.group(1).get_by_role("radio", name="3 Disagree slightly", exact=True)
        expect(three).to_be_checked()
        expect(self.group(3)).to_have_class(re.compile("field-error"))
        expect(self.group(1)).not_to_have_class(re.compile("field-error"))
        alert.get_by_role("link", name="Statement 3").click()
        expect(page).to_have_url(re.compile("#item-3$"))


class PrintTests(AssessmentBrowserTestCase):
    def test_a_saved_result_prints_to_pdf(self):
        ada = make_client(email="ada@example.com", full_name="Ada Park")
        result = make_result(
            ada,
            anxiety="5.667",
            avoidance="2.333",
            taken_at=datetime(2025, 2, 3, 18, 0, tzinfo=UTC),
        )
        self.log_in(ada)
        page = self.page
        page.goto(self.live_url(f"/assessment/results/{result.pk}/"))
        expect(page.get_by_role("button", name="Print or save as PDF")).to_be_visible()

        page.emulate_media(media="print")
        expect(page.get_by_role("navigation", name="Main")).to_be_hidden()
        expect(page.get_by_role("button", name="Print or save as PDF")).to_be_hidden()
        expect(page.get_by_role("link", name="Delete this result")).to_be_hidden()
        expect(page.get_by_role("img", name=re.compile("^Your attachment map"))).to_be_visible()
        expect(page.locator(".score-value")).to_have_text(["5.7", "2.3"])
        expect(page.get_by_text("not a diagnosis").first).to_be_visible()
        # The crisis lines stay on the printed page.
        expect(page.get_by_role("heading", name="If you are in crisis")).to_be_visible()

        pdf = page.pdf(format="Letter", print_background=True)
        assert pdf.startswith(b"%PDF-")
        pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
        assert 1 <= pages <= 4, pages
        # The document title travels into the PDF's metadata.
        assert b"attachment self-assessment result" in pdf.lower() or _utf16_in(
            b"Your attachment self-assessment result", pdf
        )


def _utf16_in(text: bytes, pdf: bytes) -> bool:
    """Whether `text` appears in `pdf` as a UTF-16BE hex string (how Chromium writes titles)."""
    hex_text = text.decode().encode("utf-16-be").hex().upper().encode()
    return hex_text in pdf.upper()


class SpanishClientTests(AssessmentBrowserTestCase):
    """A Spanish-speaking client takes the ECR-S: the site in Spanish, the statements in English
    (no cited Spanish translation exists) with a note in Spanish saying so."""

    locale = "es-US"

    def test_a_spanish_speaking_client_takes_the_ecr_s_in_english_with_a_spanish_note(self):
        rosa = make_client(email="rosa@example.com", full_name="Rosa Díaz")
        rosa.language = "es"
        rosa.save(update_fields=["language"])
        self.log_in(rosa)
        page = self.page
        page.goto(self.live_url("/assessment/"))
        expect(page.locator("html")).to_have_attribute("lang", "es")
        expect(page.get_by_role("heading", name="Autoevaluación de apego")).to_be_visible()
        self.assert_fits_width()
        page.get_by_role("link", name="Empieza el ECR-S").click()

        expect(page.get_by_role("heading", name="Antes de empezar")).to_be_visible()
        expect(page.locator("#items-language")).to_contain_text(
            "Este cuestionario solo está disponible en inglés."
        )
        self.assert_accessible()
        page.get_by_role("link", name="Empezar en inglés").click()

        expect(page.get_by_role("heading", name="página 1 de 2")).to_be_visible()
        expect(page.locator("#items-language")).to_be_visible()
        first = self.group(1)
        expect(first.locator('[lang="en"]').first).to_contain_text(
            "It helps to turn to my romantic partner in times of need."
        )
        self.assert_fits_width()
        self.assert_accessible()
        for position in range(1, 7):
            self.group(position).get_by_role("radio", name="5 Agree slightly").check()
        page.get_by_role("button", name="Siguiente").click()

        expect(page.get_by_role("heading", name="página 2 de 2")).to_be_visible()
        for position in range(7, 12):
            self.group(position).get_by_role("radio", name="5 Agree slightly").check()
        page.get_by_role("button", name="Ver mi resultado").click()
        expect(page.get_by_role("alert")).to_contain_text("Falta contestar una frase.")
        self.group(12).get_by_role("radio", name="5 Agree slightly").check()
        page.get_by_role("button", name="Ver mi resultado").click()

        expect(page.get_by_role("heading", name="Tu autoevaluación de apego")).to_be_visible()
        expect(page.get_by_text("contestado en inglés")).to_be_visible()
        expect(
            page.get_by_role("img", name=re.compile(r"^Tu mapa de apego: ansiedad"))
        ).to_be_visible()
        self.assert_fits_width()
        self.assert_accessible()
        result = AssessmentResult.objects.get(client=rosa)
        assert (result.instrument, result.items_language) == ("ecr-s", "en")
