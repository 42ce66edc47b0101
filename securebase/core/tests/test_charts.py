"""The shared SVG pieces: escaped as written, safe in a template without marking."""

import pytest
from django.template import Context, Template

from securebase.core import charts


@pytest.mark.parametrize(("value", "text"), [(3.0, "3"), (2.25, "2.2"), (2.26, "2.3"), (10, "10")])
def test_it_writes_coordinates_with_at_most_one_decimal(value, text):
    assert charts.num(value) == text


def test_it_escapes_text_and_attribute_values():
    made = charts.text(1, 2, '<b>"me" & you</b>', anchor="end", cls='x"y')
    assert made == (
        '<text x="1" y="2" font-size="14" fill="#24292f" text-anchor="end" class="x&quot;y">'
        "&lt;b&gt;&quot;me&quot; &amp; you&lt;/b&gt;</text>"
    )
    assert charts.text_with(0, 0, "a", font_size=11, text_anchor="middle") == (
        '<text x="0" y="0" font-size="11" text-anchor="middle">a</text>'
    )


def test_it_draws_lines_with_optional_width_dash_and_class():
    assert charts.line(0, 10.0, 400, 10.0) == (
        '<line x1="0" y1="10" x2="400" y2="10" stroke="#d0d7de" stroke-width="1"/>'
    )
    assert charts.line(1, 2, 3, 4.25, stroke="#000", width=None, dash="5 4", cls="a") == (
        '<line x1="1" y1="2" x2="3" y2="4.2" stroke="#000" stroke-dasharray="5 4" class="a"/>'
    )


def test_it_draws_rects_with_a_tip_and_any_attributes():
    assert charts.rect(0, 1.0, 12, 12, fill="#fff", cls="swatch") == (
        '<rect x="0" y="1" width="12" height="12" fill="#fff" class="swatch"/>'
    )
    assert charts.rect(1, 2, 3, 4, fill="#000", tip="Week <1>: 3", rx=2) == (
        '<rect x="1" y="2" width="3" height="4" rx="2" fill="#000">'
        "<title>Week &lt;1&gt;: 3</title></rect>"
    )


def test_it_draws_polylines_and_circles_with_attributes_in_the_order_given():
    made = charts.polyline([(0, 1.25), (2.0, 3)], stroke="#000", stroke_width=2.5, class_="l")
    assert made == (
        '<polyline points="0,1.2 2,3" fill="none" stroke="#000" stroke-width="2.5" class="l"/>'
    )
    assert charts.circle(1, 2.0, 3, fill="#fff", class_="p") == (
        '<circle cx="1" cy="2" r="3" fill="#fff" class="p"/>'
    )
    assert charts.polyline([(1, 2)], stroke="#000", tip="Ana & me") == (
        '<polyline points="1,2" fill="none" stroke="#000"><title>Ana &amp; me</title></polyline>'
    )
    assert charts.circle(0, 0, 4.5, fill="#000", stroke="#fff", tip="Jan <1>: 3") == (
        '<circle cx="0" cy="0" r="4.5" fill="#000" stroke="#fff">'
        "<title>Jan &lt;1&gt;: 3</title></circle>"
    )


def test_it_labels_every_chart_for_assistive_technology():
    opened = charts.open_svg("c<1>", 50, "T & t", "D", classes="chart chart-line")
    assert 'aria-labelledby="c&lt;1&gt;-title c&lt;1&gt;-desc"' in opened
    assert '<title id="c&lt;1&gt;-title">T &amp; t</title>' in opened
    assert 'viewBox="0 0 400 50" role="img" focusable="false"' in opened
    empty = charts.empty_chart("e", "Title", "Nothing yet")
    assert empty.endswith("</svg>") and "Nothing yet</text>" in empty


def test_it_closes_a_chart_after_its_parts():
    closed = charts.close_svg(["<svg>", "<line/>", "<text>a</text>"])
    assert closed == "<svg><line/><text>a</text></svg>"
    assert isinstance(closed, charts.Svg)


def test_a_chart_renders_as_is_in_a_template_and_plain_text_does_not():
    rendered = Template("{{ chart }}|{{ plain }}").render(
        Context({"chart": charts.Svg("<svg></svg>"), "plain": "<svg></svg>"})
    )
    assert rendered == "<svg></svg>|&lt;svg&gt;&lt;/svg&gt;"


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "",
        "a & b",
        "<b>",
        '"quoted"',
        "it's",
        "&amp;",
        "ñandú <ü> 'x' & \"y\"",
        3,
        2.5,
        None,
    ],
)
def test_esc_writes_what_html_escape_writes(value):
    import html

    assert charts.esc(value) == html.escape(str(value), quote=True)
