"""Saved results: who may see them, the history page, deletion, export, admin."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User
from securebase.assessments import services
from securebase.assessments.models import AssessmentResult
from securebase.assessments.privacy import export_user_data
from securebase.assessments.tests.helpers import ECR_R, ECR_S, make_result
from securebase.privacy.exports import export_user_data as export_everything
from securebase.privacy.services import delete_account
from securebase.testing import PASSWORD, Personas, login_verified

START = datetime(2025, 1, 6, 18, 0, tzinfo=UTC)


class AccessTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.adas = make_result(cls.ada, anxiety="5.667", avoidance="2.333", taken_at=START)
        cls.bens = make_result(cls.ben, anxiety="3.000", avoidance="4.000", taken_at=START)

    def test_it_shows_a_client_their_own_result(self):
        self.client.force_login(self.ada)
        response = self.client.get(reverse("assessments:result", args=[self.adas.pk]))
        self.assertContains(response, '<p class="score-value">5.7</p>')
        self.assertContains(response, "Delete this result")

    def test_ben_cannot_see_adas_results(self):
        self.client.force_login(self.ben)
        for name in ("assessments:result", "assessments:delete"):
            response = self.client.get(reverse(name, args=[self.adas.pk]))
            assert response.status_code == 404, name
        response = self.client.post(reverse("assessments:delete", args=[self.adas.pk]))
        assert response.status_code == 404
        assert AssessmentResult.objects.filter(pk=self.adas.pk).exists()
        history = self.client.get(reverse("assessments:history"))
        self.assertNotContains(history, f"/assessment/results/{self.adas.pk}/")
        self.assertContains(history, f"/assessment/results/{self.bens.pk}/")

    def test_a_guessed_id_answers_exactly_like_someone_elses(self):
        self.client.force_login(self.ben)
        missing = AssessmentResult.objects.order_by("-pk").first().pk + 100
        for result_id in (self.adas.pk, missing):
            response = self.client.get(reverse("assessments:result", args=[result_id]))
            assert response.status_code == 404
        assert self.client.get("/assessment/results/abc/").status_code == 404

    def test_a_clinician_cannot_see_a_clients_result(self):
        login_verified(self.client, self.theo)
        response = self.client.get(reverse("assessments:result", args=[self.adas.pk]))
        assert response.status_code == 404

    def test_a_visitor_without_an_account_is_asked_to_log_in(self):
        for url in (
            reverse("assessments:result", args=[self.adas.pk]),
            reverse("assessments:history"),
            reverse("assessments:delete", args=[self.adas.pk]),
        ):
            response = self.client.get(url)
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("accounts:login"))

    def test_a_client_can_delete_a_result(self):
        self.client.force_login(self.ada)
        confirm = self.client.get(reverse("assessments:delete", args=[self.adas.pk]))
        self.assertContains(confirm, "anxiety 5.7, avoidance 2.3")
        response = self.client.post(reverse("assessments:delete", args=[self.adas.pk]))
        self.assertRedirects(response, reverse("assessments:history"))
        assert not AssessmentResult.objects.filter(pk=self.adas.pk).exists()
        assert AssessmentResult.objects.filter(pk=self.bens.pk).exists()

    def test_deleting_the_account_deletes_the_results_never_shared(self):
        delete_account(user=self.ada)
        assert not AssessmentResult.objects.filter(pk=self.adas.pk).exists()
        assert AssessmentResult.objects.filter(pk=self.bens.pk).exists()


class HistoryTests(Personas, TestCase):
    def add_results(self, user, count):
        for week in range(count):
            make_result(
                user,
                anxiety=f"{6 - week * 0.1:.3f}",
                avoidance=f"{3 + week * 0.05:.3f}",
                taken_at=START + timedelta(weeks=week),
            )

    def history_queries(self, user) -> int:
        self.client.force_login(user)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(reverse("assessments:history"))
        assert response.status_code == 200
        return len(queries)

    def test_it_charts_24_results_with_a_constant_number_of_queries(self):
        self.add_results(self.ben, 2)
        baseline = self.history_queries(self.ben)
        self.add_results(self.ada, 24)
        self.client.force_login(self.ada)
        with self.assertNumQueries(baseline):
            response = self.client.get(reverse("assessments:history"))
        html = response.content.decode()
        assert html.count("<polyline") == 2
        assert html.count("<tr>") == 25  # a header row and one row per result
        assert "Anxiety and avoidance across 24 results" in html

    def test_it_shows_the_change_since_the_first_result(self):
        self.add_results(self.ada, 24)
        self.client.force_login(self.ada)
        response = self.client.get(reverse("assessments:history"))
        # First 6.000 / 3.000; last week 23: 6 - 2.3 = 3.700, 3 + 1.15 = 4.150 (shown 4.2).
        self.assertContains(
            response,
            "Since Jan 6, 2025: anxiety <strong>down 2.3</strong> (from 6.0 to 3.7), "
            "avoidance <strong>up 1.2</strong> (from 3.0 to 4.2).",
        )
        self.assertNotContains(response, "style=")

    def test_it_lists_results_in_the_clients_time_zone_oldest_first(self):
        self.add_results(self.ada, 2)
        self.client.force_login(self.ada)
        html = self.client.get(reverse("assessments:history")).content.decode()
        # 18:00 UTC in January is 10:00 in Los Angeles.
        first = html.index(
            'Jan 6, 2025</a> <span class="muted taken-detail"><span class="nowrap">10:00 AM</span>'
        )
        assert '<span class="nowrap">ECR-R</span>' in html
        assert first < html.index("Jan 13, 2025</a>")

    def test_it_notes_when_both_questionnaires_appear(self):
        make_result(self.ada, anxiety="5.000", avoidance="3.000", taken_at=START)
        make_result(
            self.ada, anxiety="4.500", avoidance="3.000", taken_at=START, instrument="ecr-s"
        )
        self.client.force_login(self.ada)
        response = self.client.get(reverse("assessments:history"))
        self.assertContains(response, '<span class="nowrap">ECR-S</span>')
        self.assertContains(response, "part of a change between them comes from the questions")

    def test_it_invites_a_first_result_when_there_is_none(self):
        self.client.force_login(self.ada)
        response = self.client.get(reverse("assessments:history"))
        self.assertContains(response, "No saved results yet")
        self.assertNotContains(response, "<svg")


class ServiceTests(Personas, TestCase):
    def test_it_saves_one_result_per_run(self):
        import uuid

        run = uuid.uuid4()
        answers = dict.fromkeys(ECR_S.item_ids, 7)
        first, created = services.record_result(
            client=self.ada, instrument=ECR_S, answers=answers, run_id=run
        )
        again, created_again = services.record_result(
            client=self.ada, instrument=ECR_S, answers=answers, run_id=run
        )
        assert created and not created_again
        assert first.pk == again.pk
        # ECR-S all 7: anxiety 36/6 = 6.0, avoidance 24/6 = 4.0 (see test_scoring.py).
        assert str(first.anxiety) == "6.000"
        assert str(first.avoidance) == "4.000"

    def test_it_returns_the_result_a_racing_submit_saved_first(self):
        import uuid
        from unittest import mock

        run = uuid.uuid4()
        first = make_result(self.ada, anxiety="6.000", avoidance="4.000", taken_at=START)
        AssessmentResult.objects.filter(pk=first.pk).update(run_id=run)
        # The other request inserted between this one's lookup and its insert: the lookup
        # misses, the insert meets the unique constraint.
        real_filter = AssessmentResult._default_manager.filter
        calls = []

        def filter_missing_once(**kwargs):
            calls.append(kwargs)
            return real_filter(pk=-1) if len(calls) == 1 else real_filter(**kwargs)

        with mock.patch.object(AssessmentResult._default_manager, "filter", filter_missing_once):
            result, created = services.record_result(
                client=self.ada,
                instrument=ECR_S,
                answers=dict.fromkeys(ECR_S.item_ids, 7),
                run_id=run,
            )
        assert (result.pk, created) == (first.pk, False)
        assert AssessmentResult.objects.count() == 1

    def test_it_refuses_incomplete_answers(self):
        import uuid

        from securebase.assessments.scoring import AnswerError

        with self.assertRaises(AnswerError):
            services.record_result(
                client=self.ada, instrument=ECR_R, answers={1: 4}, run_id=uuid.uuid4()
            )
        assert AssessmentResult.objects.count() == 0

    def test_it_keeps_results_for_clients_only(self):
        import uuid

        with self.assertRaises(services.NotAClient):
            services.record_result(
                client=self.theo,
                instrument=ECR_S,
                answers=dict.fromkeys(ECR_S.item_ids, 4),
                run_id=uuid.uuid4(),
            )

    def test_it_stores_the_answers_encrypted(self):
        make_result(self.ada, anxiety="4.000", avoidance="4.000", taken_at=START, answers={1: 4})
        with connection.cursor() as cursor:
            cursor.execute("SELECT answers_json FROM assessments_assessmentresult")
            (stored,) = cursor.fetchone()
        assert '"1"' not in stored
        assert AssessmentResult.objects.get().answers == {1: 4}


class ExportTests(Personas, TestCase):
    def test_it_exports_a_clients_own_results_with_their_answers(self):
        make_result(
            self.ada, anxiety="4.778", avoidance="3.667", taken_at=START, answers={1: 5, 2: 5}
        )
        make_result(self.ben, anxiety="2.000", avoidance="2.000", taken_at=START)
        data = export_user_data(self.ada)
        assert data == {
            "results": [
                {
                    "instrument": "ecr-r",
                    "instrument_name": "ECR-R",
                    "taken_at": "2025-01-06T18:00:00+00:00",
                    "anxiety": "4.778",
                    "avoidance": "3.667",
                    "anxiety_shown": "4.8",
                    "avoidance_shown": "3.7",
                    "answers": {"1": 5, "2": 5},
                    "items_language": "en",
                }
            ]
        }
        assert export_everything(self.ada)["assessments"] == data


class AdminTests(Personas, TestCase):
    def test_it_keeps_results_out_of_the_admin_even_for_a_superuser(self):
        admin = User.objects.create_superuser(email="admin@example.com", password=PASSWORD)
        TOTPDevice.objects.create(user=admin, name="Authenticator app", confirmed=True)
        login_verified(self.client, admin)
        make_result(self.ada, anxiety="4.000", avoidance="4.000", taken_at=START)

        index = self.client.get("/admin/")
        assert index.status_code == 200
        self.assertNotContains(index, "Assessment results")
        assert self.client.get("/admin/assessments/assessmentresult/").status_code == 404
