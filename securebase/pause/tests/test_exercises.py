"""The pause tool's names and the breathing arithmetic."""

import pytest

from securebase.pause import exercises


@pytest.mark.parametrize(
    ("inhale", "exhale", "minutes", "cycles"),
    [(4, 6, 1, 6), (4, 6, 5, 30), (10, 10, 1, 3), (7, 9, 1, 3), (10, 10, 1, 3)],
)
def test_it_fits_whole_breaths_into_the_chosen_minutes(inhale, exhale, minutes, cycles):
    assert exercises.breathing_cycles(inhale=inhale, exhale=exhale, minutes=minutes) == cycles


def test_it_rejects_a_zero_length_breath():
    with pytest.raises(ValueError):
        exercises.breathing_cycles(inhale=0, exhale=6, minutes=1)


def test_it_defaults_to_four_in_six_out_within_bounds():
    assert (exercises.BREATH_IN_DEFAULT, exercises.BREATH_OUT_DEFAULT) == (4, 6)
    assert exercises.BREATH_SECONDS_MIN <= 4 < 6 <= exercises.BREATH_SECONDS_MAX
    assert (
        exercises.SURF_MINUTES_MIN <= exercises.SURF_MINUTES_DEFAULT <= exercises.SURF_MINUTES_MAX
    )


def test_it_labels_known_keys_and_humanizes_unknown_ones():
    assert exercises.label_for("outcome", "waited") == "I waited"
    assert exercises.label_for("exercise", "box_breathing") == "Box breathing"
    assert [c.key for c in exercises.OUTCOMES] == ["waited", "sent", "other"]


def test_compose_ask_joins_the_parts_with_starters_and_full_stops():
    assert exercises.compose_ask(feel="  far from you ", like="a hug", ask="Can I call you?") == (
        "I'm feeling far from you. I'd like a hug. Can I call you?"
    )


def test_compose_ask_leaves_out_an_empty_part_and_keeps_closing_marks():
    assert exercises.compose_ask(feel="", like="to see you!", ask="Tonight") == (
        "I'd like to see you! Tonight."
    )
