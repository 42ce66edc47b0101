"""manage.py screen_text: verdicts per line, and --evaluate over labeled phrase files."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from securebase.core.risk.evaluation import HELD_ASIDE


def run(*args, stdin=""):
    out = StringIO()
    call_command("screen_text", *args, stdin=StringIO(stdin), stdout=out)
    return out.getvalue().splitlines()


def test_it_adds_language_concern_and_evidence_with_details():
    lines = run("--explain", "--details", stdin="lo voy a matar\nhola, ¿cómo estás?\n")
    verdict, category, rule, language, concern, evidence = lines[0].split("\t")
    assert (verdict, category, rule, language, concern) == (
        "risk",
        "harm_others",
        "es_amenaza",
        "es",
        "others",
    )
    assert evidence == "lo voy a matar"
    assert lines[1].split("\t")[:2] == ["none", "es"]


def test_it_evaluates_the_shipped_sets_by_part_language_and_sign():
    lines = run("--evaluate")
    # The first line names the screen measured (the suite runs the lighter one).
    assert lines[0] == "screen: rules + word model"
    assert lines[1] == "== tuning =="
    assert "== held-aside ==" in lines
    held = lines[lines.index("== held-aside ==") :]
    assert any(line.startswith("en: recall ") and "false alarms" in line for line in held)
    assert any(line.startswith("es: recall ") for line in held)
    assert any(line.strip().startswith("preparation") for line in held)


def test_it_measures_one_part_alone_so_tuning_never_shows_held_aside_figures(tmp_path):
    phrases = tmp_path / "phrases.tsv"
    phrases.write_text(
        "language\tlabel\tsign\tpart\ttext\n"
        "en\trisk\tdeath_wish\ttuning\tI wish I was dead\n"
        "en\tnone\tidiom\theld_aside\tmy phone died\n",
        encoding="utf-8",
    )
    lines = run("--evaluate", str(phrases), "--part", "tuning")
    assert lines == [
        "screen: rules + word model",
        "== tuning ==",
        "en: recall 1/1 (100.0%), false alarms -",
        "  death_wish           recall 1/1 (100.0%)",
    ]
    held = run("--evaluate", str(phrases), "--part", "held_aside")
    assert held[1] == "== held-aside ==" and "== tuning ==" not in held


def test_it_evaluates_a_reviewers_file_and_never_lists_held_aside_mistakes(tmp_path):
    review = tmp_path / "review.tsv"
    review.write_text(
        "language\tlabel\tsign\ttext\n"
        "en\trisk\tdeath_wish\tI wish I was dead\n"
        "en\tnone\tidiom\tmy phone died\n"
        "en\trisk\tmethod\tthe weather is nice\n",
        encoding="utf-8",
    )
    lines = run("--evaluate", str(review), "--show-tuning-mistakes")
    assert lines[1] == f"== {HELD_ASIDE.replace('_', '-')} =="
    assert lines[2] == "en: recall 1/2 (50.0%), false alarms 0/1 (0.0%)"
    # The miss is held aside (no part column), so it is counted but not shown.
    assert not any("the weather is nice" in line for line in lines)


def test_it_reports_a_file_it_cannot_read():
    with pytest.raises(CommandError):
        run("--evaluate", "/nonexistent/phrases.tsv")
