"""What the trends page and a clinician's check-in panels draw from a person's check-ins, built
in one place so both show the same figures the same way: the recent window day by day and the
whole history month by month, both from the kept day counts, with the charts and the tables
beside them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import TYPE_CHECKING

from securebase.checkins import queries, report
from securebase.checkins.history import History, practice_history
from securebase.checkins.trends import Trends, summarize_days
from securebase.core.charts import Svg

if TYPE_CHECKING:  # the pause tool is a separate app; only its summary's shape is needed
    from securebase.pause.summary import PauseSummary


@dataclass(frozen=True)
class PracticeView:
    trends: Trends  # the recent window, from ``since`` on
    history: History  # every check-in, month by month
    since: date
    checkins_before: bool  # whether any check-in came before the window
    charts: report.TrendCharts
    month_chart: Svg
    tables: report.TrendTables


def practice_view(
    person,
    tz: tzinfo,
    *,
    today: date,
    since: date,
    pause: PauseSummary | None,
    journal_days: Iterable[date] | None = None,
    journal_earlier: int = 0,
    insights: bool = True,
    own: bool = True,
) -> PracticeView:
    """``person``'s check-ins from ``since`` (``history.window_start(today)``) with ``pause``
    and the journal dates of the same window. ``insights`` and ``own`` as in
    ``trends.summarize_days`` and ``report.build_charts``: a clinician's panel shows no
    sentences about patterns, and its empty charts do not speak to the reader as the person."""
    window, earlier = queries.practice_days(person, tz, since=since)
    summary = summarize_days(
        window,
        pause,
        today=today,
        journal_days=journal_days,
        journal_earlier=journal_earlier,
        insights=insights,
    )
    history = practice_history(window, earlier, today=today, since=since, recent=summary.streak)
    # Check-ins before the window: an empty chart says "none since", not "none yet".
    before = history.checkins > summary.checkins
    return PracticeView(
        trends=summary,
        history=history,
        since=since,
        checkins_before=before,
        charts=report.build_charts(summary, since=since if before else None, own=own),
        month_chart=report.month_chart(history),
        tables=report.recent_tables(summary),
    )
