"""Shared answers for the questionnaire tests."""

from __future__ import annotations

from securebase.assessments.catalog import get_measure

PHQ9 = get_measure("phq-9")
GAD7 = get_measure("gad-7")


def answers_totalling(instrument, total: int, **extra: int) -> dict[int, int]:
    """Answers to the scored items summing to `total`, never touching PHQ-9 item 9 unless
    `item_9=` is given (so a made-up total raises no safety flag by accident)."""
    answers = {item.id: 0 for item in instrument.scored_items}
    left = total
    for item in instrument.scored_items:
        if item.id == 9 and instrument.slug == "phq-9":
            continue
        answers[item.id] = min(3, left)
        left -= answers[item.id]
    assert left == 0, "total too high without item 9"
    for key, value in extra.items():
        answers[int(key.removeprefix("item_"))] = value
    return answers


def form_data(answers: dict[int, int], run: str = "") -> dict[str, str]:
    data = {f"item_{k}": str(v) for k, v in answers.items()}
    if run:
        data["run"] = run
    return data
