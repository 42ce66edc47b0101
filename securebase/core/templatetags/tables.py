"""``{% load tables %}``: the body rows of a data table, written in one pass.

The table equivalents of the charts can run to a hundred rows of five cells; written as a
template loop, each cell is a variable lookup, a localization and an escape through the
template engine, and those loops were a third of the trends page's time. ``{% rows %}`` writes
the same markup directly.

A calendar date in a cell is written as ``core/dates.py``'s short date ("Dec 2, 2026",
"2 dic 2026"), the page's language read once per table: a date property such as
``start_text`` reads it again for every row.
"""

import html
from datetime import date
from decimal import Decimal

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from securebase.core import dates, wording

register = template.Library()


def _cell(value, language: str) -> str:
    # Numbers as Python writes them, like ``|unlocalize``: the tables keep a point for
    # decimals in every language, as the charts beside them do. The common kinds are told
    # apart by their exact type first: a table of a hundred rows asks this five hundred times.
    kind = type(value)
    if kind is int or kind is float or kind is Decimal:
        return str(value)
    if kind is str:
        return html.escape(value)
    if kind is date:  # a calendar day, never a moment (a datetime would need a zone)
        return dates.short_date(value, language=language)
    if isinstance(value, bool) or value is None:
        raise TypeError(f"A table cell needs a number or text, not {value!r}.")
    if isinstance(value, int | float | Decimal):
        return str(value)
    return conditional_escape(value)


@register.simple_tag
def rows(items, *fields: str):
    """``{% rows tables.anxiety "start" "mean" "low" %}``: a ``<tr>`` per item, the first
    field in a row header (``<th scope="row">``), the others in cells, every value escaped
    and a date written as a short date in the page's language."""
    header, *cells = fields
    language = wording.language()
    written = []
    for item in items:
        written.append(f'<tr><th scope="row">{_cell(getattr(item, header), language)}</th>')
        written.extend(f"<td>{_cell(getattr(item, name), language)}</td>" for name in cells)
        written.append("</tr>")
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped
