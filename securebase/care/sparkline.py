"""A small anxiety sparkline for the caseload, with its text equivalent.

Pure module: no Django import. ``values`` holds one daily mean (0-10) per day, oldest first,
``None`` for a day without a check-in; gaps break the line.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH = 120
HEIGHT = 28
PAD = 3
Y_MAX = 10


def _n(number: float) -> str:
    text = f"{number:.1f}"
    return text[:-2] if text.endswith(".0") else text


def describe(values: Sequence[float | None]) -> str:
    """The sparkline in words: days with a check-in, first and last day's means, range."""
    present = [v for v in values if v is not None]
    if not present:
        return f"No check-ins in the last {len(values)} days."
    first, last = present[0], present[-1]
    return (
        f"{len(present)} of the last {len(values)} days with a check-in; average anxiety "
        f"{_n(first)} on the first, {_n(last)} on the latest; lowest {_n(min(present))}, "
        f"highest {_n(max(present))} (0 to 10)."
    )


def sparkline(values: Sequence[float | None], *, title: str) -> str:
    """An inline SVG line of ``values`` on a fixed 0-10 scale; decorative text in <title>.

    Every value in the markup is escaped here, so the caller may mark it safe as it is.
    """
    count = len(values)
    step = (WIDTH - 2 * PAD) / max(count - 1, 1)

    def y(value: float) -> float:
        return HEIGHT - PAD - (HEIGHT - 2 * PAD) * min(max(value, 0), Y_MAX) / Y_MAX

    runs: list[list[str]] = [[]]
    dots = []
    for index, value in enumerate(values):
        if value is None:
            if runs[-1]:
                runs.append([])
            continue
        point = f"{_n(PAD + index * step)},{_n(y(value))}"
        runs[-1].append(point)
        dots.append(point)
    lines = "".join(
        f'<polyline points="{" ".join(run)}" fill="none" stroke="#1f5f8b" stroke-width="2"/>'
        for run in runs
        if len(run) > 1
    )
    singles = "".join(
        f'<circle cx="{run[0].split(",")[0]}" cy="{run[0].split(",")[1]}" r="2" fill="#1f5f8b"/>'
        for run in runs
        if len(run) == 1
    )
    safe_title = escape(title, quote=True)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" viewBox="0 0 {WIDTH} '
        f'{HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{safe_title}">'
        f"<title>{safe_title}</title>"
        f'<line x1="0" y1="{HEIGHT - PAD}" x2="{WIDTH}" y2="{HEIGHT - PAD}" stroke="#d0d7de"/>'
        f"{lines}{singles}</svg>"
    )
