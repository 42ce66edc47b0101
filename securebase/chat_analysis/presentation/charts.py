"""Server-drawn SVG charts for the reality-check report.

Plain markup built from the pieces in core.charts: no JavaScript, no third-party request,
no inline style (the Content-Security-Policy forbids it). Colours are SVG presentation
attributes plus a class per part, every text and attribute value is escaped as it is
written, and each chart has a title and description for assistive technology; the report
shows a table with the same numbers beside every chart.

Pure module: no Django import. `Svg` implements ``__html__`` so templates treat it as
already escaped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from securebase.core import charts as svg
from securebase.core import dates

from ..engine.metrics import HISTOGRAM_EDGES, format_duration
from ..engine.words import _

# The report's own text size and its two series' colours; ink, grid and width are every
# chart's (core.charts).
FONT = 12
THEIRS = "#1f5f8b"
MINE = "#a8412b"
# Light to dark: short to long waits. Checked for contrast against the white page.
HEAT = ("#e8f1f8", "#b9d3e8", "#7fadd3", "#3f7fb5", "#1f5f8b", "#0b3558")
HEAT_EDGES = (5 * 60, 20 * 60, 3600, 3 * 3600, 9 * 3600)
WEEKDAYS = tuple(day[:3] for day in dates.WEEKDAYS)  # "Mon" … "Sun"


def _text(x: float, y: float, content: str, *, anchor: str = "start", fill: str = svg.INK) -> str:
    return svg.text(x, y, content, anchor=anchor, fill=fill, size=FONT)


def _open(chart_id: str, height: float, title: str, description: str) -> str:
    return svg.open_svg(
        chart_id, height, title, description, classes="chart chat-chart", inherit_font=False
    )


def short_duration(seconds: float) -> str:
    """Axis labels: "1m", "20m", "3h", "2d"."""
    if seconds < 3600:
        return _("%(n)sm") % {"n": round(seconds / 60)}
    if seconds < 86400:
        return _("%(n)sh") % {"n": f"{seconds / 3600:g}"}
    return _("%(n)sd") % {"n": f"{seconds / 86400:g}"}


def histogram_chart(
    chart_id: str, counts: Sequence[int], *, title: str, description: str, colour: str = THEIRS
) -> svg.Svg:
    """Bars for HISTOGRAM_EDGES bins on a logarithmic time axis.

    A bar's width is proportional to the logarithm of its bin's span, so equal widths mean
    equal ratios of time. The first bin (under a minute) is drawn as wide as 30 s to 1 min;
    the last (four days and more) as wide as two to four days.
    """
    left, right, top, bottom = 8, 8, 12, 34
    height = 190
    plot_w = svg.WIDTH - left - right
    plot_h = height - top - bottom
    edges = [30, *HISTOGRAM_EDGES[1:], HISTOGRAM_EDGES[-1] * 2]
    span = math.log(edges[-1] / edges[0])
    peak = max(counts, default=0) or 1
    parts = [_open(chart_id, height, title, description)]
    parts.append(svg.line(left, top + plot_h, svg.WIDTH - right, top + plot_h))
    for i, count in enumerate(counts):
        x0 = left + plot_w * math.log(edges[i] / edges[0]) / span
        x1 = left + plot_w * math.log(edges[i + 1] / edges[0]) / span
        bar_h = plot_h * count / peak
        label = _bin_label(i)
        width, tip = max(x1 - x0 - 2, 1), f"{label}: {count}"
        y = top + plot_h - bar_h
        parts.append(svg.rect(x0 + 1, y, width, bar_h, fill=colour, cls="chart-bar", tip=tip))
    for edge in (60, 10 * 60, 3600, 6 * 3600, 86400, 4 * 86400):
        x = left + plot_w * math.log(edge / edges[0]) / span
        parts.append(svg.line(x, top + plot_h, x, top + plot_h + 4, stroke=svg.MUTED))
        parts.append(_text(x, top + plot_h + 17, short_duration(edge), anchor="middle"))
    parts.append(
        _text(
            svg.WIDTH / 2,
            height - 3,
            _("wait, on a logarithmic scale"),
            anchor="middle",
            fill=svg.MUTED,
        )
    )
    return svg.close_svg(parts)


def _bin_label(i: int) -> str:
    edges = HISTOGRAM_EDGES
    if i == 0:
        return _("under 1 minute")
    if i + 1 >= len(edges):
        return _("%(duration)s or more") % {"duration": format_duration(edges[i])}
    return _("%(start)s to %(end)s") % {
        "start": format_duration(edges[i]),
        "end": format_duration(edges[i + 1]),
    }


def bin_labels(count: int = len(HISTOGRAM_EDGES)) -> list[str]:
    return [_bin_label(i) for i in range(count)]


def heat_colour(median: float) -> str:
    for colour, edge in zip(HEAT, HEAT_EDGES, strict=False):
        if median < edge:
            return colour
    return HEAT[-1]


def heatmap_chart(chart_id: str, cells: Sequence[dict], *, title: str, description: str) -> svg.Svg:
    """Weekday rows by hour-of-day columns, shaded by the median wait (darker is longer)."""
    label_w, top, cell_w, cell_h = 34, 18, 15, 17
    legend_y = top + 7 * cell_h + 16
    height = legend_y + 30
    by_key = {(c["weekday"], c["hour"]): c for c in cells}
    parts = [_open(chart_id, height, title, description)]
    for hour in range(0, 24, 3):
        x = label_w + hour * cell_w + cell_w / 2
        parts.append(_text(x, top - 5, dates.hour_label(hour), anchor="middle"))
    for day, name in enumerate(WEEKDAYS):
        y = top + day * cell_h
        parts.append(_text(0, y + cell_h - 4, name))
        for hour in range(24):
            cell = by_key.get((day, hour))
            when = f"{WEEKDAYS[day]} {dates.hour_label(hour)}"
            x = label_w + hour * cell_w
            if cell and cell["count"] and cell["median"] is None:
                fill = "#f6f8fa"
                tip = _("%(when)s: %(count)s replies, too few for a median") % {
                    "when": when,
                    "count": cell["count"],
                }
            elif cell and cell["count"]:
                fill = heat_colour(cell["median"])
                tip = _("%(when)s: median %(median)s, %(count)s replies") % {
                    "when": when,
                    "median": format_duration(cell["median"]),
                    "count": cell["count"],
                }
            else:
                fill, tip = "#ffffff", _("%(when)s: no replies") % {"when": when}
            parts.append(
                svg.rect(
                    x,
                    y,
                    cell_w - 1,
                    cell_h - 1,
                    stroke=svg.GRID,
                    stroke_width=0.5,
                    fill=fill,
                    cls="heat-cell",
                    tip=tip,
                )
            )
    labels = [f"<{short_duration(edge)}" for edge in HEAT_EDGES] + [
        _("%(duration)s+") % {"duration": short_duration(HEAT_EDGES[-1])}
    ]
    for i, (colour, label) in enumerate(zip(HEAT, labels, strict=True)):
        x = label_w + i * 60
        parts.append(svg.rect(x, legend_y, 14, 14, stroke=svg.GRID, stroke_width=0.5, fill=colour))
        parts.append(_text(x + 18, legend_y + 11, label))
    return svg.close_svg(parts)


def monthly_chart(
    chart_id: str,
    series: Sequence[tuple[str, str, Sequence[tuple[str, float | None]]]],
    *,
    title: str,
    description: str,
) -> svg.Svg:
    """Lines of monthly medians on a logarithmic wait axis.

    `series` holds (name, colour, [(month, median), ...]); the second series is dashed so
    the two differ by more than colour.
    """
    left, right, top, bottom = 40, 10, 14, 46
    height = 220
    plot_w, plot_h = svg.WIDTH - left - right, height - top - bottom
    months = sorted({m for _, _, points in series for m, v in points if v is not None})
    values = [v for _, _, points in series for _, v in points if v is not None and v > 0]
    parts = [_open(chart_id, height, title, description)]
    if not months or not values:
        parts.append(_text(svg.WIDTH / 2, height / 2, _("No replies to show"), anchor="middle"))
        return svg.close_svg(parts)
    low = max(min(values), 10)
    high = max(max(values), low * 10)
    scale = math.log(high / low)

    def y_of(value: float) -> float:
        return top + plot_h - plot_h * math.log(max(value, low) / low) / scale

    def x_of(month: str) -> float:
        if len(months) == 1:
            return left + plot_w / 2
        return left + plot_w * months.index(month) / (len(months) - 1)

    for tick in (60, 600, 3600, 6 * 3600, 86400, 7 * 86400):
        if low <= tick <= high:
            y = y_of(tick)
            parts.append(svg.line(left, y, svg.WIDTH - right, y))
            parts.append(_text(left - 4, y + 4, short_duration(tick), anchor="end"))
    for index, (name, colour, points) in enumerate(series):
        coords = [(x_of(m), y_of(v)) for m, v in points if v is not None]
        if not coords:
            continue
        dash = "5 3" if index else ""
        dashes = {"stroke_dasharray": dash} if dash else {}
        parts.append(
            svg.polyline(
                coords,
                class_="chart-line",
                stroke=colour,
                stroke_width=2,
                **dashes,
                translate="no",
                tip=name,
            )
        )
        if len(coords) <= 40:
            for x, y in coords:
                parts.append(svg.circle(x, y, 2.5, fill=colour))
        legend_x = left + index * 180
        parts.append(
            svg.line(
                legend_x, height - 8, legend_x + 20, height - 8, stroke=colour, width=2, dash=dash
            )
        )
        # A person's name: not for translation.
        parts.append(
            svg.text_with(
                legend_x + 25,
                height - 4,
                name,
                font_size=FONT,
                fill=svg.INK,
                text_anchor="start",
                translate="no",
            )
        )
    parts.append(_text(left, top + plot_h + 16, months[0]))
    if len(months) > 1:
        parts.append(_text(svg.WIDTH - right, top + plot_h + 16, months[-1], anchor="end"))
    return svg.close_svg(parts)


def bar_chart(
    chart_id: str, items: Sequence[tuple[str, int]], *, title: str, description: str
) -> svg.Svg:
    """Vertical bars, one per item (e.g. a month), labelled at both ends."""
    left, right, top, bottom = 10, 10, 12, 24
    height = 140
    plot_w, plot_h = svg.WIDTH - left - right, height - top - bottom
    peak = max((v for _, v in items), default=0) or 1
    parts = [_open(chart_id, height, title, description)]
    parts.append(svg.line(left, top + plot_h, svg.WIDTH - right, top + plot_h))
    slot = plot_w / max(len(items), 1)
    for i, (label, value) in enumerate(items):
        bar_h = plot_h * value / peak
        x, y = left + i * slot + slot * 0.1, top + plot_h - bar_h
        width, tip = max(slot * 0.8, 0.5), f"{label}: {value}"
        parts.append(svg.rect(x, y, width, bar_h, fill=MINE, cls="chart-bar", tip=tip))
    if items:
        parts.append(_text(left, height - 6, items[0][0]))
        if len(items) > 1:
            parts.append(_text(svg.WIDTH - right, height - 6, items[-1][0], anchor="end"))
    return svg.close_svg(parts)
