"""Patterns beyond reply times: double texting, who starts, reassurance seeking.

* **Double texting**: runs of two or more of one person's messages with no answer between.
* **Who starts**: the first message, and every message after a gap of `CONVERSATION_GAP`.
* **Reassurance seeking**: the phrases the parsers found in my text messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from . import fast
from .replies import month_label

CONVERSATION_GAP = 6 * 3600
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@dataclass(frozen=True)
class DoubleTexting:
    """Runs of two or more of one person's messages with no answer in between."""

    runs_2_plus: int
    runs_3_plus: int
    longest: int
    longest_started: int | None  # wall-clock seconds of the longest run's first message
    monthly: tuple[tuple[str, int, int], ...]  # (month, runs 2+, runs 3+)


@dataclass(frozen=True)
class Starters:
    """Who writes first after a gap of 6 hours or more (and the chat's first message)."""

    me: int
    them: int
    monthly: tuple[tuple[str, int, int], ...]  # (month, me, them)


@dataclass(frozen=True)
class Reassurance:
    """Reassurance-seeking phrases in my messages."""

    total: int
    messages: int  # my text messages containing at least one
    my_text_messages: int
    by_category: tuple[int, ...]
    monthly: tuple[tuple[str, int], ...]


def month_of(wall: int) -> str:
    day = date.fromordinal(wall // 86400 + _EPOCH_ORDINAL)
    return f"{day.year:04d}-{day.month:02d}"


def months_between(first_wall: int, last_wall: int) -> list[str]:
    start = date.fromordinal(first_wall // 86400 + _EPOCH_ORDINAL)
    end = date.fromordinal(last_wall // 86400 + _EPOCH_ORDINAL)
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return months


def _by_month(walls: Sequence[int], columns: Sequence[Sequence[bool]]) -> list[tuple]:
    """(month, count of each column's true rows) for every month with a row, in order."""
    if not len(walls):
        return []
    months = fast.month_keys(walls)
    first = int(months.min())
    span = int(months.max()) - first + 1
    counts = [fast.counts_by_key(months - first, span, where=flags) for flags in columns]
    present = fast.counts_by_key(months - first, span)
    return [
        (month_label(first + key), *(column[key] for column in counts))
        for key in range(span)
        if present[key]
    ]


def double_texting(
    run_lengths: Sequence[int], run_starts: Sequence[int], wall: Sequence[int]
) -> DoubleTexting:
    """One person's runs, given by their lengths and the index of their first message."""
    lengths = fast.column(run_lengths)
    multi = lengths >= 2
    multi_lengths = lengths[multi]
    multi_walls = fast.column(wall)[fast.column(run_starts)[multi]]
    longest = int(lengths.max()) if len(lengths) else 0
    longest_started = None
    if longest >= 2:
        longest_started = int(multi_walls[int(fast.positions(multi_lengths == longest)[0])])
    three_plus = multi_lengths >= 3
    return DoubleTexting(
        runs_2_plus=len(multi_lengths),
        runs_3_plus=int(three_plus.sum()),
        longest=longest,
        longest_started=longest_started,
        monthly=tuple(_by_month(multi_walls, [multi_lengths >= 2, three_plus])),
    )


def starters(
    sender: Sequence[int], wall: Sequence[int], diffs: Sequence[int], *, me: int, them: int
) -> Starters:
    """Who wrote the first message and each message after a gap of CONVERSATION_GAP;
    `diffs` are the times between neighbouring messages."""
    firsts = fast.positions(fast.column(diffs) >= CONVERSATION_GAP) + 1
    firsts = fast.column([0, *firsts.tolist()])
    who = fast.column(sender, "uint16")[firsts]
    mine = who == me
    return Starters(
        me=int(mine.sum()),
        them=int((who == them).sum()),
        monthly=tuple(_by_month(fast.column(wall)[firsts], [mine, ~mine])),
    )


def reassurance(
    hits: Sequence[tuple[int, int]],
    sender: Sequence[int],
    wall: Sequence[int],
    *,
    me: int,
    my_text_messages: int,
    first_wall: int,
    last_wall: int,
) -> Reassurance:
    """My reassurance-seeking phrases: `hits` are (message index, category) for everyone's
    messages; `sender` and `wall` the whole conversation's columns."""
    mine = [(i, c) for i, c in hits if sender[i] == me]
    by_category = [0] * 6
    monthly: dict[str, int] = {}
    for i, category in mine:
        by_category[category] += 1
        month = month_of(wall[i])
        monthly[month] = monthly.get(month, 0) + 1
    return Reassurance(
        total=len(mine),
        messages=len({i for i, _ in mine}),
        my_text_messages=my_text_messages,
        by_category=tuple(by_category),
        monthly=tuple((m, monthly.get(m, 0)) for m in months_between(first_wall, last_wall)),
    )
