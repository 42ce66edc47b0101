"""The pause summary the database adds up equals the plain one over every pause."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from django.test import TestCase

from securebase.pause import exercises
from securebase.pause.models import PauseSession
from securebase.pause.queries import pause_facts, pause_summary
from securebase.pause.summary import summarize_pauses
from securebase.testing import Personas


class PauseSummaryQueryTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        rng = random.Random(11)
        keys = [choice.key for choice in exercises.EXERCISES] + ["", "retired_exercise"]
        start = datetime(2025, 1, 1, tzinfo=UTC)
        for n in range(160):
            before = rng.randint(0, 10)
            finished = rng.random() < 0.8
            PauseSession.objects.create(
                user=cls.ada,
                started_at=start + timedelta(hours=7 * n),
                urge=rng.choice(("text", "check", "ask")),
                exercise=rng.choice(keys),
                urge_before=rng.randint(0, 10),
                anxiety_before=before,
                urge_after=rng.randint(0, 10) if finished and rng.random() < 0.9 else None,
                anxiety_after=rng.randint(0, 10) if finished else None,
                outcome=rng.choice(("waited", "sent", "other", "")) if finished else "",
                token=uuid.uuid4(),
            )
        PauseSession.objects.create(
            user=cls.ben, started_at=start, urge="text", urge_before=9, anxiety_before=9,
            anxiety_after=1, outcome="waited", token=uuid.uuid4(),
        )  # fmt: skip

    def test_it_equals_the_plain_summary_in_one_query(self):
        with self.assertNumQueries(1):
            grouped = pause_summary(self.ada)
        assert grouped == summarize_pauses(pause_facts(self.ada))
        assert grouped.sessions == 160

    def test_it_sums_nothing_for_someone_without_pauses_or_not_a_client(self):
        empty = summarize_pauses([])
        assert pause_summary(self.theo) == empty
        PauseSession.objects.filter(user=self.ben).delete()
        assert pause_summary(self.ben) == empty

    def test_from_a_start_it_equals_the_plain_summary_of_the_later_pauses(self):
        pauses = pause_facts(self.ada)
        for since in (
            pauses[0].at,  # everything
            pauses[57].at,  # a pause started at the very moment is summarized
            pauses[57].at + timedelta(seconds=1),
            pauses[-1].at + timedelta(days=1),  # nothing, all earlier
            datetime(2025, 1, 20, tzinfo=ZoneInfo("America/Los_Angeles")),
        ):
            with self.subTest(since=since), self.assertNumQueries(1):
                grouped = pause_summary(self.ada, since=since)
                assert grouped == summarize_pauses(pauses, since=since)
                assert grouped.total == 160
        recent = pause_summary(self.ada, since=pauses[57].at)
        assert (recent.sessions, recent.earlier) == (103, 57)
        assert pause_summary(self.theo, since=pauses[0].at) == summarize_pauses([])
