"""The pieces every server-drawn SVG chart is built from: one home for all apps' charts.

Charts are plain markup built on the server: no JavaScript, no third-party request, no
inline style (the Content-Security-Policy forbids it) — colours are SVG presentation
attributes plus a class per part so a stylesheet can restyle them. Every piece of text and
every attribute value is escaped as it is written (``esc``), and a finished chart is an
:class:`Svg`, which templates render as it is: no view marks chart markup safe. Each chart
carries a title and a description for assistive technology, and the page shows a table of
the same numbers beside it.

Pure module: no Django import.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from html import escape

WIDTH = 400
FONT_SIZE = 14

INK = "#24292f"
MUTED = "#57606a"
GRID = "#d0d7de"
LINE = "#1f5f8b"


class Svg(str):
    """SVG markup whose text and attribute values were all escaped when it was built.

    ``__html__`` tells Django templates it is already escaped.
    """

    __slots__ = ()

    def __html__(self) -> str:
        return str(self)


def esc(value: object) -> str:
    """``value`` escaped for SVG text or a quoted attribute value: ``html.escape``'s text.

    A chart escapes a thousand values (colours, classes, dates), nearly all with nothing to
    escape: those are answered by five membership tests instead of five replacements.
    """
    text = value if type(value) is str else str(value)
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return escape(text, quote=True)
    return text


def num(value: float) -> str:
    """A coordinate with at most one decimal, without a trailing ".0" (small, stable markup)."""
    text = f"{value:.1f}"
    return text[:-2] if text[-2:] == ".0" else text


def text(
    x: float,
    y: float,
    content: str,
    *,
    anchor: str = "start",
    cls: str = "",
    size: int = FONT_SIZE,
    fill: str = INK,
) -> str:
    """A ``<text>`` element in the charts' ink and size, its content escaped."""
    klass = f' class="{esc(cls)}"' if cls else ""
    return (
        f'<text x="{num(x)}" y="{num(y)}" font-size="{size}" fill="{esc(fill)}" '
        f'text-anchor="{esc(anchor)}"{klass}>{esc(content)}</text>'
    )


@cache
def _attribute_name(name: str) -> str:
    # The charts use a few keyword names: each is spelled as an attribute once.
    return name.rstrip("_").replace("_", "-")


def _attributes(attrs: dict[str, object]) -> str:
    """Keyword arguments as SVG attributes: ``font_size=12`` writes ``font-size="12"`` and
    ``class_="x"`` writes ``class="x"`` (a trailing underscore dodges Python's keywords)."""
    return "".join(f' {_attribute_name(name)}="{esc(v)}"' for name, v in attrs.items())


def text_with(x: float, y: float, content: str, **attrs: object) -> str:
    """A ``<text>`` element with any attributes (``font_size=12`` writes ``font-size``)."""
    return f'<text x="{num(x)}" y="{num(y)}"{_attributes(attrs)}>{esc(content)}</text>'


def rect(
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    fill: str,
    cls: str = "",
    tip: str = "",
    **attrs: object,
) -> str:
    """A ``<rect>`` filled with ``fill``: a bar, a calendar cell, a legend swatch.

    ``tip`` becomes its ``<title>``, the tooltip and what a screen reader says for it; other
    attributes (``rx=2``, ``stroke=...``) are written as ``text_with`` writes them.
    """
    klass = f' class="{esc(cls)}"' if cls else ""
    opened = (
        f'<rect x="{num(x)}" y="{num(y)}" width="{num(width)}" height="{num(height)}"'
        f'{_attributes(attrs)} fill="{esc(fill)}"{klass}'
    )
    return f"{opened}><title>{esc(tip)}</title></rect>" if tip else f"{opened}/>"


def line(
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    *,
    stroke: str = GRID,
    width: float | None = 1,
    dash: str = "",
    cls: str = "",
) -> str:
    """A ``<line>`` from (x1, y1) to (x2, y2): a grid line, an axis, a tick or a legend sample.

    ``width`` None leaves the stroke width to SVG's default; ``dash`` is a dash pattern
    ("5 4"); ``cls`` a class for a stylesheet.
    """
    stroke_width = "" if width is None else f' stroke-width="{num(width)}"'
    dashes = f' stroke-dasharray="{esc(dash)}"' if dash else ""
    klass = f' class="{esc(cls)}"' if cls else ""
    return (
        f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" '
        f'stroke="{esc(stroke)}"{stroke_width}{dashes}{klass}/>'
    )


def polyline(points: Iterable[tuple[float, float]], *, tip: str = "", **attrs: object) -> str:
    """An unfilled ``<polyline>`` through ``points`` (x, y): a series drawn as a line.

    ``tip`` becomes its ``<title>`` (the series' name), as for ``rect``; its attributes
    (``stroke=``, ``stroke_width=``, ``class_=``) are written in the order given, as
    ``text_with`` writes them.
    """
    path = " ".join(f"{num(x)},{num(y)}" for x, y in points)
    opened = f'<polyline points="{path}" fill="none"{_attributes(attrs)}'
    return f"{opened}><title>{esc(tip)}</title></polyline>" if tip else f"{opened}/>"


def circle(x: float, y: float, radius: float, *, tip: str = "", **attrs: object) -> str:
    """A ``<circle>`` centred on (x, y): a data point.

    ``tip`` becomes its ``<title>``, as for ``rect``; its attributes (``fill=``, ``stroke=``,
    ``class_=``) are written in the order given, as ``text_with`` writes them.
    """
    opened = f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(radius)}"{_attributes(attrs)}'
    return f"{opened}><title>{esc(tip)}</title></circle>" if tip else f"{opened}/>"


def open_svg(
    chart_id: str,
    height: float,
    title: str,
    description: str,
    *,
    classes: str = "chart",
    width: float = WIDTH,
    inherit_font: bool = True,
) -> str:
    """The opening ``<svg>`` with its role, title and description (finish with ``close_svg``).

    ``focusable="false"`` keeps older browsers from giving every chart a tab stop; the table
    beside it carries the numbers for a keyboard or screen-reader user.
    """
    cid = esc(chart_id)
    font = ' font-family="inherit"' if inherit_font else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{esc(classes)}" '
        f'viewBox="0 0 {num(width)} {num(height)}" role="img" focusable="false" '
        f'aria-labelledby="{cid}-title {cid}-desc"{font}>'
        f'<title id="{cid}-title">{esc(title)}</title>'
        f'<desc id="{cid}-desc">{esc(description)}</desc>'
    )


def close_svg(parts: Iterable[str]) -> Svg:
    """The finished chart: ``parts`` (``open_svg``'s first, then every piece drawn) joined,
    and the ``<svg>`` closed."""
    return Svg("".join(parts) + "</svg>")


def empty_chart(chart_id: str, title: str, message: str, *, classes: str = "chart") -> Svg:
    """A small chart that only says ``message`` (no data yet), described by it too."""
    opened = open_svg(chart_id, 40, title, message, classes=classes)
    return close_svg((opened, text(WIDTH / 2, 25, message, anchor="middle", cls="chart-empty")))
