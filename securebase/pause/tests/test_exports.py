"""Downloads of one's own saved pauses."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, datetime

from django.test import TestCase
from django.urls import reverse

from securebase.pause.models import PauseSession
from securebase.testing import Personas, login_verified

MESSAGE = "Please just tell me we're okay."
AT = datetime(2025, 6, 1, 19, 45, tzinfo=UTC)  # 12:45 in Los Angeles


class PauseExportTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for message in (MESSAGE, "=cmd|' /C calc'!A0"):
            PauseSession.objects.create(
                user=cls.ada,
                started_at=AT,
                urge="text",
                exercise="unsent_message",
                urge_before=9,
                anxiety_before=8,
                urge_after=3,
                anxiety_after=4,
                outcome="waited",
                unsent_message=message,
                token=uuid.uuid4(),
            )

    def test_it_exports_pauses_as_json(self):
        self.client.force_login(self.ada)
        response = self.client.get(reverse("pause:export", args=["json"]))
        assert response["Content-Disposition"].startswith('attachment; filename="pauses-')
        assert response["Cache-Control"] == "no-store"
        pause = json.loads(response.content)["pause_sessions"][0]
        assert pause["started_at"] == "2025-06-01T12:45:00-07:00"
        assert pause["unsent_message"] == MESSAGE
        assert pause["outcome"] == {"key": "waited", "label": "I waited"}
        assert (pause["urge_before"], pause["urge_after"]) == (9, 3)

    def test_it_exports_pauses_as_csv_with_formulas_defused(self):
        self.client.force_login(self.ada)
        response = self.client.get(reverse("pause:export", args=["csv"]))
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        assert rows[0]["urge"] == "I want to text them"
        assert rows[0]["exercise"] == "Write the message, don't send it"
        assert rows[0]["unsent_message"] == MESSAGE
        assert rows[1]["unsent_message"] == "'=cmd|' /C calc'!A0"

    def test_it_links_the_downloads_from_the_history(self):
        self.client.force_login(self.ada)
        page = self.client.get(reverse("pause:history")).text
        assert f'href="{reverse("pause:export", args=["csv"])}"' in page

    def test_it_keeps_other_peoples_pauses_out(self):
        self.client.force_login(self.ben)
        for kind in ("json", "csv"):
            body = self.client.get(reverse("pause:export", args=[kind])).content.decode()
            assert MESSAGE not in body

    def test_it_answers_404_to_a_clinician_and_for_an_unknown_format(self):
        login_verified(self.client, self.theo)
        assert self.client.get(reverse("pause:export", args=["json"])).status_code == 404
        self.client.force_login(self.ada)
        assert self.client.get(reverse("pause:export", args=["xml"])).status_code == 404
