"""The no-contact count (pure) and the prompt catalog (pure)."""

import ast
from datetime import date
from pathlib import Path

import pytest

from securebase.journal import nocontact, prompts
from securebase.journal.nocontact import SlipFact, summarize_stretch

START = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("slips", "today", "counting_from", "days"),
    [
        ([], date(2026, 3, 1), START, 0),
        ([], date(2026, 3, 10), START, 9),
        ([SlipFact(date(2026, 3, 5), False)], date(2026, 3, 10), START, 9),
        ([SlipFact(date(2026, 3, 5), True)], date(2026, 3, 10), date(2026, 3, 5), 5),
        (
            [SlipFact(date(2026, 3, 7), True), SlipFact(date(2026, 3, 4), True)],
            date(2026, 3, 10),
            date(2026, 3, 7),
            3,
        ),
        # A restart dated before the start (the start was moved later) is ignored.
        ([SlipFact(date(2026, 2, 20), True)], date(2026, 3, 10), START, 9),
        # A start date after "today" (a clock or time-zone edge) never counts below zero.
        ([], date(2026, 2, 28), START, 0),
    ],
)
def test_it_counts_from_the_start_or_the_latest_chosen_restart(slips, today, counting_from, days):
    stretch = summarize_stretch(started_on=START, slips=slips, today=today)
    assert stretch.counting_from == counting_from
    assert stretch.days_so_far == days
    assert stretch.slips == len(slips)


def test_it_reports_days_since_the_first_start_separately():
    stretch = summarize_stretch(
        started_on=START, slips=[SlipFact(date(2026, 3, 8), True)], today=date(2026, 3, 10)
    )
    assert (stretch.days_so_far, stretch.days_since_start) == (2, 9)


def test_prompt_keys_are_unique_and_round_trip():
    keys = [p.key for track in prompts.TRACKS for p in track.prompts]
    assert len(keys) == len(set(keys))
    for track in prompts.TRACKS:
        for prompt in track.prompts:
            assert prompts.find_prompt(prompt.track, prompt.slug) is prompt
            assert prompts.prompt_for_key(prompt.key) is prompt


def test_both_tracks_cover_what_the_practice_asked_for():
    titles = {t.slug: [p.title for p in t.prompts] for t in prompts.TRACKS}
    assert {
        "The people who looked after you",
        "What you needed",
        "The pattern you notice now",
    } <= set(titles["roots"])
    assert {
        "What you miss",
        "What you blame yourself for",
        "What you would tell a friend",
        "A letter you will not send",
    } <= set(titles["breakup"])


@pytest.mark.parametrize("key", ["", "roots/retired-prompt", "nonsense"])
def test_unknown_or_empty_keys_read_as_a_free_entry(key):
    assert prompts.prompt_for_key(key) is prompts.FREE_PROMPT


def test_find_prompt_returns_none_for_an_unknown_prompt():
    assert prompts.find_prompt("roots", "nope") is None


@pytest.mark.parametrize("module", [nocontact, prompts])
def test_the_pure_modules_do_not_import_django(module):
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    names = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    names |= {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert not any(name.split(".")[0] == "django" for name in names)
