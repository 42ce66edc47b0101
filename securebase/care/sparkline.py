"""A small anxiety sparkline for the caseload, with its text equivalent.

Pure module: no Django import. ``values`` holds one daily mean (0-10) per day, oldest first,
``None`` for a day without a check-in; gaps break the line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from securebase.core.charts import LINE, Svg, circle, esc, line, num, polyline

WIDTH = 120
HEIGHT = 28
PAD = 3
Y_MAX = 10


@dataclass(frozen=True)
class Summary:
    """What the sparkline's words say, numbers already written out (pages translate them)."""

    days: int  # days shown
    present: int  # days with a check-in
    first: str = ""
    last: str = ""
    lowest: str = ""
    highest: str = ""


def summarize(values: Sequence[float | None]) -> Summary:
    """Days with a check-in, first and last day's means, and the range."""
    present = [v for v in values if v is not None]
    if not present:
        return Summary(days=len(values), present=0)
    return Summary(
        days=len(values),
        present=len(present),
        first=num(present[0]),
        last=num(present[-1]),
        lowest=num(min(present)),
        highest=num(max(present)),
    )


def describe(values: Sequence[float | None]) -> str:
    """The sparkline in English words (the caseload writes them in the page's language)."""
    s = summarize(values)
    if not s.present:
        return f"No check-ins in the last {s.days} days."
    return (
        f"{s.present} of the last {s.days} days with a check-in; average anxiety "
        f"{s.first} on the first, {s.last} on the latest; lowest {s.lowest}, "
        f"highest {s.highest} (0 to 10)."
    )


def sparkline(values: Sequence[float | None], *, title: str) -> Svg:
    """An inline SVG line of ``values`` on a fixed 0-10 scale; decorative text in <title>.

    Every value in the markup is escaped here (``core.charts.Svg``: a template shows it as is).
    """
    count = len(values)
    step = (WIDTH - 2 * PAD) / max(count - 1, 1)

    def y(value: float) -> float:
        return HEIGHT - PAD - (HEIGHT - 2 * PAD) * min(max(value, 0), Y_MAX) / Y_MAX

    runs: list[list[tuple[float, float]]] = [[]]
    for index, value in enumerate(values):
        if value is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((PAD + index * step, y(value)))
    lines = "".join(polyline(run, stroke=LINE, stroke_width=2) for run in runs if len(run) > 1)
    # A day on its own between gaps has no line to sit on: a dot shows it.
    singles = "".join(circle(*run[0], 2, fill=LINE) for run in runs if len(run) == 1)
    safe_title = esc(title)
    return Svg(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" viewBox="0 0 {WIDTH} '
        f'{HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{safe_title}">'
        f"<title>{safe_title}</title>"
        f"{line(0, HEIGHT - PAD, WIDTH, HEIGHT - PAD, width=None)}{lines}{singles}</svg>"
    )
