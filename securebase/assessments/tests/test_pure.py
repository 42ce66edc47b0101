"""The small pure modules around the engine: session drafts, page reading, presentation."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from securebase.assessments import drafts, presenting, scoring
from securebase.assessments.forms import read_page

APP_DIR = Path(scoring.__file__).resolve().parent
ECR_S = scoring.load_instrument(APP_DIR / "instruments" / "ecr-s.json")
PAGE_ONE = ECR_S.pages(6)[0]


class FakeQueryDict(dict):
    """Like Django's QueryDict: a key may carry several values."""

    def __init__(self, pairs):
        super().__init__()
        self.lists = {}
        for key, value in pairs:
            self.lists.setdefault(key, []).append(value)
            self[key] = value

    def getlist(self, key):
        return self.lists[key]


# --- drafts ---------------------------------------------------------------------------------


def test_it_starts_a_draft_once_and_merges_answers():
    session = {}
    first = drafts.start_draft(session, "ecr-s")
    assert drafts.start_draft(session, "ecr-s").run_id == first.run_id
    drafts.save_answers(session, "ecr-s", {1: 2, 2: 3})
    draft = drafts.save_answers(session, "ecr-s", {2: 7, 3: 1})
    assert draft.answers == {1: 2, 2: 7, 3: 1}
    assert drafts.get_draft(session, "ecr-s") == draft
    assert drafts.get_draft(session, "ecr-r") is None


def test_it_keeps_the_session_json_serialisable():
    import json

    session = {}
    drafts.save_answers(session, "ecr-s", {12: 4})
    drafts.set_pending(
        session,
        drafts.PendingResult("ecr-s", uuid.uuid4(), {1: 1}, datetime(2025, 1, 1, tzinfo=UTC)),
    )
    drafts.remember_finished(session, uuid.uuid4(), 7)
    json.dumps(session)


def test_it_discards_one_draft_only():
    session = {}
    drafts.save_answers(session, "ecr-s", {1: 2})
    drafts.save_answers(session, "ecr-r", {1: 2})
    drafts.discard_draft(session, "ecr-s")
    assert drafts.get_draft(session, "ecr-s") is None
    assert drafts.get_draft(session, "ecr-r").answers == {1: 2}


def test_it_keeps_and_clears_a_pending_result():
    session = {}
    pending = drafts.PendingResult(
        instrument="ecr-s",
        run_id=uuid.uuid4(),
        answers={1: 4, 2: 5},
        taken_at=datetime(2025, 5, 1, 12, tzinfo=UTC),
    )
    drafts.set_pending(session, pending)
    assert drafts.get_pending(session) == pending
    drafts.clear_pending(session)
    assert drafts.get_pending(session) is None


def test_it_remembers_only_the_last_finished_runs():
    session = {}
    runs = [uuid.uuid4() for _ in range(drafts.REMEMBERED_RUNS + 2)]
    for number, run in enumerate(runs):
        drafts.remember_finished(session, run, number)
    assert drafts.finished_run(session, str(runs[0])) == (False, None)
    assert drafts.finished_run(session, str(runs[-1])) == (True, len(runs) - 1)
    assert drafts.finished_run(session, "not-a-run") == (False, None)


# --- reading a page -------------------------------------------------------------------------


def test_it_reads_a_complete_page():
    data = {f"item_{i}": "4" for i in range(1, 7)} | {"csrfmiddlewaretoken": "x", "move": "next"}
    submitted = read_page(ECR_S, PAGE_ONE, data)
    assert submitted.answers == dict.fromkeys(range(1, 7), 4)
    assert submitted.missing == ()
    assert not submitted.rejected


def test_it_lists_blanks_without_rejecting():
    submitted = read_page(ECR_S, PAGE_ONE, {"item_1": "4", "item_2": ""})
    assert submitted.answers == {1: 4}
    assert submitted.missing == (2, 3, 4, 5, 6)
    assert not submitted.rejected


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"item_1": "9"}, "answer(s) outside 1-7 for item(s): 1"),
        ({"item_1": "0"}, "answer(s) outside 1-7 for item(s): 1"),
        ({"item_99": "3"}, "unknown item id(s): 99"),
        ({"item_x": "3"}, "unknown item id(s): x"),
        ({"item_8": "3"}, "answers for item(s) not on this page: 8"),
        ({"item_2": "2.5"}, "not whole numbers for item(s): 2"),
    ],
)
def test_it_rejects_what_the_form_never_sends(data, problem):
    submitted = read_page(ECR_S, PAGE_ONE, {"item_1": "4"} | data)
    assert submitted.rejected
    assert problem in submitted.problem
    assert submitted.answers == {}


def test_it_rejects_a_field_sent_twice():
    submitted = read_page(ECR_S, PAGE_ONE, FakeQueryDict([("item_3", "2"), ("item_3", "6")]))
    assert submitted.problem == "more than one answer for item(s): 3"


# --- presenting -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (Decimal("6.000"), Decimal("3.700"), "down 2.3"),
        (Decimal("3.000"), Decimal("4.150"), "up 1.2"),  # 4.15 shows as 4.2
        (Decimal("4.260"), Decimal("4.140"), "down 0.2"),  # as read: 4.3 -> 4.1
        (Decimal("4.040"), Decimal("3.960"), "no change"),  # both show 4.0
    ],
)
def test_it_describes_the_change_as_a_reader_would_compute_it(first, last, text):
    assert presenting.change_between(first, last).text == text


def test_it_describes_sides_from_the_displayed_scores():
    # Avoidance 3.96 displays as 4.0: on the midpoint, not "lower".
    view = presenting.describe_result(ECR_S, anxiety=Fraction(27, 6), avoidance=Decimal("3.960"))
    assert view.anxiety.display == "4.5"
    assert view.anxiety.side == "higher"
    assert view.avoidance.display == "4.0"
    assert view.avoidance.side == "middle"
    assert [r.key for r in view.position.regions] == ["anxious-preoccupied", "fearful-avoidant"]
    assert view.midpoint == "4.0"
    assert not view.has_norms
    assert view.anxiety.percentile is None


@pytest.mark.parametrize(
    ("moment", "date", "time"),
    [
        (datetime(2025, 3, 4, 9, 5), "Mar 4, 2025", "9:05 AM"),
        (datetime(2025, 12, 31, 0, 0), "Dec 31, 2025", "12:00 AM"),
        (datetime(2025, 1, 1, 12, 30), "Jan 1, 2025", "12:30 PM"),
        (datetime(2025, 7, 9, 23, 59), "Jul 9, 2025", "11:59 PM"),
    ],
)
def test_it_formats_dates_the_same_in_every_locale(moment, date, time):
    assert presenting.short_date(moment) == date
    assert presenting.short_time(moment) == time
    assert presenting.short_datetime(moment) == f"{date}, {time}"
