"""SVG charts for attachment scores, built as escaped markup on the server.

Pure code: standard library only. The pages pair each chart with a data table, so the SVG
carries a short title and description for screen readers rather than every number.
Only presentation attributes are used (fill=, stroke=, x=...): the Content-Security-Policy
blocks style attributes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from securebase.core import charts as svg
from securebase.core.wording import ENGLISH, Translator

from .scoring import REGIONS, Region, format_score, locate

TEXT = "#1f2933"
MUTED = "#52606d"
GRID = "#cbd2d9"
ANXIETY_COLOUR = "#6a3d9a"
AVOIDANCE_COLOUR = "#0f6a80"
POINT_COLOUR = "#6a3d9a"
# Quiet tints so the region names and the point keep their contrast.
REGION_FILLS = {
    "secure": "#e6f4ea",
    "anxious-preoccupied": "#fdf1e4",
    "dismissing-avoidant": "#e8f1fb",
    "fearful-avoidant": "#f5ebf7",
}


# --- the two-dimensional map ---------------------------------------------------------------

MAP_WIDTH = 340
MAP_HEIGHT = 372
MAP_LEFT = 44
MAP_TOP = 30
MAP_SIZE = 280


def attachment_map_svg(
    *,
    anxiety: float,
    avoidance: float,
    low: int = 1,
    high: int = 7,
    chart_id: str = "attachment-map",
    tr: Translator = ENGLISH,
) -> svg.Svg:
    """An SVG map with avoidance across and anxiety up, and one point for the given scores.

    Both axes run from `low` to `high`; dashed midlines at their midpoint split four regions,
    each labeled with its description name. The point is placed at the scores as displayed
    (one decimal). `chart_id` prefixes the element ids so two maps can share a page. Words
    come from `tr` (core/wording.py): pass django.utils.translation for the page's language.
    """
    mid = (low + high) / 2
    anxiety_shown = float(format_score(anxiety))
    avoidance_shown = float(format_score(avoidance))

    def x_at(value: float) -> float:
        return MAP_LEFT + (value - low) / (high - low) * MAP_SIZE

    def y_at(value: float) -> float:
        return MAP_TOP + MAP_SIZE - (value - low) / (high - low) * MAP_SIZE

    position = locate(anxiety_shown, avoidance_shown, midpoint=mid)
    where = _describe_position(position.regions, tr)
    title = tr.gettext(
        "Your attachment map: anxiety %(anxiety)s, avoidance %(avoidance)s (scale %(low)s to "
        "%(high)s)"
    ) % {
        "anxiety": format_score(anxiety),
        "avoidance": format_score(avoidance),
        "low": low,
        "high": high,
    }
    desc = tr.gettext(
        "Avoidance runs from lower on the left to higher on the right; anxiety runs from lower "
        "at the bottom to higher at the top. Dashed midlines at %(mid)s are an interpretation "
        "aid, not a cut-off. The four regions are descriptions, not a diagnosis. "
        "Your point %(where)s."
    ) % {"mid": svg.num(mid), "where": where}
    left, top, right, bottom = MAP_LEFT, MAP_TOP, MAP_LEFT + MAP_SIZE, MAP_TOP + MAP_SIZE
    cx, cy = x_at(mid), y_at(mid)
    parts = [_open(chart_id, MAP_WIDTH, MAP_HEIGHT, title, desc, "chart chart-map")]
    # Regions: (key, x, y, width, height, label anchor x, label y)
    boxes = {
        "anxious-preoccupied": (left, top, cx - left, cy - top),
        "fearful-avoidant": (cx, top, right - cx, cy - top),
        "secure": (left, cy, cx - left, bottom - cy),
        "dismissing-avoidant": (cx, cy, right - cx, bottom - cy),
    }
    for region in REGIONS:
        x, y, w, h = boxes[region.key]
        parts.append(svg.rect(x, y, w, h, fill=REGION_FILLS[region.key]))
    for region in REGIONS:
        x, y, w, h = boxes[region.key]
        # Upper regions are named along their top edge, lower ones along their bottom edge,
        # so the names stay clear of the midlines where points often sit.
        label_y = y + 16 if region.anxiety == "higher" else y + h - 8
        parts.append(
            svg.text_with(
                x + w / 2,
                label_y,
                tr.gettext(region.name),
                text_anchor="middle",
                font_size=12,
                font_weight=600,
                fill=TEXT,
                class_="map-region-label",
            )
        )
    parts.append(svg.rect(left, top, MAP_SIZE, MAP_SIZE, stroke=MUTED, stroke_width=1, fill="none"))
    # Ticks and numbers on both axes.
    for value in range(low, high + 1):
        x, y = x_at(value), y_at(value)
        parts.append(svg.line(x, bottom, x, bottom + 4, stroke=MUTED, width=None))
        parts.append(
            svg.text_with(x, bottom + 16, str(value), text_anchor="middle", font_size=11, fill=TEXT)
        )
        parts.append(svg.line(left - 4, y, left, y, stroke=MUTED, width=None))
        parts.append(
            svg.text_with(left - 7, y + 4, str(value), text_anchor="end", font_size=11, fill=TEXT)
        )
    # Midlines, said to be an interpretation aid right on the chart.
    parts.append(svg.line(cx, top, cx, bottom, stroke=MUTED, width=1.5, dash="5 4"))
    parts.append(svg.line(left, cy, right, cy, stroke=MUTED, width=1.5, dash="5 4"))
    parts.append(
        svg.text_with(
            right - 4,
            cy - 5,
            tr.gettext("midline: interpretation aid"),
            text_anchor="end",
            font_size=10,
            fill=MUTED,
        )
    )
    # Axis titles.
    parts.append(
        _axis_title(left + MAP_SIZE / 2, bottom + 34, tr.gettext("Avoidance (lower → higher)"))
    )
    # The anxiety axis runs up the left side: its title is turned to run along it.
    turned = f"translate(13 {svg.num(top + MAP_SIZE / 2)}) rotate(-90)"
    parts.append(_axis_title(0, 0, tr.gettext("Anxiety (lower → higher)"), transform=turned))
    parts.append(
        svg.text_with(
            MAP_WIDTH / 2,
            18,
            tr.gettext("Regions are descriptions, not a diagnosis"),
            text_anchor="middle",
            font_size=12,
            fill=TEXT,
        )
    )
    # The point itself, drawn last so nothing covers it.
    px, py = x_at(avoidance_shown), y_at(anxiety_shown)
    parts.append(
        svg.circle(
            px,
            py,
            9,
            fill=POINT_COLOUR,
            stroke="#ffffff",
            stroke_width=3,
            class_="map-point",
            tip=title,
        )
    )
    # The label goes toward the center line, away from the region names at the edges.
    label_anchor = "end" if px > left + MAP_SIZE * 0.75 else "start"
    label_x = px - 6 if label_anchor == "end" else px + 6
    label_y = py + 26 if py < cy else py - 16
    parts.append(
        svg.text_with(
            label_x,
            label_y,
            tr.gettext("You"),
            text_anchor=label_anchor,
            font_size=13,
            font_weight=700,
            fill=TEXT,
        )
    )
    parts.append(
        svg.text_with(
            MAP_WIDTH / 2,
            MAP_HEIGHT - 4,
            tr.gettext("Midlines at the scale midpoint; not a cut-off."),
            text_anchor="middle",
            font_size=10,
            fill=MUTED,
        )
    )
    return svg.close_svg(parts)


def _describe_position(regions: Sequence[Region], tr: Translator) -> str:
    names = [tr.gettext(r.name) for r in regions]
    if len(names) == 1:
        return tr.gettext("lies in the region described as %(region)s") % {"region": names[0]}
    if len(names) == 2:
        return tr.gettext("lies on the midline between %(first)s and %(second)s") % {
            "first": names[0],
            "second": names[1],
        }
    return tr.gettext("lies where both midlines cross, between all four regions")


# --- history over time ---------------------------------------------------------------------

HISTORY_WIDTH = 340
HISTORY_HEIGHT = 250
HISTORY_LEFT = 34
HISTORY_RIGHT = 14
HISTORY_TOP = 40
HISTORY_PLOT_HEIGHT = 160


@dataclass(frozen=True)
class HistoryPoint:
    taken_at: datetime
    # Short date as the reader should see it (already in their time zone), e.g. "Mar 3, 2025".
    label: str
    anxiety: float
    avoidance: float


def history_chart_svg(
    points: Sequence[HistoryPoint],
    *,
    low: int = 1,
    high: int = 7,
    chart_id: str = "history-chart",
    tr: Translator = ENGLISH,
) -> svg.Svg:
    """A line chart of anxiety and avoidance over time, oldest on the left.

    Points are spaced by time taken (evenly when they all share one moment). The two lines
    differ by dash and marker shape as well as color. Returns "" for no points.
    """
    if not points:
        return svg.Svg("")
    ordered = sorted(points, key=lambda p: p.taken_at)
    plot_width = HISTORY_WIDTH - HISTORY_LEFT - HISTORY_RIGHT
    first, last = ordered[0].taken_at.timestamp(), ordered[-1].taken_at.timestamp()
    span = last - first

    def x_at(index: int, point: HistoryPoint) -> float:
        if len(ordered) == 1:
            return HISTORY_LEFT + plot_width / 2
        if span <= 0:
            return HISTORY_LEFT + index / (len(ordered) - 1) * plot_width
        return HISTORY_LEFT + (point.taken_at.timestamp() - first) / span * plot_width

    def y_at(value: float) -> float:
        return (
            HISTORY_TOP + HISTORY_PLOT_HEIGHT - (value - low) / (high - low) * HISTORY_PLOT_HEIGHT
        )

    bottom = HISTORY_TOP + HISTORY_PLOT_HEIGHT
    right = HISTORY_LEFT + plot_width
    title = tr.ngettext(
        "Anxiety and avoidance across %(count)s result",
        "Anxiety and avoidance across %(count)s results",
        len(ordered),
    ) % {"count": len(ordered)}
    desc = tr.gettext(
        "From %(first)s to %(last)s. Anxiety went from %(first_anxiety)s to %(last_anxiety)s; "
        "avoidance from %(first_avoidance)s to %(last_avoidance)s, on a scale of %(low)s to "
        "%(high)s. The table below lists every result."
    ) % {
        "first": ordered[0].label,
        "last": ordered[-1].label,
        "first_anxiety": format_score(ordered[0].anxiety),
        "last_anxiety": format_score(ordered[-1].anxiety),
        "first_avoidance": format_score(ordered[0].avoidance),
        "last_avoidance": format_score(ordered[-1].avoidance),
        "low": low,
        "high": high,
    }
    parts = [_open(chart_id, HISTORY_WIDTH, HISTORY_HEIGHT, title, desc, "chart chart-history")]
    # Legend: line sample and marker for each series.
    parts.append(
        svg.line(HISTORY_LEFT, 14, HISTORY_LEFT + 24, 14, stroke=ANXIETY_COLOUR, width=2.5)
    )
    parts.append(_circle(HISTORY_LEFT + 12, 14, ANXIETY_COLOUR))
    parts.append(
        svg.text_with(HISTORY_LEFT + 30, 18, tr.gettext("Anxiety"), font_size=12, fill=TEXT)
    )
    legend_x = HISTORY_LEFT + 110
    parts.append(
        svg.line(legend_x, 14, legend_x + 24, 14, stroke=AVOIDANCE_COLOUR, width=2.5, dash="6 4")
    )
    parts.append(_square(legend_x + 12, 14, AVOIDANCE_COLOUR))
    parts.append(svg.text_with(legend_x + 30, 18, tr.gettext("Avoidance"), font_size=12, fill=TEXT))
    # Horizontal grid at every scale point, the midpoint a little stronger.
    mid = (low + high) / 2
    for value in range(low, high + 1):
        y = y_at(value)
        stroke = MUTED if value == mid else GRID
        parts.append(svg.line(HISTORY_LEFT, y, right, y, stroke=stroke))
        parts.append(
            svg.text_with(
                HISTORY_LEFT - 6, y + 4, str(value), text_anchor="end", font_size=11, fill=TEXT
            )
        )
    # Dates: first and last always, the middle one when there is room.
    labeled = {0, len(ordered) - 1}
    if len(ordered) > 2:
        labeled.add(len(ordered) // 2)
    for index in sorted(labeled):
        point = ordered[index]
        x = x_at(index, point)
        anchor = "middle"
        if len(ordered) > 1 and index == 0:
            anchor = "start"
        elif len(ordered) > 1 and index == len(ordered) - 1:
            anchor = "end"
        parts.append(svg.line(x, bottom, x, bottom + 4, stroke=MUTED, width=None))
        parts.append(
            svg.text_with(x, bottom + 18, point.label, text_anchor=anchor, font_size=11, fill=TEXT)
        )
    parts.append(
        svg.text_with(
            HISTORY_LEFT + plot_width / 2,
            HISTORY_HEIGHT - 8,
            tr.gettext("Date taken"),
            text_anchor="middle",
            font_size=11,
            fill=MUTED,
        )
    )
    for name, colour, dash, field in (
        (tr.gettext("anxiety"), ANXIETY_COLOUR, {}, "anxiety"),
        (tr.gettext("avoidance"), AVOIDANCE_COLOUR, {"stroke_dasharray": "6 4"}, "avoidance"),
    ):
        coords = [
            (x_at(i, p), y_at(float(format_score(getattr(p, field)))), p)
            for i, p in enumerate(ordered)
        ]
        if len(coords) > 1:
            parts.append(
                svg.polyline(
                    [(x, y) for x, y, _ in coords],
                    stroke=colour,
                    stroke_width=2.5,
                    **dash,
                    class_=f"history-line history-{field}",
                )
            )
        marker = _circle if field == "anxiety" else _square
        for x, y, point in coords:
            tip = f"{point.label}: {name} {format_score(getattr(point, field))}"
            parts.append(marker(x, y, colour, tip))
    return svg.close_svg(parts)


def _axis_title(x: float, y: float, words: str, **attrs: object) -> str:
    """An axis title of the map: bold words centred on (x, y); ``attrs`` (a ``transform``)
    come first, as ``text_with`` writes them."""
    return svg.text_with(
        x, y, words, **attrs, text_anchor="middle", font_size=12, font_weight=600, fill=TEXT
    )


def _open(chart_id: str, width: int, height: int, title: str, desc: str, classes: str) -> str:
    return svg.open_svg(
        chart_id, height, title, desc, classes=classes, width=width, inherit_font=False
    )


def _circle(x: float, y: float, colour: str, tip: str = "") -> str:
    return svg.circle(x, y, 4.5, fill=colour, stroke="#ffffff", stroke_width=1.5, tip=tip)


def _square(x: float, y: float, colour: str, tip: str = "") -> str:
    return svg.rect(
        x - 4.5, y - 4.5, 9, 9, stroke="#ffffff", stroke_width=1.5, fill=colour, tip=tip
    )
