"""Server-drawn SVG charts for the trends page, built from the shared pieces in core.charts
and the ones these charts share among themselves in ``chart_parts``.

Each chart carries a title and a short description for assistive technology; the trends
template shows a table with the same numbers beside it.

A chart writes dozens of dates and labels. Each reads the page's language once and translates
a repeated phrase once (per count, for a plural), not once per bar or day: asking Django for
the active language or a translation costs a few microseconds each time, and a page's
charts asked some three hundred times.

Pure module: no Django import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from securebase.checkins.chart_parts import (
    date_range_axis,
    legend_line,
    nothing_to_show,
    week_columns,
    week_label,
)
from securebase.core import dates, wording
from securebase.core.charts import (
    FONT_SIZE,
    GRID,
    INK,
    LINE,
    MUTED,
    WIDTH,
    Svg,
    circle,
    close_svg,
    line,
    num,
    open_svg,
    polyline,
    rect,
    text,
    text_with,
)
from securebase.core.numbers import percent
from securebase.core.wording import gettext, ngettext

ACTED = "#a8412b"
RESISTED = "#2e6b4f"
BEFORE = "#5b6b7a"
AFTER = "#1f5f8b"
EMPTY = "#ffffff"
SHARE_COLOURS = ("#2e6b4f", "#1f5f8b", "#a8412b", "#7a5c00")


@dataclass(frozen=True)
class DatedValue:
    when: date
    value: float


@dataclass(frozen=True)
class WeekPair:
    start: date
    up: int  # drawn above the axis
    down: int  # drawn below the axis


def line_chart(
    points: Sequence[DatedValue],
    *,
    chart_id: str,
    title: str,
    description: str,
    y_max: float = 10,
    gap_days: int = 1,
    empty_message: str | None = None,
) -> Svg:
    """A line over time on a 0..``y_max`` scale.

    The line breaks wherever two consecutive points are more than ``gap_days`` apart, so a
    stretch with no data never looks like a smooth trend.
    """
    if not points:
        return nothing_to_show(chart_id, title, empty_message)
    left, right, top, bottom = 28.0, 10.0, 10.0, 26.0
    height = 200.0
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    first, last = points[0].when, points[-1].when
    span = max((last - first).days, 1)

    def x(day: date) -> float:
        if first == last:
            return left + plot_w / 2
        return left + plot_w * (day - first).days / span

    def y(value: float) -> float:
        return top + plot_h * (1 - min(max(value, 0), y_max) / y_max)

    language = wording.language()
    parts = [open_svg(chart_id, height, title, description, classes="chart chart-line")]
    for tick in (0, y_max / 2, y_max):
        ty = y(tick)
        parts.append(line(left, ty, WIDTH - right, ty, cls="chart-grid"))
        parts.append(text(left - 6, ty + 4, num(tick), anchor="end", cls="chart-axis"))
    segments: list[list[DatedValue]] = [[points[0]]]
    for previous, point in pairwise(points):
        if (point.when - previous.when).days > gap_days:
            segments.append([])
        segments[-1].append(point)
    for segment in segments:
        if len(segment) > 1:
            parts.append(
                polyline(
                    [(x(p.when), y(p.value)) for p in segment],
                    stroke=LINE,
                    stroke_width=2,
                    stroke_linejoin="round",
                    stroke_linecap="round",
                    class_="chart-line",
                )
            )
    if len(points) <= 60:
        for p in points:
            tip = f"{dates.short_date(p.when, language=language)}: {num(p.value)}"
            parts.append(circle(x(p.when), y(p.value), 3, fill=LINE, class_="chart-point", tip=tip))
    elif len(segments) > 1:
        # Long series have no dots, so an isolated single point would vanish: mark it.
        for segment in segments:
            if len(segment) == 1:
                p = segment[0]
                parts.append(circle(x(p.when), y(p.value), 2, fill=LINE, class_="chart-point"))
    base = height - 8
    parts.extend(
        date_range_axis(first, last, y=base, left=left, right=WIDTH - right, language=language)
    )
    return close_svg(parts)


def bar_list_chart(
    rows: Sequence[tuple[str, int]],
    *,
    chart_id: str,
    title: str,
    description: str,
    empty_message: str | None = None,
) -> Svg:
    """Horizontal bars, one per row, with the label above the bar and the count beside it."""
    if not rows or all(value <= 0 for _, value in rows):
        return nothing_to_show(chart_id, title, empty_message)
    row_h, top = 38.0, 4.0
    height = top + row_h * len(rows)
    biggest = max(value for _, value in rows)
    label_room = 40.0
    usable = WIDTH - label_room
    parts = [open_svg(chart_id, height, title, description, classes="chart chart-bars")]
    for index, (label, value) in enumerate(rows):
        y0 = top + index * row_h
        parts.append(text(0, y0 + 13, label, cls="chart-label"))
        width = usable * value / biggest if biggest else 0
        shown = max(width, 1 if value else 0)
        parts.append(rect(0, y0 + 18, shown, 12, rx=2, fill=LINE, cls="chart-bar"))
        parts.append(text(width + 6, y0 + 29, str(value), cls="chart-value"))
    return close_svg(parts)


def diverging_week_chart(
    weeks: Sequence[WeekPair],
    *,
    chart_id: str,
    title: str,
    description: str,
    up_label: str,
    down_label: str,
    empty_message: str | None = None,
) -> Svg:
    """Per-week counts: one series as columns above a centre line, the other below it.

    Used for protest behaviors — resisted above, acted on below — so the two are told apart
    by position as well as by colour.
    """
    if not weeks or all(w.up == 0 and w.down == 0 for w in weeks):
        return nothing_to_show(chart_id, title, empty_message)
    top, legend_h, bottom = 4.0, 24.0, 22.0
    half = 70.0
    height = top + legend_h + 2 * half + bottom
    axis_y = top + legend_h + half
    biggest = max(max(w.up, w.down) for w in weeks) or 1
    bar_w, lefts = week_columns(len(weeks))
    week_of, language = gettext("Week of %(date)s"), wording.language()
    parts = [open_svg(chart_id, height, title, description, classes="chart chart-diverging")]
    parts.extend(legend_line(0, top + 4, RESISTED, up_label, "chart-resisted"))
    parts.extend(legend_line(WIDTH // 2, top + 4, ACTED, down_label, "chart-acted"))
    for x0, week in zip(lefts, weeks, strict=True):
        label = week_label(week.start, words=week_of, language=language)
        if week.up:
            h = half * week.up / biggest
            tip = f"{label}: {up_label.lower()} {week.up}"
            parts.append(
                rect(x0, axis_y - h, bar_w, h, fill=RESISTED, cls="chart-resisted", tip=tip)
            )
        if week.down:
            h = half * week.down / biggest
            tip = f"{label}: {down_label.lower()} {week.down}"
            parts.append(rect(x0, axis_y, bar_w, h, fill=ACTED, cls="chart-acted", tip=tip))
    parts.append(line(0, axis_y, WIDTH, axis_y, stroke=INK, cls="chart-axis-line"))
    base = height - 6
    parts.extend(date_range_axis(weeks[0].start, weeks[-1].start, y=base, language=language))
    return close_svg(parts)


def column_chart(
    weeks: Sequence[tuple[date, int]],
    *,
    chart_id: str,
    title: str,
    description: str,
    unit: str | Callable[[int], str],
    empty_message: str | None = None,
) -> Svg:
    """One column per week (a count), over time, with the largest count marked on the axis.

    ``unit`` names what is counted ("entries"), or is a function giving the whole count in
    words (``3`` -> "3 entries"), so a language can choose singular or plural.
    """
    if not weeks or all(count == 0 for _, count in weeks):
        return nothing_to_show(chart_id, title, empty_message)
    top, bottom, plot_h = 18.0, 22.0, 90.0
    height = top + plot_h + bottom
    base_y = top + plot_h
    biggest = max(count for _, count in weeks)
    bar_w, lefts = week_columns(len(weeks))
    week_of, language = gettext("Week of %(date)s"), wording.language()
    # A count's words ("3 entries") once per count: the weeks repeat a few small counts.
    counted: dict[int, str] = {}
    parts = [open_svg(chart_id, height, title, description, classes="chart chart-columns")]
    most = gettext("most in a week: %(count)s") % {"count": biggest}
    parts.append(text(0, 13, most, cls="chart-axis"))
    for x0, (start, count) in zip(lefts, weeks, strict=True):
        if not count:
            continue
        h = plot_h * count / biggest
        if count not in counted:
            counted[count] = unit(count) if callable(unit) else f"{count} {unit}"
        tip = f"{week_label(start, words=week_of, language=language)}: {counted[count]}"
        parts.append(rect(x0, base_y - h, bar_w, h, fill=LINE, cls="chart-bar", tip=tip))
    parts.append(line(0, base_y, WIDTH, base_y, stroke=INK, cls="chart-axis-line"))
    parts.extend(date_range_axis(weeks[0][0], weeks[-1][0], y=height - 6, language=language))
    return close_svg(parts)


def day_grid_chart(
    days: Sequence[tuple[date, int]],
    *,
    chart_id: str,
    title: str,
    description: str,
) -> Svg:
    """A calendar strip: seven days to a row, a filled square for each day with a check-in."""
    if not days:
        return nothing_to_show(chart_id, title, None)
    columns = 7
    rows = (len(days) + columns - 1) // columns
    header, gap = 20.0, 4.0
    cell = (WIDTH - gap * (columns - 1)) / columns
    cell_h = 34.0
    height = header + rows * (cell_h + gap)
    language = wording.language()
    # The day's words ("Mar 4: 2 check-ins") translated once per count, not once per day.
    says_for: dict[int, str] = {}
    parts = [open_svg(chart_id, height, title, description, classes="chart chart-days")]
    for column in range(min(columns, len(days))):
        weekday = dates.short_weekday(days[column][0], language=language)
        parts.append(
            text(column * (cell + gap) + cell / 2, 14, weekday, anchor="middle", cls="chart-axis")
        )
    for index, (day, count) in enumerate(days):
        row, column = divmod(index, columns)
        x0 = column * (cell + gap)
        y0 = header + row * (cell_h + gap)
        filled = count > 0
        if count not in says_for:
            says_for[count] = ngettext(
                "%(day)s: %(count)s check-in", "%(day)s: %(count)s check-ins", count
            )
        says = says_for[count] % {"day": dates.month_day(day, language=language), "count": count}
        parts.append(
            rect(
                x0,
                y0,
                cell,
                cell_h,
                rx=4,
                stroke=RESISTED if filled else GRID,
                fill=RESISTED if filled else EMPTY,
                cls="chart-day-on" if filled else "chart-day-off",
                tip=says,
            )
        )
        parts.append(
            text_with(
                x0 + cell / 2,
                y0 + cell_h / 2 + 5,
                str(day.day),
                font_size=FONT_SIZE,
                text_anchor="middle",
                fill=EMPTY if filled else MUTED,
                class_="chart-day-number",
            )
        )
    return close_svg(parts)


def before_after_chart(
    rows: Sequence[tuple[str, float | None, float | None]],
    *,
    chart_id: str,
    title: str,
    description: str,
    maximum: float = 10,
    empty_message: str | None = None,
) -> Svg:
    """For each row a pair of bars, before and after, on a 0..``maximum`` scale.

    Rows without both values are left out: there is nothing to compare.
    """
    rows = [(label, b, a) for label, b, a in rows if b is not None and a is not None]
    if not rows:
        return nothing_to_show(chart_id, title, empty_message)
    row_h, top = 62.0, 4.0
    height = top + row_h * len(rows)
    label_room = 70.0
    usable = WIDTH - label_room
    before_words, after_words = gettext("before %(value)s"), gettext("after %(value)s")
    parts = [open_svg(chart_id, height, title, description, classes="chart chart-before-after")]
    for index, (label, before, after) in enumerate(rows):
        y0 = top + index * row_h
        parts.append(text(0, y0 + 13, label, cls="chart-label"))
        for offset, words, value, colour, cls in (
            (18, before_words, before, BEFORE, "chart-before"),
            (36, after_words, after, AFTER, "chart-after"),
        ):
            width = usable * min(max(value, 0), maximum) / maximum
            parts.append(rect(0, y0 + offset, width, 14, rx=2, fill=colour, cls=cls))
            parts.append(
                text(
                    width + 6,
                    y0 + offset + 12,
                    words % {"value": f"{value:.1f}"},
                    cls="chart-value",
                )
            )
    return close_svg(parts)


def share_bar(
    segments: Sequence[tuple[str, int]],
    *,
    chart_id: str,
    title: str,
    description: str,
    empty_message: str | None = None,
) -> Svg:
    """One bar split into shares, with a legend line per share giving count and percent."""
    total = sum(count for _, count in segments)
    if total <= 0:
        return nothing_to_show(chart_id, title, empty_message)
    bar_h, line_h = 24.0, 20.0
    height = bar_h + 10 + line_h * len(segments)
    parts = [open_svg(chart_id, height, title, description, classes="chart chart-share")]
    x0 = 0.0
    for index, (label, count) in enumerate(segments):
        colour = SHARE_COLOURS[index % len(SHARE_COLOURS)]
        width = WIDTH * count / total
        if width:
            parts.append(rect(x0, 0, width, bar_h, fill=colour, cls=f"chart-share-{index}"))
        x0 += width
        ly = bar_h + 10 + index * line_h
        legend = f"{label}: {count} ({percent(count, total)}%)"
        parts.extend(legend_line(0, ly, colour, legend, f"chart-share-{index}"))
    return close_svg(parts)
