"""Page data for questionnaire results, shared by the client's history and the care panel.

Dates are shown in the time zone passed in; nothing here reads the request.
"""

from __future__ import annotations

from django.utils import timezone

from securebase.assessments.catalog import measure_instruments
from securebase.assessments.languages import language_name
from securebase.assessments.presenting import short_date
from securebase.core.wording import ENGLISH, Translator, gettext_noop
from securebase.measures import charts
from securebase.measures.models import MeasureResult
from securebase.measures.reading import TOTAL, read_series

# The band labels of the data files (instruments/symptoms/*.json), listed so the catalog holds
# them; pages show them through gettext (a test keeps this list in step with the files).
BAND_LABELS = (
    gettext_noop("Minimal"),
    gettext_noop("Mild"),
    gettext_noop("Moderate"),
    gettext_noop("Moderately severe"),
    gettext_noop("Severe"),
)


def series_context(
    results: list[MeasureResult], *, tz, chart_prefix: str, tr: Translator = ENGLISH
) -> list[dict]:
    """One section per measure with results: the chart, table rows and both changes, dates
    in time zone `tz`, chart words from `tr` (core/wording.py). `results` come oldest
    first (queries.history). The client's history and the clinician's view of a client (care
    panel) both draw from this."""
    sections = []
    for instrument in measure_instruments():
        mine = [r for r in results if r.instrument == instrument.slug]
        if not mine:
            continue
        series = read_series(instrument, [(r.taken_at, r.total) for r in mine])
        labels = [short_date(timezone.localtime(r.taken_at, tz)) for r in mine]
        rows = [
            {
                "result": r,
                "date": label,
                "reading": reading,
                # The language the items were answered in, named in the page's language.
                "language": language_name(r.items_language),
            }
            for r, label, reading in zip(mine, labels, series.readings, strict=True)
        ]
        chart = charts.band_chart_svg(
            [
                charts.ChartPoint(taken_at=r.taken_at, label=label, total=r.total)
                for r, label in zip(mine, labels, strict=True)
            ],
            bands=instrument.rules[TOTAL].bands,
            name=instrument.short_name,
            chart_id=f"{chart_prefix}-{instrument.slug}",
            tr=tr,
        )
        low, high = instrument.total_range(TOTAL)
        sections.append(
            {
                "instrument": instrument,
                "series": series,
                "rows": rows,
                "chart": chart,
                "low": low,
                "high": high,
                "first_label": labels[0],
                "previous_label": labels[-2] if len(labels) > 1 else "",
                "rules": instrument.rules[TOTAL],
            }
        )
    return sections
