"""Turning scale means into what a result page says. Pure code: no Django."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal
from fractions import Fraction

from securebase.core import dates
from securebase.core.wording import ENGLISH, Translator, gettext_noop

from .charts import HistoryPoint, attachment_map_svg, history_chart_svg
from .scoring import (
    ANXIETY,
    AVOIDANCE,
    Instrument,
    Position,
    format_score,
    locate,
    percentile,
    round_score,
)

Number = Fraction | Decimal | float


@dataclass(frozen=True)
class DimensionView:
    key: str
    name: str
    display: str
    # "higher" or "lower" than the scale midpoint, or "middle" exactly on it.
    side: str
    percentile: int | None


@dataclass(frozen=True)
class ResultView:
    anxiety: DimensionView
    avoidance: DimensionView
    position: Position
    low: int
    high: int
    midpoint: str
    has_norms: bool
    norms_source: str


def describe_result(instrument: Instrument, *, anxiety: Number, avoidance: Number) -> ResultView:
    """What to show for a pair of scale means on `instrument`'s response scale.

    Sides and regions use the scores as displayed (one decimal) so the words never disagree
    with the numbers on the page. Percentiles appear only where the instrument has norms.
    """
    scale = instrument.response_scale
    mid = scale.midpoint
    shown_anxiety, shown_avoidance = round_score(anxiety), round_score(avoidance)

    def view(key: str, name: str, exact: Number, shown: Decimal) -> DimensionView:
        value = Fraction(str(shown))
        side = "higher" if value > mid else "lower" if value < mid else "middle"
        mean = exact if isinstance(exact, Fraction) else Fraction(str(exact))
        return DimensionView(
            key=key,
            name=name,
            display=str(shown),
            side=side,
            percentile=percentile(instrument, key, mean),
        )

    norms = instrument.norms
    return ResultView(
        anxiety=view(ANXIETY, gettext_noop("Anxiety"), anxiety, shown_anxiety),
        avoidance=view(AVOIDANCE, gettext_noop("Avoidance"), avoidance, shown_avoidance),
        position=locate(shown_anxiety, shown_avoidance, midpoint=mid),
        low=scale.low,
        high=scale.high,
        midpoint=str(round_score(mid)),
        has_norms=norms is not None,
        norms_source=norms.source if norms else "",
    )


@dataclass(frozen=True)
class Change:
    delta: Decimal
    # e.g. "down 1.1", "up 0.4", "no change"
    text: str


def result_page(
    instrument: Instrument,
    *,
    anxiety: Number,
    avoidance: Number,
    moment: datetime,
    tr: Translator = ENGLISH,
) -> dict:
    """What a result page shows for a pair of scale means taken at ``moment`` (already in the
    viewer's zone): the described scores and the attachment map, with words from ``tr``."""
    described = describe_result(instrument, anxiety=anxiety, avoidance=avoidance)
    return {
        "instrument": instrument,
        "described": described,
        "dims": [described.anxiety, described.avoidance],
        "taken_label": short_datetime(moment),
        "map_svg": attachment_map_svg(
            anxiety=anxiety,
            avoidance=avoidance,
            low=instrument.response_scale.low,
            high=instrument.response_scale.high,
            tr=tr,
        ),
    }


def change_between(first: Number, last: Number, *, tr: Translator = ENGLISH) -> Change:
    """The change from `first` to `last` as a reader would compute it from the displayed
    one-decimal scores (so 4.26 -> 4.14 reads "down 0.2", matching 4.3 -> 4.1), in the words
    of `tr` (core/wording.py)."""
    delta = round_score(last) - round_score(first)
    if delta > 0:
        text = tr.gettext("up %(points)s") % {"points": delta}
    elif delta < 0:
        text = tr.gettext("down %(points)s") % {"points": -delta}
    else:
        text = tr.gettext("no change")
    return Change(delta=delta, text=text)


def short_date(moment: datetime) -> str:
    """The day of a moment already in the viewer's zone, e.g. "Mar 3, 2025" (core/dates.py)."""
    return dates.short_date(moment.date())


def short_time(moment: datetime) -> str:
    """Clock time of a moment already in the viewer's zone, e.g. "9:05 PM" (core/dates.py)."""
    return dates.clock(moment)


def short_datetime(moment: datetime) -> str:
    """Date and clock time, e.g. "Mar 3, 2025, 9:05 PM" (for telling same-day results apart)."""
    return f"{short_date(moment)}, {short_time(moment)}"


def history_summary(results: Sequence, *, tz: tzinfo, tr: Translator = ENGLISH) -> dict:
    """What a history of results shows, with dates in ``tz``: rows for the table, the chart
    markup (escaped as built) and the change since the first result (None for fewer than two).

    ``results`` are oldest first, each with ``taken_at``, ``anxiety``, ``avoidance`` and
    ``instrument_short_name``; the client's history page and the care team's client page both
    draw from this. Words (chart, changes) come from `tr` (core/wording.py); each row names the
    language its items were answered in (``items_language``, "en" when the result has none).
    """
    local = [r.taken_at.astimezone(tz) for r in results]
    rows = [
        {
            "result": r,
            "date": short_date(moment),
            "time": short_time(moment),
            "instrument": r.instrument_short_name,
            "anxiety": format_score(r.anxiety),
            "avoidance": format_score(r.avoidance),
            "items_language": getattr(r, "items_language", "en"),
        }
        for r, moment in zip(results, local, strict=True)
    ]
    chart = history_chart_svg(
        [
            HistoryPoint(
                taken_at=r.taken_at,
                label=short_date(moment),
                anxiety=float(r.anxiety),
                avoidance=float(r.avoidance),
            )
            for r, moment in zip(results, local, strict=True)
        ],
        tr=tr,
    )
    change = None
    if len(results) > 1:
        first, last = results[0], results[-1]
        change = {
            "since_label": short_date(local[0]),
            "anxiety": change_between(first.anxiety, last.anxiety, tr=tr),
            "avoidance": change_between(first.avoidance, last.avoidance, tr=tr),
            "first_anxiety": format_score(first.anxiety),
            "last_anxiety": format_score(last.anxiety),
            "first_avoidance": format_score(first.avoidance),
            "last_avoidance": format_score(last.avoidance),
        }
    return {"rows": rows, "chart_svg": chart, "change": change}
