"""What saved pauses add up to, on a small set whose answers were worked out by hand."""

from datetime import UTC, datetime

import pytest

from securebase.pause.summary import PauseFact, summarize_pauses


def test_it_summarizes_pause_sessions():
    when = datetime(2025, 4, 1, 12, tzinfo=UTC)
    pauses = [
        PauseFact(when, "breathing", 8, 5, 9, 4, "waited"),
        PauseFact(when, "breathing", 7, 4, 8, 6, "waited"),
        PauseFact(when, "grounding", 6, 6, 7, 7, "sent"),
        PauseFact(when, "urge_surfing", 9, 5, 10, 3, "other"),
        PauseFact(when, "breathing", 7, 3, None, None, "waited"),
        PauseFact(when, "grounding", 5, None, 5, None, None),  # left before re-rating
    ]
    summary = summarize_pauses(pauses)
    # Anxiety rated twice in five sessions: before 37/5 = 7.4, after 23/5 = 4.6, drop 2.8.
    assert (summary.sessions, summary.rated) == (6, 5)
    assert summary.mean_anxiety_before == 7.4
    assert summary.mean_anxiety_after == 4.6
    assert summary.mean_anxiety_drop == pytest.approx(2.8)
    # Urge rated twice in four: before 34/4 = 8.5, after 20/4 = 5.0.
    assert (summary.urge_rated, summary.mean_urge_before, summary.mean_urge_after) == (4, 8.5, 5.0)
    assert (summary.waited, summary.sent, summary.other, summary.decided) == (3, 1, 1, 5)
    assert summary.waited_percent == 60
    breathing = next(e for e in summary.by_exercise if e.key == "breathing")
    # (8,5), (7,4), (7,3): before 22/3 = 7.33 -> 7.3, after 12/3 = 4.0.
    assert (breathing.sessions, breathing.rated, breathing.mean_before, breathing.mean_after) == (
        3,
        3,
        7.3,
        4.0,
    )
    unsent = next(e for e in summary.by_exercise if e.key == "unsent_message")
    assert (unsent.sessions, unsent.mean_drop) == (0, None)
