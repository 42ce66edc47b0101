"""Rounding by hand: half up, to one decimal or a whole percentage."""

from decimal import Decimal

import pytest

from securebase.core.numbers import mean, mean_to_tenths, percent, round1


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2.25", "2.3"), ("2.35", "2.4"), ("2.249", "2.2"), ("7", "7.0"), ("6.857142", "6.9")],
)
def test_it_rounds_half_up_to_one_decimal(value, expected):
    assert round1(Decimal(value)) == Decimal(expected)


@pytest.mark.parametrize(("part", "whole", "expected"), [(2, 3, 67), (1, 8, 13), (1, 3, 33)])
def test_it_rounds_percentages_half_up(part, whole, expected):
    assert percent(part, whole) == expected


def test_it_refuses_the_mean_of_nothing():
    with pytest.raises(ValueError):
        mean([])


def test_a_mean_to_tenths_in_whole_numbers_is_the_decimal_one():
    for count in range(1, 61):
        for total in range(0, 10 * count + 1):
            decimal = float(round1(Decimal(total) / Decimal(count)))
            assert mean_to_tenths(total, count) == decimal, (total, count)
