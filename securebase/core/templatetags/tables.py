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
from operator import attrgetter

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from securebase.core import dates, wording
from securebase.core.charts import esc

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
    and a date written as a short date in the page's language. A field may name another date
    style after a colon: ``"day:weekday"`` ("Wed, Dec 2, 2026") or ``"start:month"``
    ("Dec 2026"), as ``core/dates.py`` writes them.

    Each row's values are read in one step and the commonest cells (numbers, dates) written
    inline, since a table of a hundred rows writes five hundred cells; ``_cell`` is the
    reference, and writes everything else.
    """
    language = wording.language()
    write_date = dates.date_writer(language)
    names, styled = [], []
    for field in fields:
        name, _, style = field.partition(":")
        names.append(name)
        styled.append(_styled(dates.date_writer(language, style)) if style else None)
    read = attrgetter(*names) if len(names) > 1 else lambda item: (getattr(item, names[0]),)
    # What goes before and after each cell, the row's opening and closing included.
    before = ('<tr><th scope="row">',) + ("<td>",) * (len(fields) - 1)
    after = ("</th>",) + ("</td>",) * (len(fields) - 1)
    after = (*after[:-1], after[-1] + "</tr>")
    written = []
    for item in items:
        for opening, value, closing, write in zip(before, read(item), after, styled, strict=True):
            kind = type(value)
            if write is not None:
                text = write(value)
            elif kind is int or kind is float or kind is Decimal:
                text = str(value)
            elif kind is date:
                text = write_date(value)
            elif kind is str:
                text = esc(value)
            else:
                text = _cell(value, language)
            written.append(f"{opening}{text}{closing}")
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped


def _styled(write):
    def write_day(value) -> str:
        if type(value) is not date:  # a calendar day, never a moment
            raise TypeError(f"A date style needs a calendar date, not {value!r}.")
        return write(value)

    return write_day


def _text(value) -> str:
    # As ``{{ value }}`` writes text on a page: plain text escaped, safe markup as it is.
    return esc(value) if type(value) is str else conditional_escape(value)


@register.simple_tag
def definitions(items, term: str, detail: str):
    """``{% definitions insight.evidence "label" "value" %}``: a ``<div><dt>…</dt><dd>…</dd>
    </div>`` per item, as a template loop writing ``{{ item.label }}`` and ``{{ item.value }}``
    would (text escaped, safe markup kept), for text values."""
    read = attrgetter(term, detail)
    written = []
    for item in items:
        label, value = read(item)
        written.append(f"<div><dt>{_text(label)}</dt><dd>{_text(value)}</dd></div>")
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped
