"""The trends page's charts, drawn from a Trends summary.

Pure module: no Django import. The template shows each chart next to a table of the same
numbers, read straight from the Trends object.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from securebase.checkins import charts
from securebase.checkins.activity import WeekCount
from securebase.checkins.charts import DatedValue, WeekPair
from securebase.checkins.history import History
from securebase.checkins.stats import short_date
from securebase.checkins.trends import AnxietyPoint, BehaviorWeek, JournalActivity, Trends
from securebase.core.charts import Svg
from securebase.core.wording import gettext, ngettext

if TYPE_CHECKING:
    from securebase.pause.summary import ExerciseSummary, PauseSummary


# Tables beside the charts list a recent window: a year of weeks reads as a table, ten years
# does not, and rendering them would cost more than the rest of the page. The chart covers
# everything, and the check-in download holds every row.
TABLE_WEEKS = 52


@dataclass(frozen=True)
class TrendTables:
    anxiety: tuple[AnxietyPoint, ...]
    behavior_weeks: tuple[BehaviorWeek, ...]
    journal_weeks: tuple[WeekCount, ...]
    # Exercises with a pause rated before and after (their means are numbers, not None).
    pause_exercises: tuple[ExerciseSummary, ...]
    anxiety_cut: bool  # True when older rows were left out of that table
    behavior_cut: bool
    journal_cut: bool


def recent_tables(trends: Trends, *, weeks: int = TABLE_WEEKS) -> TrendTables:
    """The rows each table beside a chart lists: at most the last ``weeks`` weeks.

    Daily points (up to about three months) are all listed.
    """
    points = trends.anxiety.points
    if trends.anxiety.granularity == "week":
        points = points[-weeks:]
    behavior = trends.behavior_weeks[-weeks:]
    journal = trends.journal.weeks[-weeks:] if trends.journal else ()
    return TrendTables(
        anxiety=points,
        behavior_weeks=behavior,
        journal_weeks=journal,
        pause_exercises=rated_exercises(trends.pause),
        anxiety_cut=len(points) < len(trends.anxiety.points),
        behavior_cut=len(behavior) < len(trends.behavior_weeks),
        journal_cut=bool(trends.journal) and len(journal) < len(trends.journal.weeks),
    )


@dataclass(frozen=True)
class TrendCharts:
    anxiety: Svg
    streak: Svg
    triggers: Svg
    behaviors: Svg
    pause_change: Svg | None  # None when the pause tool is not installed
    pause_outcomes: Svg | None
    journal: Svg | None  # None when the journal is not installed


def build_charts(trends: Trends, *, since: date | None = None, own: bool = True) -> TrendCharts:
    """Every chart on the trends page, with titles and short text descriptions.

    ``since`` is the first day of the recent window when there are check-ins before it: an
    empty chart then says there were none since that day, not that there were none at all.
    ``own`` is False where someone other than the person reads them (a clinician's panel), so
    no chart speaks to the reader of their first check-in.
    """
    series = trends.anxiety
    if since is None:
        no_checkins = gettext("No check-ins yet.")
        no_triggers = gettext("No triggers noted yet.")
        no_behaviors = gettext("No protest behaviors marked yet.")
    else:
        day = {"date": short_date(since, with_year=True)}
        no_checkins = gettext("No check-ins since %(date)s.") % day
        no_triggers = gettext("No triggers noted since %(date)s.") % day
        no_behaviors = gettext("No protest behaviors marked since %(date)s.") % day
    anxiety_empty = (
        gettext("Your first check-in will start this chart.")
        if own and since is None
        else no_checkins
    )
    by_day = series.granularity == "day"
    if series.points:
        lowest = min(series.points, key=lambda p: p.mean)
        highest = max(series.points, key=lambda p: p.mean)
        numbers = {
            "first": short_date(series.points[0].start, with_year=True),
            "last": short_date(series.points[-1].start, with_year=True),
            "lowest": f"{lowest.mean:.1f}",
            "lowest_when": lowest.label,
            "highest": f"{highest.mean:.1f}",
            "highest_when": highest.label,
        }
        if by_day:
            anxiety_desc = gettext(
                "Average anxiety per day on a 0 to 10 scale, %(first)s to %(last)s. "
                "Lowest %(lowest)s (%(lowest_when)s), highest %(highest)s (%(highest_when)s)."
            )
        else:
            anxiety_desc = gettext(
                "Average anxiety per week on a 0 to 10 scale, %(first)s to %(last)s. "
                "Lowest %(lowest)s (%(lowest_when)s), highest %(highest)s (%(highest_when)s)."
            )
        anxiety_desc %= numbers
    else:
        anxiety_desc = no_checkins
    streak = trends.streak
    checked = sum(1 for mark in streak.recent if mark.checkins)
    pause_change, pause_outcomes = pause_charts(trends.pause, own=own)
    weeks = len(trends.behavior_weeks)
    return TrendCharts(
        anxiety=charts.line_chart(
            [DatedValue(p.start, p.mean) for p in series.points],
            chart_id="chart-anxiety",
            title=gettext("Anxiety over time, average per day")
            if by_day
            else gettext("Anxiety over time, average per week"),
            description=anxiety_desc,
            gap_days=1 if by_day else 7,
            empty_message=anxiety_empty,
        ),
        streak=charts.day_grid_chart(
            [(mark.day, mark.checkins) for mark in streak.recent],
            chart_id="chart-streak",
            title=gettext("Days with a check-in, last four weeks"),
            description=gettext("%(checked)s of the last %(days)s days have a check-in.")
            % {"checked": checked, "days": len(streak.recent)},
        ),
        triggers=charts.bar_list_chart(
            [(t.label, t.days) for t in trends.triggers],
            chart_id="chart-triggers",
            title=gettext("Triggers: number of days each was noted"),
            description="; ".join(
                ngettext("%(trigger)s: %(days)s day", "%(trigger)s: %(days)s days", t.days)
                % {"trigger": t.label, "days": t.days}
                for t in trends.triggers
            ),
            empty_message=no_triggers,
        ),
        behaviors=charts.diverging_week_chart(
            [WeekPair(w.start, w.resisted, w.acted) for w in trends.behavior_weeks],
            chart_id="chart-behaviors",
            title=gettext("Protest behaviors per week: resisted and acted on"),
            description=ngettext(
                "%(resisted)s resisted and %(acted)s acted on over %(weeks)s week.",
                "%(resisted)s resisted and %(acted)s acted on over %(weeks)s weeks.",
                weeks,
            )
            % {
                "resisted": sum(w.resisted for w in trends.behavior_weeks),
                "acted": sum(w.acted for w in trends.behavior_weeks),
                "weeks": weeks,
            },
            up_label=gettext("Resisted"),
            down_label=gettext("Acted on"),
            empty_message=no_behaviors,
        ),
        pause_change=pause_change,
        pause_outcomes=pause_outcomes,
        journal=_journal_chart(trends.journal),
    )


def month_chart(history: History) -> Svg:
    """Average anxiety month by month over the whole history (months from the kept counts)."""
    months = history.months
    if months:
        description = gettext(
            "Average anxiety per month on a 0 to 10 scale, %(first)s to %(last)s."
        ) % {"first": months[0].start_text, "last": months[-1].start_text}
    else:
        description = gettext("No check-ins yet.")
    return charts.line_chart(
        [DatedValue(m.start, float(m.mean)) for m in months],
        chart_id="chart-months",
        title=gettext("Anxiety month by month, average per month"),
        description=description,
        # A month apart at most: an empty month in between breaks the line.
        gap_days=31,
        empty_message=gettext("Your first check-in will start this chart."),
    )


def _one(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def rated_exercises(pause: PauseSummary | None) -> tuple[ExerciseSummary, ...]:
    """The exercises with a pause rated before and after, as the pause table lists them."""
    return tuple(e for e in pause.by_exercise if e.rated) if pause else ()


def pause_charts(pause: PauseSummary | None, *, own: bool = True) -> tuple[Svg | None, Svg | None]:
    """The pause charts of ``build_charts`` (change by exercise, how pauses ended) alone;
    ``own`` as there."""
    if pause is None:
        return None, None
    by_exercise = [(e.label, e.mean_before, e.mean_after) for e in pause.by_exercise if e.rated]
    rows = [
        (gettext("All pauses"), pause.mean_anxiety_before, pause.mean_anxiety_after),
        *by_exercise,
    ]
    change = charts.before_after_chart(
        rows,
        chart_id="chart-pause-change",
        title=gettext("Average anxiety before and after a pause"),
        description=ngettext(
            "Across %(rated)s pause rated twice: before %(before)s, after %(after)s.",
            "Across %(rated)s pauses rated twice: before %(before)s, after %(after)s.",
            pause.rated,
        )
        % {
            "rated": pause.rated,
            "before": _one(pause.mean_anxiety_before),
            "after": _one(pause.mean_anxiety_after),
        },
        empty_message=gettext("Rate a pause before and after to see this.")
        if own
        else gettext("No pause rated before and after yet."),
    )
    outcomes = charts.share_bar(
        [
            (gettext("Waited"), pause.waited),
            (gettext("Chose something else"), pause.other),
            (gettext("Sent it anyway"), pause.sent),
        ],
        chart_id="chart-pause-outcomes",
        title=gettext("How pauses ended"),
        description=gettext(
            "Waited %(waited)s, chose something else %(other)s, sent it anyway %(sent)s."
        )
        % {"waited": pause.waited, "other": pause.other, "sent": pause.sent},
        empty_message=gettext("No finished pauses yet."),
    )
    return change, outcomes


def _journal_chart(journal: JournalActivity | None) -> Svg | None:
    if journal is None:
        return None
    weeks = len(journal.weeks)
    description = " ".join(
        (
            _entries(journal.entries),
            ngettext("on %(days)s day", "on %(days)s days", journal.days) % {"days": journal.days},
            ngettext("over %(weeks)s week.", "over %(weeks)s weeks.", weeks) % {"weeks": weeks},
        )
    )
    return charts.column_chart(
        [(w.start, w.count) for w in journal.weeks],
        chart_id="chart-journal",
        title=gettext("Journal entries per week"),
        description=description,
        unit=_entries,
        empty_message=gettext("No journal entries yet."),
    )


def _entries(count: int) -> str:
    return ngettext("%(count)s entry", "%(count)s entries", count) % {"count": count}
