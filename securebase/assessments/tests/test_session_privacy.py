"""Unfinished answers are not readable in the session table.

As found: a signed-in client's answers in progress sat in django_session as plain JSON. Read
the row as someone with a copy of the database (even with SECRET_KEY, which only signs) would.
"""

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core import signing
from django.test import TestCase

from securebase.assessments.tests.helpers import (
    ECR_R,
    answer_everything,
    draft_answers,
    page_ids,
    post_page,
)
from securebase.testing import Personas

SESSION_SALT = "django.contrib.sessions.SessionStore"


def readable_sessions() -> list[str]:
    """Each stored session as far as it can be read without the encryption keys."""
    texts = []
    for row in Session.objects.all():
        # Check the signature, then undo the signing's base64 and compression.
        payload = signing.loads(
            row.session_data, key=settings.SECRET_KEY, salt=SESSION_SALT, serializer=Raw
        )
        texts.append(payload)
    return texts


class Raw:
    def dumps(self, obj):  # pragma: no cover - only reading
        raise NotImplementedError

    def loads(self, data: bytes) -> str:
        return data.decode("latin-1")


class SessionPrivacyTests(Personas, TestCase):
    def test_it_keeps_a_signed_in_clients_answers_in_progress_unreadable(self):
        self.client.force_login(self.ada)
        answers = {item_id: 7 for item_id in page_ids(ECR_R, 1)}
        post_page(self.client, ECR_R, 1, answers)

        [stored] = readable_sessions()
        assert "ecr-r" not in stored
        assert "answers" not in stored
        assert "_auth_user_id" not in stored
        # The person still gets their answers back.
        assert draft_answers(self.client, "ecr-r") == answers

    def test_it_keeps_a_finished_result_waiting_in_the_session_unreadable(self):
        answer_everything(self.client, ECR_R, lambda item_id: 6)

        [stored] = readable_sessions()
        assert "pending" not in stored
        assert "answers" not in stored
