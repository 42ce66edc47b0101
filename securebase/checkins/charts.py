"""Server-drawn SVG charts for the trends page.

Every chart is plain markup built here: no JavaScript, no third-party request, no inline
style (the Content-Security-Policy forbids it) — colours are SVG presentation attributes
plus a class per part so a stylesheet can restyle them. Every piece of text and every
attribute value is escaped as it is written, so the result can be rendered as is.

Each chart carries a title and a short description for assistive technology; the trends
template shows a table with the same numbers beside it.

Pure module: no Django import. :class:`Svg` implements ``__html__`` so Django templates
treat it as already escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from itertools import pairwise

from securebase.checkins.stats import short_date
from securebase.core import dates
from securebase.core.numbers import percent

WIDTH = 400
FONT_SIZE = 14

INK = "#24292f"
MUTED = "#57606a"
GRID = "#d0d7de"
LINE = "#1f5f8b"
ACTED = "#a8412b"
RESISTED = "#2e6b4f"
BEFORE = "#5b6b7a"
AFTER = "#1f5f8b"
EMPTY = "#ffffff"
SHARE_COLOURS = ("#2e6b4f", "#1f5f8b", "#a8412b", "#7a5c00")


class Svg(str):
    """SVG markup whose text and attribute values were all escaped when it was built."""

    __slots__ = ()

    def __html__(self) -> str:
        return str(self)


@dataclass(frozen=True)
class DatedValue:
    when: date
    value: float


@dataclass(frozen=True)
class WeekPair:
    start: date
    up: int  # drawn above the axis
    down: int  # drawn below the axis


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _n(number: float) -> str:
    """A coordinate with at most one decimal, without a trailing ".0"."""
    text = f"{number:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _text(x: float, y: float, content: str, *, anchor: str = "start", cls: str = "") -> str:
    klass = f' class="{_e(cls)}"' if cls else ""
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" font-size="{FONT_SIZE}" fill="{INK}" '
        f'text-anchor="{anchor}"{klass}>{_e(content)}</text>'
    )


def _date_range_axis(
    first: date, last: date, *, y: float, left: float = 0, right: float = WIDTH
) -> list[str]:
    """The first date under the left edge and, when different, the last under the right."""
    labels = [_text(left, y, short_date(first, with_year=True), cls="chart-axis")]
    if last != first:
        labels.append(
            _text(right, y, short_date(last, with_year=True), anchor="end", cls="chart-axis")
        )
    return labels


def _open(chart_id: str, height: float, title: str, description: str, kind: str) -> str:
    cid = _e(chart_id)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{_e(kind)}" '
        f'viewBox="0 0 {WIDTH} {_n(height)}" role="img" '
        f'aria-labelledby="{cid}-title {cid}-desc" font-family="inherit">'
        f'<title id="{cid}-title">{_e(title)}</title>'
        f'<desc id="{cid}-desc">{_e(description)}</desc>'
    )


def _empty(chart_id: str, title: str, message: str) -> Svg:
    return Svg(
        _open(chart_id, 40, title, message, "empty")
        + _text(WIDTH / 2, 25, message, anchor="middle", cls="chart-empty")
        + "</svg>"
    )


def line_chart(
    points: Sequence[DatedValue],
    *,
    chart_id: str,
    title: str,
    description: str,
    y_max: float = 10,
    gap_days: int = 1,
    empty_message: str = "Nothing to show yet.",
) -> Svg:
    """A line over time on a 0..``y_max`` scale.

    The line breaks wherever two consecutive points are more than ``gap_days`` apart, so a
    stretch with no data never looks like a smooth trend.
    """
    if not points:
        return _empty(chart_id, title, empty_message)
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

    parts = [_open(chart_id, height, title, description, "line")]
    for tick in (0, y_max / 2, y_max):
        ty = y(tick)
        parts.append(
            f'<line x1="{_n(left)}" y1="{_n(ty)}" x2="{_n(WIDTH - right)}" y2="{_n(ty)}" '
            f'stroke="{GRID}" stroke-width="1" class="chart-grid"/>'
        )
        parts.append(_text(left - 6, ty + 4, _n(tick), anchor="end", cls="chart-axis"))
    segments: list[list[DatedValue]] = [[points[0]]]
    for previous, point in pairwise(points):
        if (point.when - previous.when).days > gap_days:
            segments.append([])
        segments[-1].append(point)
    for segment in segments:
        if len(segment) > 1:
            coords = " ".join(f"{_n(x(p.when))},{_n(y(p.value))}" for p in segment)
            parts.append(
                f'<polyline points="{coords}" fill="none" stroke="{LINE}" stroke-width="2" '
                'stroke-linejoin="round" stroke-linecap="round" class="chart-line"/>'
            )
    if len(points) <= 60:
        for p in points:
            parts.append(
                f'<circle cx="{_n(x(p.when))}" cy="{_n(y(p.value))}" r="3" fill="{LINE}" '
                f'class="chart-point"><title>{_e(short_date(p.when, with_year=True))}: '
                f"{_e(_n(p.value))}</title></circle>"
            )
    elif len(segments) > 1:
        # Long series have no dots, so an isolated single point would vanish: mark it.
        for segment in segments:
            if len(segment) == 1:
                p = segment[0]
                parts.append(
                    f'<circle cx="{_n(x(p.when))}" cy="{_n(y(p.value))}" r="2" '
                    f'fill="{LINE}" class="chart-point"/>'
                )
    base = height - 8
    parts.extend(_date_range_axis(first, last, y=base, left=left, right=WIDTH - right))
    parts.append("</svg>")
    return Svg("".join(parts))


def bar_list_chart(
    rows: Sequence[tuple[str, int]],
    *,
    chart_id: str,
    title: str,
    description: str,
    empty_message: str = "Nothing to show yet.",
) -> Svg:
    """Horizontal bars, one per row, with the label above the bar and the count beside it."""
    if not rows or all(value <= 0 for _, value in rows):
        return _empty(chart_id, title, empty_message)
    row_h, top = 38.0, 4.0
    height = top + row_h * len(rows)
    biggest = max(value for _, value in rows)
    label_room = 40.0
    usable = WIDTH - label_room
    parts = [_open(chart_id, height, title, description, "bars")]
    for index, (label, value) in enumerate(rows):
        y0 = top + index * row_h
        parts.append(_text(0, y0 + 13, label, cls="chart-label"))
        width = usable * value / biggest if biggest else 0
        parts.append(
            f'<rect x="0" y="{_n(y0 + 18)}" width="{_n(max(width, 1 if value else 0))}" '
            f'height="12" rx="2" fill="{LINE}" class="chart-bar"/>'
        )
        parts.append(_text(width + 6, y0 + 29, str(value), cls="chart-value"))
    parts.append("</svg>")
    return Svg("".join(parts))


def diverging_week_chart(
    weeks: Sequence[WeekPair],
    *,
    chart_id: str,
    title: str,
    description: str,
    up_label: str,
    down_label: str,
    empty_message: str = "Nothing to show yet.",
) -> Svg:
    """Per-week counts: one series as columns above a centre line, the other below it.

    Used for protest behaviors — resisted above, acted on below — so the two are told apart
    by position as well as by colour.
    """
    if not weeks or all(w.up == 0 and w.down == 0 for w in weeks):
        return _empty(chart_id, title, empty_message)
    top, legend_h, bottom = 4.0, 24.0, 22.0
    half = 70.0
    height = top + legend_h + 2 * half + bottom
    axis_y = top + legend_h + half
    biggest = max(max(w.up, w.down) for w in weeks) or 1
    slot = WIDTH / len(weeks)
    bar_w = max(slot * 0.7, 1.0)
    parts = [_open(chart_id, height, title, description, "diverging")]
    parts.append(
        f'<rect x="0" y="{_n(top + 4)}" width="12" height="12" fill="{RESISTED}" '
        'class="chart-resisted"/>'
    )
    parts.append(_text(18, top + 15, up_label, cls="chart-legend"))
    parts.append(
        f'<rect x="{WIDTH // 2}" y="{_n(top + 4)}" width="12" height="12" fill="{ACTED}" '
        'class="chart-acted"/>'
    )
    parts.append(_text(WIDTH // 2 + 18, top + 15, down_label, cls="chart-legend"))
    for index, week in enumerate(weeks):
        x0 = index * slot + (slot - bar_w) / 2
        label = f"Week of {short_date(week.start, with_year=True)}"
        if week.up:
            h = half * week.up / biggest
            parts.append(
                f'<rect x="{_n(x0)}" y="{_n(axis_y - h)}" width="{_n(bar_w)}" height="{_n(h)}" '
                f'fill="{RESISTED}" class="chart-resisted"><title>{_e(label)}: '
                f"{_e(up_label.lower())} {week.up}</title></rect>"
            )
        if week.down:
            h = half * week.down / biggest
            parts.append(
                f'<rect x="{_n(x0)}" y="{_n(axis_y)}" width="{_n(bar_w)}" height="{_n(h)}" '
                f'fill="{ACTED}" class="chart-acted"><title>{_e(label)}: '
                f"{_e(down_label.lower())} {week.down}</title></rect>"
            )
    parts.append(
        f'<line x1="0" y1="{_n(axis_y)}" x2="{WIDTH}" y2="{_n(axis_y)}" stroke="{INK}" '
        'stroke-width="1" class="chart-axis-line"/>'
    )
    base = height - 6
    parts.extend(_date_range_axis(weeks[0].start, weeks[-1].start, y=base))
    parts.append("</svg>")
    return Svg("".join(parts))


def column_chart(
    weeks: Sequence[tuple[date, int]],
    *,
    chart_id: str,
    title: str,
    description: str,
    unit: str,
    empty_message: str = "Nothing to show yet.",
) -> Svg:
    """One column per week (a count), over time, with the largest count marked on the axis."""
    if not weeks or all(count == 0 for _, count in weeks):
        return _empty(chart_id, title, empty_message)
    top, bottom, plot_h = 18.0, 22.0, 90.0
    height = top + plot_h + bottom
    base_y = top + plot_h
    biggest = max(count for _, count in weeks)
    slot = WIDTH / len(weeks)
    bar_w = max(slot * 0.7, 1.0)
    parts = [_open(chart_id, height, title, description, "columns")]
    parts.append(_text(0, 13, f"most in a week: {biggest}", cls="chart-axis"))
    for index, (start, count) in enumerate(weeks):
        if not count:
            continue
        h = plot_h * count / biggest
        x0 = index * slot + (slot - bar_w) / 2
        parts.append(
            f'<rect x="{_n(x0)}" y="{_n(base_y - h)}" width="{_n(bar_w)}" height="{_n(h)}" '
            f'fill="{LINE}" class="chart-bar"><title>Week of '
            f"{_e(short_date(start, with_year=True))}: {count} {_e(unit)}</title></rect>"
        )
    parts.append(
        f'<line x1="0" y1="{_n(base_y)}" x2="{WIDTH}" y2="{_n(base_y)}" stroke="{INK}" '
        'stroke-width="1" class="chart-axis-line"/>'
    )
    parts.extend(_date_range_axis(weeks[0][0], weeks[-1][0], y=height - 6))
    parts.append("</svg>")
    return Svg("".join(parts))


def day_grid_chart(
    days: Sequence[tuple[date, int]],
    *,
    chart_id: str,
    title: str,
    description: str,
) -> Svg:
    """A calendar strip: seven days to a row, a filled square for each day with a check-in."""
    if not days:
        return _empty(chart_id, title, "Nothing to show yet.")
    columns = 7
    rows = (len(days) + columns - 1) // columns
    header, gap = 20.0, 4.0
    cell = (WIDTH - gap * (columns - 1)) / columns
    cell_h = 34.0
    height = header + rows * (cell_h + gap)
    parts = [_open(chart_id, height, title, description, "days")]
    for column in range(min(columns, len(days))):
        weekday = _weekday(days[column][0])
        parts.append(
            _text(column * (cell + gap) + cell / 2, 14, weekday, anchor="middle", cls="chart-axis")
        )
    for index, (day, count) in enumerate(days):
        row, column = divmod(index, columns)
        x0 = column * (cell + gap)
        y0 = header + row * (cell_h + gap)
        filled = count > 0
        noun = "check-in" if count == 1 else "check-ins"
        parts.append(
            f'<rect x="{_n(x0)}" y="{_n(y0)}" width="{_n(cell)}" height="{_n(cell_h)}" rx="4" '
            f'fill="{RESISTED if filled else EMPTY}" stroke="{RESISTED if filled else GRID}" '
            f'class="{"chart-day-on" if filled else "chart-day-off"}">'
            f"<title>{_e(short_date(day))}: {count} {noun}</title></rect>"
        )
        parts.append(
            f'<text x="{_n(x0 + cell / 2)}" y="{_n(y0 + cell_h / 2 + 5)}" '
            f'font-size="{FONT_SIZE}" text-anchor="middle" '
            f'fill="{EMPTY if filled else MUTED}" class="chart-day-number">{day.day}</text>'
        )
    parts.append("</svg>")
    return Svg("".join(parts))


def _weekday(day: date) -> str:
    return dates.short_weekday(day)


def before_after_chart(
    rows: Sequence[tuple[str, float | None, float | None]],
    *,
    chart_id: str,
    title: str,
    description: str,
    maximum: float = 10,
    empty_message: str = "Nothing to show yet.",
) -> Svg:
    """For each row a pair of bars, before and after, on a 0..``maximum`` scale.

    Rows without both values are left out: there is nothing to compare.
    """
    rows = [(label, b, a) for label, b, a in rows if b is not None and a is not None]
    if not rows:
        return _empty(chart_id, title, empty_message)
    row_h, top = 62.0, 4.0
    height = top + row_h * len(rows)
    label_room = 70.0
    usable = WIDTH - label_room
    parts = [_open(chart_id, height, title, description, "before-after")]
    for index, (label, before, after) in enumerate(rows):
        y0 = top + index * row_h
        parts.append(_text(0, y0 + 13, label, cls="chart-label"))
        for offset, word, value, colour, cls in (
            (18, "before", before, BEFORE, "chart-before"),
            (36, "after", after, AFTER, "chart-after"),
        ):
            width = usable * min(max(value, 0), maximum) / maximum
            parts.append(
                f'<rect x="0" y="{_n(y0 + offset)}" width="{_n(width)}" height="14" rx="2" '
                f'fill="{colour}" class="{cls}"/>'
            )
            parts.append(
                _text(width + 6, y0 + offset + 12, f"{word} {value:.1f}", cls="chart-value")
            )
    parts.append("</svg>")
    return Svg("".join(parts))


def share_bar(
    segments: Sequence[tuple[str, int]],
    *,
    chart_id: str,
    title: str,
    description: str,
    empty_message: str = "Nothing to show yet.",
) -> Svg:
    """One bar split into shares, with a legend line per share giving count and percent."""
    total = sum(count for _, count in segments)
    if total <= 0:
        return _empty(chart_id, title, empty_message)
    bar_h, line_h = 24.0, 20.0
    height = bar_h + 10 + line_h * len(segments)
    parts = [_open(chart_id, height, title, description, "share")]
    x0 = 0.0
    for index, (label, count) in enumerate(segments):
        colour = SHARE_COLOURS[index % len(SHARE_COLOURS)]
        width = WIDTH * count / total
        if width:
            parts.append(
                f'<rect x="{_n(x0)}" y="0" width="{_n(width)}" height="{_n(bar_h)}" '
                f'fill="{colour}" class="chart-share-{index}"/>'
            )
        x0 += width
        ly = bar_h + 10 + index * line_h
        parts.append(
            f'<rect x="0" y="{_n(ly)}" width="12" height="12" fill="{colour}" '
            f'class="chart-share-{index}"/>'
        )
        share = percent(count, total)
        parts.append(_text(18, ly + 11, f"{label}: {count} ({share}%)", cls="chart-legend"))
    parts.append("</svg>")
    return Svg("".join(parts))
