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


def test_it_labels_every_chart_for_assistive_technology():
    opened = charts.open_svg("c<1>", 50, "T & t", "D", classes="chart chart-line")
    assert 'aria-labelledby="c&lt;1&gt;-title c&lt;1&gt;-desc"' in opened
    assert '<title id="c&lt;1&gt;-title">T &amp; t</title>' in opened
    assert 'viewBox="0 0 400 50" role="img"' in opened
    empty = charts.empty_chart("e", "Title", "Nothing yet")
    assert empty.endswith("</svg>") and "Nothing yet</text>" in empty


def test_a_chart_renders_as_is_in_a_template_and_plain_text_does_not():
    rendered = Template("{{ chart }}|{{ plain }}").render(
        Context({"chart": charts.Svg("<svg></svg>"), "plain": "<svg></svg>"})
    )
    assert rendered == "<svg></svg>|&lt;svg&gt;&lt;/svg&gt;"
