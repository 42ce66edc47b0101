"""The pieces several of the trends page's charts draw (``checkins/charts.py``), beyond the
ones every app's charts share in core.charts: the chart with no data yet, a legend line, the
dates under the axis, a column for each week and a week's label.

Functions that write a date take the page's ``language``, read once by the chart.

Pure module: no Django import.
"""

from __future__ import annotations

from datetime import date

from securebase.core import dates
from securebase.core.charts import WIDTH, Svg, empty_chart, rect, text
from securebase.core.wording import gettext


def nothing_to_show(chart_id: str, title: str, message: str | None) -> Svg:
    """A chart with no data yet, saying so (``message``, or a general line)."""
    message = message or gettext("Nothing to show yet.")
    return empty_chart(chart_id, title, message, classes="chart chart-empty")


def week_columns(weeks: int) -> tuple[float, list[float]]:
    """Columns for ``weeks`` weeks across the chart's width: their width (seven tenths of a
    week's slot, one unit at the least) and each week's left edge, oldest first."""
    slot = WIDTH / weeks
    width = max(slot * 0.7, 1.0)
    return width, [index * slot + (slot - width) / 2 for index in range(weeks)]


def week_label(start: date, *, words: str, language: str) -> str:
    """ "Week of Mar 4, 2025": ``words`` is ``gettext("Week of %(date)s")``, translated once
    per chart by the caller."""
    return words % {"date": dates.short_date(start, language=language)}


def legend_line(x: float, y: float, colour: str, label: str, cls: str) -> list[str]:
    """A legend line: a square in the series' colour (classed ``cls``) and its words."""
    return [
        rect(x, y, 12, 12, fill=colour, cls=cls),
        text(x + 18, y + 11, label, cls="chart-legend"),
    ]


def date_range_axis(
    first: date,
    last: date,
    *,
    y: float,
    left: float = 0,
    right: float = WIDTH,
    language: str,
) -> list[str]:
    """The first date under the left edge and, when different, the last under the right."""
    labels = [text(left, y, dates.short_date(first, language=language), cls="chart-axis")]
    if last != first:
        labels.append(
            text(
                right, y, dates.short_date(last, language=language), anchor="end", cls="chart-axis"
            )
        )
    return labels
