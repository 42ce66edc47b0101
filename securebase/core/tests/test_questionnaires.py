import uuid
from datetime import UTC, datetime
from decimal import Decimal
from types import SimpleNamespace
from unittest import mock

from django.test import TestCase

from securebase.assessments.models import AssessmentResult
from securebase.core.questionnaires import keep_answers_briefly, report_taken, save_taken
from securebase.testing import make_client

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# What save_taken reads of an instrument: item 3 may be left blank.
SHOWN = SimpleNamespace(slug="ecr-s", items_language="es", item_ids=(2, 1, 3))


def test_it_reports_a_questionnaire_as_the_clients_activity():
    with mock.patch("securebase.core.questionnaires.call_hooks") as hooks:
        report_taken(client_id=7, slug="phq9", at=START)
    hooks.assert_called_once_with(
        "activity_done", user_id=7, kind="questionnaire", targets=["phq9"], at=START
    )


def test_it_keeps_a_visitors_answers_for_two_idle_hours_only():
    visitor = SimpleNamespace(user=SimpleNamespace(is_authenticated=False), session=mock.Mock())
    keep_answers_briefly(visitor)
    visitor.session.set_expiry.assert_called_once_with(2 * 60 * 60)


def test_it_leaves_a_signed_in_persons_session_as_it_is():
    person = SimpleNamespace(user=SimpleNamespace(is_authenticated=True), session=mock.Mock())
    keep_answers_briefly(person)
    person.session.set_expiry.assert_not_called()


class SaveTakenTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ada = make_client()

    def save(self, run_id, **scores):
        return save_taken(
            AssessmentResult,
            client=self.ada,
            instrument=SHOWN,
            answers={1: 4, 2: 6},
            run_id=run_id,
            taken_at=START,
            **{"anxiety": Decimal("4.5"), "avoidance": Decimal("2.25"), **scores},
        )

    def test_it_saves_the_shared_fields_and_the_apps_scores(self):
        with mock.patch("securebase.core.questionnaires.call_hooks") as hooks:
            result, created = self.save(uuid.uuid4())
        result.refresh_from_db()
        assert created
        assert (result.client, result.instrument, result.taken_at) == (self.ada, "ecr-s", START)
        assert (result.anxiety, result.avoidance) == (Decimal("4.5"), Decimal("2.25"))
        assert result.items_language == "es"
        # In the instrument's item order, the blank item left out.
        assert result.answers_json == '{"2": 6, "1": 4}'
        hooks.assert_called_once_with(
            "activity_done", user_id=self.ada.pk, kind="questionnaire", targets=["ecr-s"], at=START
        )

    def test_it_saves_a_run_once_and_reports_it_once(self):
        run_id = uuid.uuid4()
        first, _ = self.save(run_id)
        with mock.patch("securebase.core.questionnaires.call_hooks") as hooks:
            again, created = self.save(run_id, anxiety=Decimal("1"))
        assert (again.pk, created) == (first.pk, False)
        assert AssessmentResult.objects.get().anxiety == Decimal("4.5")
        hooks.assert_not_called()
