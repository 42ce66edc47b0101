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
from securebase.core.charts import (
    GRID,
    LINE,
    MUTED,
    WIDTH,
    Svg,
    close_svg,
    esc,
    num,
    open_svg,
    text,
)
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
) -> Svg:
    """Totals oldest to newest (spaced by time taken) over the bands of the measure `name`.

    The y axis runs from the lowest band's start to the highest band's end. Returns an empty
    string for no points. Words, band labels among them, come from `tr` (core/wording.py).
    """
    if not points or not bands:
        return Svg("")
    ordered = sorted(points, key=lambda p: p.taken_at)
    low, high = bands[0].low, bands[-1].high
    left, right, top, bottom = 34.0, 10.0, 12.0, 34.0
    height = 240.0
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
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
    parts = [open_svg(chart_id, height, title, description, classes="chart chart-bands")]
    for index, band in enumerate(bands):
        y_top, y_bottom = y(band.high + 1), y(band.low)
        parts.append(
            f'<rect x="{num(left)}" y="{num(y_top)}" width="{num(plot_w)}" '
            f'height="{num(y_bottom - y_top)}" fill="{BAND_FILLS[index % len(BAND_FILLS)]}" '
            f'class="chart-band chart-band-{esc(band.key)}"/>'
        )
        parts.append(
            f'<line x1="{num(left)}" y1="{num(y_bottom)}" x2="{num(WIDTH - right)}" '
            f'y2="{num(y_bottom)}" stroke="{GRID}" stroke-width="1" class="chart-grid"/>'
        )
        parts.append(text(left - 6, y_bottom - 2, str(band.low), anchor="end", cls="chart-axis"))
        parts.append(
            f'<text x="{num(WIDTH - right - 4)}" y="{num((y_top + y_bottom) / 2 + 4)}" '
            f'font-size="11" fill="{MUTED}" text-anchor="end" class="chart-band-label">'
            f"{esc(tr.gettext(band.label))}</text>"
        )
    coords = [(x(i, p), y(p.total + 0.5), p) for i, p in enumerate(ordered)]
    if len(coords) > 1:
        path = " ".join(f"{num(cx)},{num(cy)}" for cx, cy, _ in coords)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{LINE}" stroke-width="2.5" '
            'stroke-linejoin="round" class="chart-line"/>'
        )
    for cx, cy, point in coords:
        parts.append(
            f'<circle cx="{num(cx)}" cy="{num(cy)}" r="4.5" fill="{LINE}" stroke="#ffffff" '
            f'stroke-width="1.5" class="chart-point"><title>{esc(point.label)}: '
            f"{esc(point.total)}</title></circle>"
        )
    base = height - 10
    parts.append(text(left, base, ordered[0].label, cls="chart-axis"))
    if len(ordered) > 1:
        parts.append(text(WIDTH - right, base, ordered[-1].label, anchor="end", cls="chart-axis"))
    return close_svg(parts)
