from datetime import UTC, datetime
from unittest import mock

from securebase.core.questionnaires import report_taken

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_it_reports_a_questionnaire_as_the_clients_activity():
    with mock.patch("securebase.core.questionnaires.call_hooks") as hooks:
        report_taken(client_id=7, slug="phq9", at=START)
    hooks.assert_called_once_with(
        "activity_done", user_id=7, kind="questionnaire", targets=["phq9"], at=START
    )
