"""How often a person wrote in their journal, week by week (for the trends page).

Pure module: no Django import. Only dates come in — never the words themselves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from securebase.checkins.stats import iso_label, iso_monday


@dataclass(frozen=True)
class WeekCount:
    start: date  # Monday
    label: str  # ISO week, "2025-W10"
    count: int


@dataclass(frozen=True)
class JournalActivity:
    entries: int
    days: int
    weeks: tuple[WeekCount, ...]  # first entry's week to the current week, zeros included
    earlier: int = 0  # entries before those counted (before the trends page's window)


def journal_activity(
    entry_days: Iterable[date], *, today: date, earlier: int = 0
) -> JournalActivity:
    """Entries per ISO week from the first entry's week through ``today``'s week.

    ``entry_days`` holds one local date per entry (a day with two entries appears twice);
    ``earlier`` is the number of older entries left out of them, kept as it is.
    """
    days = list(entry_days)
    if not days:
        return JournalActivity(0, 0, (), earlier)
    per_week = Counter(iso_monday(d) for d in days)
    weeks = []
    monday = min(per_week)
    last = max(max(per_week), iso_monday(today))
    while monday <= last:
        weeks.append(WeekCount(monday, iso_label(monday), per_week.get(monday, 0)))
        monday += timedelta(days=7)
    return JournalActivity(
        entries=len(days), days=len(set(days)), weeks=tuple(weeks), earlier=earlier
    )
