"""``{% load tables %}``: the body rows of a data table, written in one pass.

The table equivalents of the charts can run to a hundred rows of five cells; written as a
template loop, each cell is a variable lookup, a localization and an escape through the
template engine, and those loops were a third of the trends page's time. ``{% rows %}`` writes
the same markup directly.
"""

import html
from decimal import Decimal

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


def _cell(value) -> str:
    # Numbers as Python writes them, like ``|unlocalize``: the tables keep a point for
    # decimals in every language, as the charts beside them do. The common kinds are told
    # apart by their exact type first: a table of a hundred rows asks this five hundred times.
    kind = type(value)
    if kind is int or kind is float or kind is Decimal:
        return str(value)
    if kind is str:
        return html.escape(value)
    if isinstance(value, bool) or value is None:
        raise TypeError(f"A table cell needs a number or text, not {value!r}.")
    if isinstance(value, int | float | Decimal):
        return str(value)
    return conditional_escape(value)


@register.simple_tag
def rows(items, *fields: str):
    """``{% rows tables.anxiety "start_text" "mean" "low" %}``: a ``<tr>`` per item, the first
    field in a row header (``<th scope="row">``), the others in cells, every value escaped."""
    header, *cells = fields
    written = []
    for item in items:
        written.append(f'<tr><th scope="row">{_cell(getattr(item, header))}</th>')
        written.extend(f"<td>{_cell(getattr(item, name))}</td>" for name in cells)
        written.append("</tr>")
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped
