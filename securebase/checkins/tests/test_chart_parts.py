"""The pieces several trends charts share: week columns, the date axis, the empty chart."""

from datetime import date

import pytest

from securebase.checkins import chart_parts


@pytest.mark.parametrize(
    ("weeks", "width", "lefts"),
    [
        (1, 280.0, [60.0]),
        (4, 70.0, [15.0, 115.0, 215.0, 315.0]),
        (800, 1.0, [-0.25, 0.25]),  # never thinner than one unit, still centred on its slot
    ],
)
def test_it_places_a_column_in_the_middle_of_each_weeks_slot(weeks, width, lefts):
    found_width, found_lefts = chart_parts.week_columns(weeks)
    assert found_width == pytest.approx(width)
    assert len(found_lefts) == weeks
    assert found_lefts[: len(lefts)] == pytest.approx(lefts)


def test_it_writes_the_last_date_only_when_it_differs_from_the_first():
    day = date(2025, 3, 4)
    one = chart_parts.date_range_axis(day, day, y=10, language="en")
    two = chart_parts.date_range_axis(day, date(2025, 4, 1), y=10, language="en")
    assert len(one) == 1 and "Mar 4, 2025</text>" in one[0]
    assert len(two) == 2 and 'text-anchor="end"' in two[1] and "Apr 1, 2025</text>" in two[1]


def test_it_says_there_is_nothing_to_show_in_the_callers_words_or_its_own():
    assert "No pauses yet</text>" in chart_parts.nothing_to_show("c", "T", "No pauses yet")
    assert "Nothing to show yet.</text>" in chart_parts.nothing_to_show("c", "T", None)
