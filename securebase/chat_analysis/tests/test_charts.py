"""Charts are well-formed SVG with escaped text, and summaries keep numbers only."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from securebase.chat_analysis.engine.parsers import parse_export
from securebase.chat_analysis.presentation import charts, display
from securebase.chat_analysis.presentation.report import report_data
from securebase.chat_analysis.presentation.summary import summary_numbers

FIXTURES = Path(__file__).parent / "fixtures"
SVG = "{http://www.w3.org/2000/svg}"


def sam_data():
    [conv] = parse_export(FIXTURES / "WhatsApp Chat with Sam.txt", tz=ZoneInfo("UTC"))
    return report_data(conv, me=0, them=1, now=datetime(2024, 3, 16, 9, tzinfo=UTC))


def test_it_draws_every_chart_as_valid_svg_with_a_title_and_description():
    view = display.build(sam_data(), me="Robin", them="Sam")
    charts_shown = ("their_histogram", "my_histogram", "heatmap", "my_heatmap", "monthly")
    for key in (*charts_shown, "reassurance_chart"):
        root = ET.fromstring(str(view[key]))
        assert root.tag == f"{SVG}svg"
        assert root.get("role") == "img"
        assert root.find(f"{SVG}title").text
        assert root.find(f"{SVG}desc").text
        assert "style=" not in str(view[key])  # the Content-Security-Policy forbids it


def test_it_escapes_names_in_charts():
    view = display.build(sam_data(), me="<b>me</b>", them='"them" & co')
    for key in ("their_histogram", "monthly", "heatmap"):
        markup = str(view[key])
        assert "<b>" not in markup
        ET.fromstring(markup)  # still well-formed


def test_it_sizes_histogram_bars_by_their_counts():
    svg = charts.histogram_chart("h", [0, 0, 2, 0, 0, 1] + [0] * 8, title="t", description="d")
    bars = ET.fromstring(str(svg)).findall(f"{SVG}rect")
    heights = [float(bar.get("height")) for bar in bars]
    assert heights[2] == 2 * heights[5] > 0
    assert heights[0] == 0


def test_it_shades_longer_waits_darker():
    assert charts.heat_colour(60) == charts.HEAT[0]
    assert charts.heat_colour(4 * 3600) == charts.HEAT[4]
    assert charts.heat_colour(86400) == charts.HEAT[-1]


def test_it_keeps_no_names_or_text_in_a_saved_summary():
    data = sam_data()
    numbers = summary_numbers(data)
    stored = json.dumps(numbers)
    for text in ("Robin", "Sam", "tired", "sunshine"):
        assert text not in stored
    assert numbers["their_replies"]["day"]["count"] == 3
    assert numbers["their_replies"]["day"]["median"] is None  # too few replies for one
    assert numbers["messages"] == {"me": 5, "them": 5}
    # A saved summary renders with the same display code as a live report.
    view = display.build(numbers, me="You", them="Them")
    assert view["their_typical"] == ""
