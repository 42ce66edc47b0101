"""The care panels' own helpers: the latest pauses table reads as the model's words."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from django.test import TestCase
from django.utils import translation

from securebase.care.panels import pause_lines
from securebase.pause import exercises
from securebase.pause.models import PauseSession
from securebase.testing import Personas

START = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


class PauseLinesTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        urges = [term.key for term in exercises.URGES] + ["retired_urge"]
        kinds = [term.key for term in exercises.EXERCISES] + ["", "retired_exercise"]
        outcomes = [term.key for term in exercises.OUTCOMES] + [""]
        for index in range(max(len(urges), len(kinds), len(outcomes))):
            at = START + timedelta(hours=index)
            PauseSession.objects.create(
                user=cls.ada,
                started_at=at,
                urge=urges[index % len(urges)],
                exercise=kinds[index % len(kinds)],
                outcome=outcomes[index % len(outcomes)],
                urge_before=7,
                anxiety_before=6,
                anxiety_after=None if index % 2 else 3,
                token=uuid.uuid4(),
            )

    def test_each_choice_reads_in_the_words_get_display_gives_in_both_languages(self):
        pauses = list(PauseSession.objects.order_by("started_at"))
        for language in ("en", "es"):
            with translation.override(language):
                lines = pause_lines(pauses)
                expected = [
                    (
                        p.started_at,
                        p.get_urge_display(),
                        p.get_exercise_display(),
                        p.anxiety_before,
                        p.anxiety_after,
                        p.get_outcome_display(),
                    )
                    for p in pauses
                ]
                assert [
                    (
                        line.started_at,
                        line.urge,
                        line.exercise,
                        line.anxiety_before,
                        line.anxiety_after,
                        line.outcome,
                    )
                    for line in lines
                ] == expected, language
        assert {line.exercise for line in lines} >= {"", "retired_exercise"}
