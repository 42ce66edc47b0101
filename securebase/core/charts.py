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
    """``value`` escaped for SVG text or a quoted attribute value."""
    return escape(str(value), quote=True)


def num(value: float) -> str:
    """A coordinate with at most one decimal, without a trailing ".0" (small, stable markup)."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


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


def text_with(x: float, y: float, content: str, **attrs: object) -> str:
    """A ``<text>`` element with any attributes (``font_size=12`` writes ``font-size``)."""
    extra = "".join(
        f' {name.rstrip("_").replace("_", "-")}="{esc(v)}"' for name, v in attrs.items()
    )
    return f'<text x="{num(x)}" y="{num(y)}"{extra}>{esc(content)}</text>'


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
    """The opening ``<svg>`` with its role, title and description (close it with ``</svg>``)."""
    cid = esc(chart_id)
    font = ' font-family="inherit"' if inherit_font else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{esc(classes)}" '
        f'viewBox="0 0 {num(width)} {num(height)}" role="img" '
        f'aria-labelledby="{cid}-title {cid}-desc"{font}>'
        f'<title id="{cid}-title">{esc(title)}</title>'
        f'<desc id="{cid}-desc">{esc(description)}</desc>'
    )


def empty_chart(chart_id: str, title: str, message: str, *, classes: str = "chart") -> Svg:
    """A small chart that only says ``message`` (no data yet), described by it too."""
    return Svg(
        open_svg(chart_id, 40, title, message, classes=classes)
        + text(WIDTH / 2, 25, message, anchor="middle", cls="chart-empty")
        + "</svg>"
    )
