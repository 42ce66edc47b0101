"""Exports of one's own practice data, and what the database itself holds."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, datetime

from django.db import connection
from django.test import TestCase
from django.urls import reverse

from securebase.checkins import privacy
from securebase.checkins.models import Checkin
from securebase.pause.models import PauseSession
from securebase.privacy.exports import export_user_data
from securebase.testing import Personas

NOTE = "Ada's secret: I checked his location six times today."
AT = datetime(2025, 6, 1, 19, 45, tzinfo=UTC)  # 12:45 in Los Angeles


class ExportTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.checkin = Checkin.objects.create(
            user=cls.ada,
            created_at=AT,
            updated_at=AT,
            anxiety=6,
            emotions=["anxious", "old_word"],
            triggers=["slow_reply"],
            behaviors={"checking": "acted", "reassurance_seeking": "resisted"},
            helped=["breathing"],
            note=NOTE,
            token=uuid.uuid4(),
        )
        cls.formula = Checkin.objects.create(
            user=cls.ada,
            created_at=AT,
            updated_at=AT,
            anxiety=2,
            note='=HYPERLINK("http://example.com")',
            token=uuid.uuid4(),
        )
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
            unsent_message="Please just tell me we're okay.",
            token=uuid.uuid4(),
        )

    def setUp(self):
        self.client.force_login(self.ada)

    def test_it_exports_check_ins_as_json(self):
        response = self.client.get(reverse("checkins:export", args=["json"]))
        assert response["Content-Disposition"].startswith('attachment; filename="checkins-')
        assert response["Cache-Control"] == "no-store"
        data = json.loads(response.content)
        first = data["checkins"][0]
        assert first["created_at"] == "2025-06-01T12:45:00-07:00"
        assert first["day"] == "2025-06-01"
        assert first["note"] == NOTE
        assert first["emotions"] == [
            {"key": "anxious", "label": "Anxious"},
            {"key": "old_word", "label": "Old word"},
        ]
        assert {
            "key": "checking",
            "label": "Checking their social media or location",
            "mark": "acted",
        } in first["protest_behaviors"]
        assert "pause_sessions" not in data  # the pause tool offers its own download

    def test_it_exports_check_ins_as_csv_with_formulas_defused(self):
        response = self.client.get(reverse("checkins:export", args=["csv"]))
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        assert rows[0]["anxiety"] == "6"
        assert rows[0]["emotions"] == "Anxious; Old word"
        assert rows[0]["acted_on"] == "Checking their social media or location"
        assert rows[0]["resisted"] == "Asking for reassurance again and again"
        assert rows[0]["note"] == NOTE
        assert rows[1]["note"] == '\'=HYPERLINK("http://example.com")'

    def test_it_answers_404_for_an_unknown_format(self):
        assert self.client.get(reverse("checkins:export", args=["xml"])).status_code == 404

    def test_it_joins_the_account_wide_export(self):
        data = export_user_data(self.ada)
        assert data["checkins"]["checkins"][0]["note"] == NOTE
        assert data["pause"]["pause_sessions"][0]["exercise"]["key"] == "unsent_message"
        assert export_user_data(self.ben)["checkins"] == {
            "time_zone": "America/Los_Angeles",
            "checkins": [],
        }
        json.dumps(data)  # everything must be JSON-ready
        assert privacy.export_user_data(self.ada)["checkins"][1]["anxiety"] == 2

    def test_it_deletes_a_persons_practice_with_their_account(self):
        self.ada.delete()
        assert not Checkin.objects.exists()
        assert not PauseSession.objects.exists()


class AtRestTests(Personas, TestCase):
    """Reading the tables directly, as someone with a copy of the database would."""

    def test_it_stores_no_plaintext_of_notes_or_unsent_messages(self):
        self.client.force_login(self.ada)
        self.client.post(
            reverse("checkins:start"),
            {"token": str(uuid.uuid4()), "anxiety": "5", "note": NOTE},
        )
        start = self.client.post(
            reverse("pause:start"),
            {"token": str(uuid.uuid4()), "urge": "ask", "urge_before": "7", "anxiety_before": "6"},
        )
        pk = PauseSession.objects.get().pk
        assert start.status_code == 302
        self.client.post(
            reverse("pause:session_exercise", args=[pk, "unsent_message"]),
            {"message": "Are we okay? Please answer, I can't stand this."},
        )
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM checkins_checkin")
            checkin_rows = cursor.fetchall()
            cursor.execute("SELECT note FROM checkins_checkin")
            (stored_note,) = cursor.fetchone()
            cursor.execute("SELECT * FROM pause_pausesession")
            pause_rows = cursor.fetchall()
            cursor.execute("SELECT unsent_message FROM pause_pausesession")
            (stored_message,) = cursor.fetchone()
        dump = repr(checkin_rows) + repr(pause_rows)
        for secret in ("secret", "location six times", "Are we okay", "can't stand"):
            assert secret not in dump
        assert stored_note.startswith("gAAAAA")  # a Fernet token
        assert stored_message.startswith("gAAAAA")
        assert Checkin.objects.get().note == NOTE
