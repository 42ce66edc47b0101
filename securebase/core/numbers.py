"""Rounding the way people do it by hand, shared by every summary that shows averages.

Pure module: no Django import.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

_TENTH = Decimal("0.1")


def mean(values: Iterable[int | Decimal]) -> Decimal:
    """Arithmetic mean as a Decimal (28 significant digits); ValueError on no values."""
    values = list(values)
    if not values:
        raise ValueError("mean of no values")
    return sum(map(Decimal, values), Decimal(0)) / Decimal(len(values))


def round1(value: Decimal) -> Decimal:
    """Round half up to one decimal (2.25 -> 2.3), the way people round by hand."""
    return value.quantize(_TENTH, rounding=ROUND_HALF_UP)


def mean_to_tenths(total: int, count: int) -> float:
    """``float(round1(Decimal(total) / count))`` in integer arithmetic, for a sum ``total`` >= 0
    of ``count`` > 0 whole numbers (a day's ratings): a page rounds ninety of these, and the
    Decimal division and rounding cost more than the rest of each point. A quotient of small
    whole numbers never falls within 28 digits of a half tenth without falling on it, so the
    result is the Decimal one's (``test_numbers.py`` compares the two)."""
    return ((20 * total + count) // (2 * count)) / 10


def percent(part: int, whole: int) -> int:
    """Whole-number percentage of ``part`` in ``whole``, rounded half up; ``whole`` > 0."""
    return int((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(1), ROUND_HALF_UP))
