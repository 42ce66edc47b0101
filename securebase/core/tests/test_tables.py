"""``{% rows %}`` writes the body rows a template loop would, escaped."""

from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.template import engines
from django.utils import translation


@dataclass
class Row:
    start_text: str
    mean: float
    low: int


def render(source: str, **context) -> str:
    return engines["django"].from_string(source).render(context)


def test_it_writes_what_the_template_loop_wrote_in_both_languages():
    from django.utils.translation import gettext_lazy

    items = [
        Row("Dec 1, 2026", 5.5, 3),
        Row("Dec 2, 2026", 7.0, 6),
        Row("<b>&", 0.25, 0),
        Row(gettext_lazy("Average"), Decimal("6.5"), 2),
        Row("Dec 3, 2026", Decimal("-0.3"), 10),
    ]
    loop = (
        '{% load l10n %}{% for p in items %}<tr><th scope="row">{{ p.start_text }}</th>'
        "<td>{{ p.mean|unlocalize }}</td><td>{{ p.low }}</td></tr>{% endfor %}"
    )
    tag = '{% load tables %}{% rows items "start_text" "mean" "low" %}'
    for language in ("en", "es"):
        with translation.override(language):
            assert render(tag, items=items) == render(loop, items=items)


def test_text_is_escaped_and_safe_text_is_kept():
    from django.utils.safestring import mark_safe

    html = render(
        '{% load tables %}{% rows items "start_text" "low" %}',
        items=[Row('<script>"x"</script>', 1.0, 2), Row(mark_safe("<em>kept</em>"), 1.0, 3)],
    )
    assert html == (
        '<tr><th scope="row">&lt;script&gt;&quot;x&quot;&lt;/script&gt;</th><td>2</td></tr>'
        '<tr><th scope="row"><em>kept</em></th><td>3</td></tr>'
    )


def test_no_rows_write_nothing_and_a_missing_value_is_an_error_not_a_blank():
    assert render('{% load tables %}{% rows items "start_text" %}', items=[]) == ""
    with pytest.raises(TypeError):
        render('{% load tables %}{% rows items "start_text" "low" %}', items=[Row("a", 1.0, None)])
    with pytest.raises(TypeError):
        render('{% load tables %}{% rows items "start_text" "low" %}', items=[Row("a", 1.0, False)])


@dataclass
class Week:
    start: object
    count: int


def test_a_calendar_date_is_written_as_the_site_writes_short_dates_in_the_pages_language():
    from datetime import date

    from securebase.core import dates

    items = [Week(date(2026, 12, 2), 3), Week(date(2027, 1, 4), 0)]
    tag = '{% load tables %}{% rows items "start" "count" %}'
    for language, first in (("en", "Dec 2, 2026"), ("es", "2 dic 2026")):
        with translation.override(language):
            html = render(tag, items=items)
            expected = "".join(
                f'<tr><th scope="row">{dates.short_date(w.start)}</th><td>{w.count}</td></tr>'
                for w in items
            )
        assert html == expected
        assert f'<th scope="row">{first}</th>' in html


def test_a_moment_is_not_taken_for_a_calendar_date():
    from datetime import UTC, datetime

    html = render(
        '{% load tables %}{% rows items "start" "count" %}',
        items=[Week(datetime(2026, 12, 2, 18, 0, tzinfo=UTC), 1)],
    )
    assert "Dec 2, 2026" not in html


@dataclass
class Mixed:
    start: object
    count: object
    mean: object
    text: object


def test_the_cells_written_inline_are_the_reference_cells_in_both_languages():
    from datetime import date

    from django.utils.safestring import mark_safe
    from django.utils.translation import gettext_lazy

    from securebase.core.templatetags.tables import _cell, rows

    items = [
        Mixed(date(2026, 12, 2), 3, 2.5, "a <b> & 'c'"),
        Mixed(date(2027, 1, 4), 0, Decimal("6.5"), mark_safe("<em>kept</em>")),
        Mixed("Dec 3, 2026", 10, 0.25, gettext_lazy("Average")),
        Mixed(mark_safe("<i>x</i>"), 7, Decimal("-0.3"), "ñ"),
    ]
    fields = ("start", "count", "mean", "text")
    for language in ("en", "es"):
        with translation.override(language):
            expected = "".join(
                f'<tr><th scope="row">{_cell(item.start, language)}</th>'
                + "".join(f"<td>{_cell(getattr(item, f), language)}</td>" for f in fields[1:])
                + "</tr>"
                for item in items
            )
            assert rows(items, *fields) == expected
            one = "".join(f'<tr><th scope="row">{_cell(i.text, language)}</th></tr>' for i in items)
            assert rows(items, "text") == one


@dataclass
class Said:
    label: object
    value: object


def test_definitions_write_what_the_template_loop_wrote():
    from django.utils.safestring import mark_safe

    items = [Said("Days <with> “x”", "12"), Said("A & B", "4.5"), Said(mark_safe("<b>b</b>"), "'")]
    loop = (
        "{% for item in items %}<div><dt>{{ item.label }}</dt><dd>{{ item.value }}</dd></div>"
        "{% endfor %}"
    )
    tag = '{% load tables %}{% definitions items "label" "value" %}'
    assert render(tag, items=items) == render(loop, items=items)
    assert render(tag, items=[]) == ""


def test_a_field_may_name_the_date_style_it_is_written_in():
    from datetime import UTC, date, datetime

    from securebase.core import dates

    items = [Week(date(2026, 12, 2), 3), Week(date(2027, 1, 4), 0)]
    for language in ("en", "es"):
        with translation.override(language):
            for style, write in (("weekday", dates.weekday_date), ("month", dates.month_year)):
                html = render(
                    f'{{% load tables %}}{{% rows items "start:{style}" "count" %}}', items=items
                )
                expected = "".join(
                    f'<tr><th scope="row">{write(w.start)}</th><td>{w.count}</td></tr>'
                    for w in items
                )
                assert html == expected
    with pytest.raises(TypeError):
        render(
            '{% load tables %}{% rows items "start:weekday" %}',
            items=[Week(datetime(2026, 12, 2, 18, 0, tzinfo=UTC), 1)],
        )
