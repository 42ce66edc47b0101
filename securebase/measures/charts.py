"""A symptom measure's totals over time, with its published severity bands behind the line.

Pure code, built from the chart primitives the trends charts use (escaped as written, colours as
presentation attributes because the Content-Security-Policy forbids style attributes). The page
pairs the chart with a table holding every number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from securebase.assessments.instrument import Band
from securebase.core import charts as svg
from securebase.core.wording import ENGLISH, Translator

# Light to stronger tints, lowest band first; text on every one keeps AA contrast.
BAND_FILLS = ("#eef6ef", "#f7f4e3", "#fbeedd", "#f9e3da", "#f3dcdf")


@dataclass(frozen=True)
class ChartPoint:
    taken_at: datetime
    # The date as the reader should see it, already in their time zone.
    label: str
    total: int


def band_chart_svg(
    points: Sequence[ChartPoint],
    *,
    bands: Sequence[Band],
    name: str,
    chart_id: str,
    tr: Translator = ENGLISH,
) -> svg.Svg:
    """Totals oldest to newest (spaced by time taken) over the bands of the measure `name`.

    The y axis runs from the lowest band's start to the highest band's end. Returns an empty
    string for no points. Words, band labels among them, come from `tr` (core/wording.py).
    """
    if not points or not bands:
        return svg.Svg("")
    ordered = sorted(points, key=lambda p: p.taken_at)
    low, high = bands[0].low, bands[-1].high
    left, right, top, bottom = 34.0, 10.0, 12.0, 34.0
    height = 240.0
    plot_w, plot_h = svg.WIDTH - left - right, height - top - bottom
    first, last = ordered[0].taken_at.timestamp(), ordered[-1].taken_at.timestamp()
    span = last - first

    def x(index: int, point: ChartPoint) -> float:
        if len(ordered) == 1:
            return left + plot_w / 2
        if span <= 0:
            return left + plot_w * index / (len(ordered) - 1)
        return left + plot_w * (point.taken_at.timestamp() - first) / span

    def y(value: float) -> float:
        return top + plot_h * (1 - (value - low) / (high + 1 - low))

    title = tr.ngettext(
        "%(name)s totals across %(count)s result",
        "%(name)s totals across %(count)s results",
        len(ordered),
    ) % {"name": name, "count": len(ordered)}
    description = tr.gettext(
        "From %(first)s (%(first_total)s) to %(last)s (%(last_total)s), on a scale of %(low)s "
        "to %(high)s. Shaded bands behind the line are the published severity ranges: "
        "%(bands)s. The table lists every result."
    ) % {
        "first": ordered[0].label,
        "first_total": ordered[0].total,
        "last": ordered[-1].label,
        "last_total": ordered[-1].total,
        "low": low,
        "high": high,
        "bands": "; ".join(
            f"{tr.gettext(b.label).lower()} {b.low}\N{EN DASH}{b.high}" for b in bands
        ),
    }
    parts = [svg.open_svg(chart_id, height, title, description, classes="chart chart-bands")]
    for index, band in enumerate(bands):
        y_top, y_bottom = y(band.high + 1), y(band.low)
        fill, cls = BAND_FILLS[index % len(BAND_FILLS)], f"chart-band chart-band-{band.key}"
        parts.append(svg.rect(left, y_top, plot_w, y_bottom - y_top, fill=fill, cls=cls))
        parts.append(svg.line(left, y_bottom, svg.WIDTH - right, y_bottom, cls="chart-grid"))
        parts.append(
            svg.text(left - 6, y_bottom - 2, str(band.low), anchor="end", cls="chart-axis")
        )
        label_y = (y_top + y_bottom) / 2 + 4
        parts.append(
            svg.text(
                svg.WIDTH - right - 4,
                label_y,
                tr.gettext(band.label),
                anchor="end",
                cls="chart-band-label",
                size=11,
                fill=svg.MUTED,
            )
        )
    coords = [(x(i, p), y(p.total + 0.5), p) for i, p in enumerate(ordered)]
    if len(coords) > 1:
        parts.append(
            svg.polyline(
                [(cx, cy) for cx, cy, _ in coords],
                stroke=svg.LINE,
                stroke_width=2.5,
                stroke_linejoin="round",
                class_="chart-line",
            )
        )
    for cx, cy, point in coords:
        tip = f"{point.label}: {point.total}"
        parts.append(
            svg.circle(
                cx,
                cy,
                4.5,
                fill=svg.LINE,
                stroke="#ffffff",
                stroke_width=1.5,
                class_="chart-point",
                tip=tip,
            )
        )
    base = height - 10
    parts.append(svg.text(left, base, ordered[0].label, cls="chart-axis"))
    if len(ordered) > 1:
        parts.append(
            svg.text(svg.WIDTH - right, base, ordered[-1].label, anchor="end", cls="chart-axis")
        )
    return svg.close_svg(parts)
