"""Taking a PHQ-9 or GAD-7, the result, the crisis panel on item 9, history and exports."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, datetime

import time_machine
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from securebase.measures import services
from securebase.measures.models import MeasureResult
from securebase.measures.tests.helpers import GAD7, PHQ9, answers_totalling, form_data
from securebase.testing import Personas, login_verified

CRISIS_PANEL = 'class="crisis-panel"'


class TakingTests(Personas, TestCase):
    def test_it_shows_every_item_with_the_published_answers(self):
        response = self.client.get(reverse("measures:take", args=["phq-9"]))
        assert response.status_code == 200
        page = response.text
        assert "Over the last 2 weeks, how often have you been bothered" in page
        assert "Thoughts that you would be better off dead or of hurting yourself" in page
        assert page.count('type="radio"') == 10 * 4
        assert "More than half the days" in page and "Extremely difficult" in page
        assert "(optional)" in page
        # Its data cites a Spanish translation, so it is not said to be English only.
        assert "Available in English only." not in page
        assert "Pfizer" in page
        gad7 = self.client.get(reverse("measures:take", args=["gad-7"])).text
        assert "Available in English only." in gad7

    def test_an_unknown_questionnaire_is_404(self):
        assert self.client.get("/questionnaires/bdi-ii/").status_code == 404

    def test_a_client_result_is_saved_with_total_band_and_answers(self):
        self.client.force_login(self.ada)
        answers = answers_totalling(GAD7, 11)
        response = self.client.post(
            reverse("measures:take", args=["gad-7"]), form_data({**answers, 8: 1})
        )
        saved = MeasureResult.objects.get(client=self.ada)
        self.assertRedirects(response, reverse("measures:result", args=[saved.pk]))
        assert (saved.instrument, saved.total, saved.band, saved.safety_flag) == (
            "gad-7",
            11,
            "moderate",
            False,
        )
        assert saved.answers[8] == 1
        page = self.client.get(reverse("measures:result", args=[saved.pk])).text
        assert "Total: <span" in page and "moderate</strong> (10–14)" in page
        assert "not a diagnosis" in page
        assert 'You answered: <span lang="en">Somewhat difficult</span>.' in page
        assert CRISIS_PANEL not in page

    def test_a_double_submit_saves_one_result(self):
        self.client.force_login(self.ada)
        data = form_data(answers_totalling(GAD7, 3), run=str(uuid.uuid4()))
        self.client.post(reverse("measures:take", args=["gad-7"]), data)
        self.client.post(reverse("measures:take", args=["gad-7"]), data)
        assert MeasureResult.objects.filter(client=self.ada).count() == 1

    def test_a_blank_required_answer_is_flagged_and_the_rest_kept(self):
        answers = answers_totalling(PHQ9, 4)
        del answers[3]
        response = self.client.post(reverse("measures:take", args=["phq-9"]), form_data(answers))
        assert response.status_code == 200
        assert "One question still needs an answer" in response.text
        assert 'id="item_1-3" value="3" checked' in response.text
        assert not MeasureResult.objects.exists()

    def test_the_difficulty_item_may_be_left_blank(self):
        self.client.force_login(self.ada)
        self.client.post(
            reverse("measures:take", args=["phq-9"]), form_data(answers_totalling(PHQ9, 0))
        )
        assert MeasureResult.objects.get().answers.get(10) is None

    def test_a_forged_answer_is_refused(self):
        data = form_data(answers_totalling(GAD7, 2))
        data["item_3"] = "7"
        response = self.client.post(reverse("measures:take", args=["gad-7"]), data)
        assert response.status_code == 400
        assert "weren't saved" in response.text

    def test_a_visitor_sees_the_result_without_anything_saved(self):
        response = self.client.post(
            reverse("measures:take", args=["phq-9"]),
            form_data(answers_totalling(PHQ9, 15)),
            follow=True,
        )
        assert response.status_code == 200
        assert "moderately severe</strong> (15–19)" in response.text
        assert "kept only in this browser session" in response.text
        assert not MeasureResult.objects.exists()

    def test_no_pending_result_is_404(self):
        assert self.client.get(reverse("measures:pending")).status_code == 404


class ItemNineTests(Personas, TestCase):
    def post_item_9(self, value: int):
        answers = answers_totalling(PHQ9, 2, item_9=value)
        return self.client.post(
            reverse("measures:take", args=["phq-9"]), form_data(answers), follow=True
        )

    def test_it_shows_the_crisis_panel_to_a_visitor(self):
        response = self.post_item_9(1)
        assert CRISIS_PANEL in response.text
        assert "About your answer to question 9" in response.text
        assert "has not been saved" in response.text  # a visitor's answers stay in the session
        # Once: the next page is calm again.
        assert CRISIS_PANEL not in self.client.get(reverse("measures:start")).text

    def test_it_shows_the_crisis_panel_to_a_client_and_marks_the_result(self):
        self.client.force_login(self.ada)
        response = self.post_item_9(3)
        assert CRISIS_PANEL in response.text
        assert "What you wrote has been saved." in response.text
        assert MeasureResult.objects.get(client=self.ada).safety_flag is True

    def test_it_shows_the_crisis_panel_to_a_clinician_trying_it(self):
        login_verified(self.client, self.theo)
        assert CRISIS_PANEL in self.post_item_9(2).text
        assert not MeasureResult.objects.exists()

    def test_not_at_all_shows_no_panel(self):
        self.client.force_login(self.ada)
        response = self.post_item_9(0)
        assert CRISIS_PANEL not in response.text
        assert MeasureResult.objects.get().safety_flag is False


class HistoryTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for day, total in ((1, 16), (15, 14), (29, 9)):
            services.record_measure(
                client=cls.ada,
                instrument=PHQ9,
                answers=answers_totalling(PHQ9, total),
                run_id=uuid.uuid4(),
                taken_at=datetime(2026, 3, day, 15, tzinfo=UTC),
            )
        services.record_measure(
            client=cls.ada,
            instrument=GAD7,
            answers=answers_totalling(GAD7, 12),
            run_id=uuid.uuid4(),
            taken_at=datetime(2026, 3, 1, 15, tzinfo=UTC),
        )

    def test_it_charts_each_measure_with_bands_and_reads_reliable_change(self):
        self.client.force_login(self.ada)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(reverse("measures:history"))
        # One query for the results, however many there are.
        assert sum("measures_measureresult" in q["sql"] for q in queries.captured_queries) == 1
        page = response.text
        assert page.count("<svg") >= 2
        assert "chart-band-moderately-severe" in page
        # 16 -> 9 is down 7 (>= 4): reliable, and it crosses 10 -> clinically significant.
        assert "Reliable improvement</strong></span> (down 7, from 16 to 9; " in page
        assert "clinically significant</strong>: now below the cut-off of 10" in page
        # 14 -> 9 is down 5: reliable improvement, crossing 10 as well.
        assert "(down 5, from 14 to 9;" in page
        assert "One result so far" in page  # the GAD-7
        assert "4 points or more" in page

    def test_the_result_page_reads_change_from_the_one_before(self):
        self.client.force_login(self.ada)
        latest = MeasureResult.objects.filter(client=self.ada, instrument="phq-9").first()
        page = self.client.get(reverse("measures:result", args=[latest.pk])).text
        assert "Since your previous PHQ-9" in page and "Reliable improvement" in page

    def test_ben_cannot_see_adas_results(self):
        self.client.force_login(self.ben)
        result = MeasureResult.objects.filter(client=self.ada).first()
        assert self.client.get(reverse("measures:result", args=[result.pk])).status_code == 404
        assert self.client.get(reverse("measures:delete", args=[result.pk])).status_code == 404
        assert "No saved results yet" in self.client.get(reverse("measures:history")).text
        assert self.client.get(reverse("measures:export_csv")).text.count("\n") == 1

    def test_a_result_can_be_deleted(self):
        self.client.force_login(self.ada)
        result = MeasureResult.objects.filter(client=self.ada).first()
        self.client.post(reverse("measures:delete", args=[result.pk]))
        assert not MeasureResult.objects.filter(pk=result.pk).exists()

    def test_it_exports_csv(self):
        self.client.force_login(self.ada)
        response = self.client.get(reverse("measures:export_csv"))
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert [(r["instrument"], r["total"], r["band"]) for r in rows] == [
            ("phq-9", "16", "moderately-severe"),
            ("gad-7", "12", "moderate"),
            ("phq-9", "14", "moderate"),
            ("phq-9", "9", "mild"),
        ]
        assert rows[0]["taken_at_utc"] == "2026-03-01T15:00:00+00:00"

    def test_it_is_in_the_data_export(self):
        from securebase.privacy.exports import export_user_data

        data = export_user_data(self.ada)["measures"]["results"]
        assert [r["total"] for r in data] == [16, 12, 14, 9]
        assert json.dumps(data)

    @time_machine.travel(datetime(2026, 4, 1, tzinfo=UTC))
    def test_the_fhir_download_is_a_bundle(self):
        self.client.force_login(self.ada)
        response = self.client.get(reverse("measures:export_fhir"))
        assert response["Content-Type"].startswith("application/fhir+json")
        bundle = json.loads(response.content)
        kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
        assert kinds == ["Questionnaire"] * 2 + ["QuestionnaireResponse"] * 4
