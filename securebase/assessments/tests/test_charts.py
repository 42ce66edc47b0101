"""The SVG charts: well-formed, escaped, labeled honestly, points where the scores say."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from fractions import Fraction

import pytest

from securebase.assessments import charts
from securebase.assessments.charts import HistoryPoint

SVG = "{http://www.w3.org/2000/svg}"


def parse(markup):
    return ET.fromstring(markup)


def all_text(root):
    return " ".join(t for t in root.itertext())


def the_point(root):
    (point,) = [c for c in root.iter(f"{SVG}circle") if c.get("class") == "map-point"]
    return float(point.get("cx")), float(point.get("cy"))


def test_it_labels_the_map_as_descriptions_and_not_a_diagnosis():
    root = parse(charts.attachment_map_svg(anxiety=Fraction(30, 18), avoidance=5))
    text = all_text(root)
    for name in (
        "Secure",
        "Anxious\N{EN DASH}preoccupied",
        "Dismissing\N{EN DASH}avoidant",
        "Fearful\N{EN DASH}avoidant",
    ):
        assert name in text
    assert "not a diagnosis" in text
    assert "interpretation aid" in text
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "attachment-map-title attachment-map-desc"


def test_it_says_the_scores_and_the_region_in_the_title_and_description():
    root = parse(charts.attachment_map_svg(anxiety=Fraction(30, 18), avoidance=5))
    assert root.find(f"{SVG}title").text.startswith(
        "Your attachment map: anxiety 1.7, avoidance 5.0"
    )
    assert "described as Dismissing\N{EN DASH}avoidant" in root.find(f"{SVG}desc").text


@pytest.mark.parametrize(
    ("anxiety", "avoidance", "expected"),
    [
        # Plot square: left 44, top 30, side 280; avoidance across, anxiety up.
        (7, 1, (44, 30)),
        (1, 7, (324, 310)),
        (4, 4, (184, 170)),
        (Fraction(114, 18), 3, (44 + 2 / 6 * 280, 30 + 280 - 5.3 / 6 * 280)),
    ],
)
def test_it_places_the_point_at_the_displayed_scores(anxiety, avoidance, expected):
    x, y = the_point(parse(charts.attachment_map_svg(anxiety=anxiety, avoidance=avoidance)))
    assert x == pytest.approx(expected[0], abs=0.06)
    assert y == pytest.approx(expected[1], abs=0.06)


def test_it_says_when_the_point_sits_on_a_midline():
    root = parse(charts.attachment_map_svg(anxiety=4, avoidance=2))
    assert (
        "on the midline between Secure and Anxious\N{EN DASH}preoccupied"
        in root.find(f"{SVG}desc").text
    )


def test_it_escapes_the_chart_id():
    markup = charts.attachment_map_svg(anxiety=4, avoidance=4, chart_id='x"><script>')
    assert "<script>" not in markup
    parse(markup)


def at(day, hour=12):
    return datetime(2025, 1, 1, hour, tzinfo=UTC) + timedelta(days=day)


def test_it_draws_both_lines_through_every_result():
    points = [
        HistoryPoint(at(7 * i), f"Week {i}", anxiety=6 - i * 0.2, avoidance=3 + i * 0.05)
        for i in range(24)
    ]
    root = parse(charts.history_chart_svg(points))
    lines = {line.get("class"): line for line in root.iter(f"{SVG}polyline")}
    assert set(lines) == {"history-line history-anxiety", "history-line history-avoidance"}
    for line in lines.values():
        assert len(line.get("points").split()) == 24
    # Avoidance differs by dash and by marker shape, not by color alone.
    assert lines["history-line history-avoidance"].get("stroke-dasharray")
    tips = [t.text for t in root.iter(f"{SVG}title")]
    assert "Week 0: anxiety 6.0" in tips
    assert "Week 23: avoidance 4.2" in tips  # 3 + 23 * 0.05 = 4.15, shown half up as 4.2


def test_it_spaces_results_by_time_and_oldest_first():
    points = [
        HistoryPoint(at(30), "Late", anxiety=2, avoidance=2),
        HistoryPoint(at(0), "Early", anxiety=6, avoidance=5),
        HistoryPoint(at(10), "Middle", anxiety=4, avoidance=3),
    ]
    root = parse(charts.history_chart_svg(points))
    anxiety_line = next(
        line for line in root.iter(f"{SVG}polyline") if "history-anxiety" in line.get("class")
    )
    xs = [float(pair.split(",")[0]) for pair in anxiety_line.get("points").split()]
    # Plot runs from 34 to 326 (width 292): day 10 of 30 sits a third of the way.
    assert xs == pytest.approx([34, 34 + 292 / 3, 326], abs=0.06)
    assert "From Early to Late" in root.find(f"{SVG}desc").text


def test_it_spreads_results_taken_at_the_same_moment():
    points = [HistoryPoint(at(0), f"R{i}", anxiety=4, avoidance=4) for i in range(3)]
    root = parse(charts.history_chart_svg(points))
    line = next(root.iter(f"{SVG}polyline"))
    xs = [float(pair.split(",")[0]) for pair in line.get("points").split()]
    assert xs == pytest.approx([34, 180, 326], abs=0.06)


def test_it_draws_a_single_result_without_a_line():
    root = parse(charts.history_chart_svg([HistoryPoint(at(0), "Today", 3, 5)]))
    assert list(root.iter(f"{SVG}polyline")) == []
    assert "Today: anxiety 3.0" in [t.text for t in root.iter(f"{SVG}title")]


def test_it_draws_nothing_without_results():
    assert charts.history_chart_svg([]) == ""


def test_it_escapes_every_label():
    markup = charts.history_chart_svg(
        [
            HistoryPoint(at(0), "<script>alert(1)</script>", 3, 5),
            HistoryPoint(at(1), 'a "quoted" & <b>', 3, 5),
        ]
    )
    assert "<script>" not in markup
    assert "<b>" not in markup
    assert "&lt;script&gt;" in markup
    texts = all_text(parse(markup))
    assert "<script>alert(1)</script>" in texts
    assert 'a "quoted" & <b>' in texts


def test_it_uses_no_style_attributes():
    markup = charts.attachment_map_svg(anxiety=3, avoidance=3) + charts.history_chart_svg(
        [HistoryPoint(at(0), "a", 3, 5), HistoryPoint(at(1), "b", 4, 4)]
    )
    assert "style=" not in markup
    assert "<script" not in markup
