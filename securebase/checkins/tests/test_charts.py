"""The SVG charts: well-formed, escaped, and drawn to scale."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from securebase.checkins import charts, stats
from securebase.checkins.charts import DatedValue, Svg, WeekPair

NS = {"svg": "http://www.w3.org/2000/svg"}


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def all_charts(title: str, label: str) -> list[Svg]:
    start = date(2025, 1, 6)
    return [
        charts.line_chart(
            [DatedValue(start, 3), DatedValue(start + timedelta(days=1), 5)],
            chart_id="c1",
            title=title,
            description=title,
        ),
        charts.bar_list_chart([(label, 3)], chart_id="c2", title=title, description=title),
        charts.diverging_week_chart(
            [WeekPair(start, 2, 1)],
            chart_id="c3",
            title=title,
            description=title,
            up_label=label,
            down_label=label,
        ),
        charts.day_grid_chart([(start, 1)], chart_id="c4", title=title, description=title),
        charts.before_after_chart(
            [(label, 7.0, 4.0)], chart_id="c5", title=title, description=title
        ),
        charts.share_bar([(label, 2)], chart_id="c6", title=title, description=title),
    ]


def test_it_escapes_every_piece_of_text():
    hostile = '<script>alert("x")</script> & "quotes"'
    for svg in all_charts(hostile, hostile):
        assert "<script" not in svg
        root = parse(svg)
        texts = [el.text for el in root.iter() if el.text]
        assert any(hostile in text for text in texts)


def test_it_is_labelled_for_assistive_technology():
    svg = all_charts("Anxiety over time", "x")[0]
    root = parse(svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "c1-title c1-desc"
    assert root.find("svg:title", NS).text == "Anxiety over time"
    assert root.find("svg:title", NS).get("id") == "c1-title"


def test_it_never_writes_a_style_attribute():
    for svg in all_charts("t", "l"):
        assert "style=" not in svg
        assert "<script" not in svg


def test_it_renders_as_already_escaped_html():
    svg = all_charts("t", "l")[0]
    assert isinstance(svg, Svg)
    assert svg.__html__() == str(svg)


def test_it_breaks_the_line_across_a_gap_in_the_data():
    start = date(2025, 1, 1)
    points = [
        DatedValue(start, 2),
        DatedValue(start + timedelta(days=1), 4),
        DatedValue(start + timedelta(days=10), 6),
        DatedValue(start + timedelta(days=11), 8),
    ]
    root = parse(charts.line_chart(points, chart_id="a", title="t", description="d"))
    lines = root.findall("svg:polyline", NS)
    assert len(lines) == 2
    # Plot area: x from 28 to 390 over 11 days; y from 10 (value 10) to 174 (value 0).
    assert lines[0].get("points") == "28,141.2 60.9,108.4"
    assert lines[1].get("points") == "357.1,75.6 390,42.8"


def test_it_keeps_a_weekly_line_unbroken_at_one_week_steps():
    start = date(2025, 1, 6)
    points = [DatedValue(start + timedelta(weeks=n), 5) for n in range(3)]
    root = parse(charts.line_chart(points, chart_id="a", title="t", description="d", gap_days=7))
    assert len(root.findall("svg:polyline", NS)) == 1


def test_it_scales_bars_to_the_largest_count():
    root = parse(
        charts.bar_list_chart(
            [("A slow reply", 6), ("Conflict", 3), ("Social media", 0)],
            chart_id="b",
            title="t",
            description="d",
        )
    )
    widths = [float(rect.get("width")) for rect in root.findall("svg:rect", NS)]
    assert widths == [360.0, 180.0, 0.0]


def test_it_draws_resisted_above_and_acted_below_the_axis():
    start = date(2025, 1, 6)
    root = parse(
        charts.diverging_week_chart(
            [WeekPair(start, 4, 2), WeekPair(start + timedelta(weeks=1), 0, 4)],
            chart_id="d",
            title="t",
            description="d",
            up_label="Resisted",
            down_label="Acted on",
        )
    )
    resisted = [r for r in root.findall("svg:rect", NS) if r.get("class") == "chart-resisted"]
    acted = [r for r in root.findall("svg:rect", NS) if r.get("class") == "chart-acted"]
    axis = float(root.find("svg:line", NS).get("y1"))
    # One legend swatch each, then the bars: resisted 4 (full height 70), acted 2 and 4.
    assert [float(r.get("height")) for r in resisted[1:]] == [70.0]
    assert float(resisted[1].get("y")) + 70 == axis
    assert [float(r.get("height")) for r in acted[1:]] == [35.0, 70.0]
    assert all(float(r.get("y")) == axis for r in acted[1:])


def test_it_fills_only_the_days_with_a_check_in():
    start = date(2025, 2, 3)
    days = [(start + timedelta(days=n), n % 2) for n in range(14)]
    root = parse(charts.day_grid_chart(days, chart_id="g", title="t", description="d"))
    classes = [r.get("class") for r in root.findall("svg:rect", NS)]
    assert classes.count("chart-day-on") == 7
    assert classes.count("chart-day-off") == 7
    assert root.findall("svg:text", NS)[0].text == "Mon"


def test_it_leaves_out_rows_with_nothing_to_compare():
    root = parse(
        charts.before_after_chart(
            [("Breathing", 7.0, 3.5), ("Grounding", None, None)],
            chart_id="p",
            title="t",
            description="d",
        )
    )
    widths = [float(r.get("width")) for r in root.findall("svg:rect", NS)]
    assert widths == [231.0, 115.5]  # 330 units for the 0-10 scale
    assert "Grounding" not in charts.before_after_chart(
        [("Grounding", None, None), ("Breathing", 1.0, 1.0)],
        chart_id="p",
        title="t",
        description="d",
    )


def test_it_splits_the_share_bar_and_labels_each_part():
    svg = charts.share_bar(
        [("Waited", 3), ("Chose something else", 1), ("Sent it anyway", 0)],
        chart_id="s",
        title="t",
        description="d",
    )
    root = parse(svg)
    bars = [r for r in root.findall("svg:rect", NS) if r.get("height") == "24"]
    assert [float(r.get("width")) for r in bars] == [300.0, 100.0]
    assert "Waited: 3 (75%)" in svg
    assert "Sent it anyway: 0 (0%)" in svg


@pytest.mark.parametrize(
    "svg",
    [
        charts.line_chart([], chart_id="e", title="t", description="d"),
        charts.bar_list_chart([("a", 0)], chart_id="e", title="t", description="d"),
        charts.diverging_week_chart(
            [], chart_id="e", title="t", description="d", up_label="u", down_label="d"
        ),
        charts.before_after_chart([], chart_id="e", title="t", description="d"),
        charts.share_bar([("a", 0)], chart_id="e", title="t", description="d"),
    ],
)
def test_it_says_so_when_there_is_nothing_to_draw(svg):
    root = parse(svg)
    assert root.find("svg:text", NS).text == "Nothing to show yet."


@pytest.mark.parametrize(
    ("day", "with_year", "expected"),
    [(date(2025, 3, 4), False, "Mar 4"), (date(2024, 12, 31), True, "Dec 31, 2024")],
)
def test_it_writes_short_dates(day, with_year, expected):
    assert stats.short_date(day, with_year=with_year) == expected


def test_it_draws_weekly_columns_to_scale_and_skips_empty_weeks():
    start = date(2025, 3, 3)
    root = parse(
        charts.column_chart(
            [(start, 2), (start + timedelta(weeks=1), 0), (start + timedelta(weeks=2), 4)],
            chart_id="j",
            title="Journal entries per week",
            description="d",
            unit="entries",
        )
    )
    bars = root.findall("svg:rect", NS)
    assert [float(b.get("height")) for b in bars] == [45.0, 90.0]
    assert bars[1].find("svg:title", NS).text == "Week of Mar 17, 2025: 4 entries"


@pytest.fixture
def counted_words():
    """Words in a pretend language ("ES:" before each phrase), counting every question asked
    of the translation machinery; the functions installed before are put back after."""
    from securebase.core import wording

    asked = {"gettext": 0, "ngettext": 0, "language": 0}

    def fake_gettext(message):
        asked["gettext"] += 1
        return f"ES:{message}"

    def fake_ngettext(singular, plural, number):
        asked["ngettext"] += 1
        return f"ES:{singular if number == 1 else plural}"

    def fake_language():
        asked["language"] += 1
        return "es"

    previous = (wording._gettext, wording._ngettext, wording._language)
    wording.install(fake_gettext, fake_ngettext, fake_language)
    try:
        yield asked
    finally:
        wording.install(*previous)


def test_it_translates_a_day_grids_words_once_per_count(counted_words):
    start = date(2026, 11, 30)  # a Monday
    days = [(start + timedelta(days=n), n % 3) for n in range(28)]
    svg = charts.day_grid_chart(days, chart_id="g", title="t", description="d")
    tips = [el.text for el in parse(svg).iter(f"{{{NS['svg']}}}title")][1:]
    assert tips[0] == "ES:30 nov: 0 check-ins"
    assert tips[1] == "ES:1 dic: 1 check-in"
    assert tips[2] == "ES:2 dic: 2 check-ins"
    assert len(tips) == 28
    assert counted_words["ngettext"] == 3  # counts 0, 1 and 2
    assert counted_words["language"] == 1


def test_it_reads_the_language_once_for_a_weekly_chart(counted_words):
    start = date(2026, 1, 5)
    weeks = [WeekPair(start + timedelta(weeks=n), n % 2, 1) for n in range(30)]
    svg = charts.diverging_week_chart(
        weeks, chart_id="w", title="t", description="d", up_label="Up", down_label="Down"
    )
    assert "ES:Week of 5 ene 2026: down 1" in svg
    assert "ES:Week of 12 ene 2026: up 1" in svg
    assert counted_words["language"] == 1
    assert counted_words["gettext"] == 1  # "Week of %(date)s", not once per bar
    columns = charts.column_chart(
        [(w.start, w.up + 1) for w in weeks],
        chart_id="c",
        title="t",
        description="d",
        unit=lambda count: f"{count} notes",
    )
    assert "ES:Week of 12 ene 2026: 2 notes" in columns
    assert counted_words["language"] == 2
