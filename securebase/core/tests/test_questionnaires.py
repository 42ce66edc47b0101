from datetime import UTC, datetime
from types import SimpleNamespace
from unittest import mock

from securebase.core.questionnaires import keep_answers_briefly, report_taken

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


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
