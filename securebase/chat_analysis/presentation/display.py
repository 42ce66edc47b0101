"""Report data shaped for the page: words for durations, chart markup and table rows.

Pure module (no Django): the view passes `report.report_data()` output (or a saved
summary's numbers) and the labels to use for the two people.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from securebase.core import dates
from securebase.core.charts import Svg, esc

from ..engine.metrics import MIN_REPLIES, format_duration
from ..engine.phrases import REASSURANCE_LABELS
from ..engine.silence import note_in_words, silence_sentence, too_few_sentence
from ..engine.words import _
from . import charts


def name_tag(name: str) -> Svg:
    """A person's name for a page: marked `translate="no"`, since a name is not English or
    Spanish (escaped here; Svg tells templates so)."""
    return Svg(f'<span translate="no">{esc(name)}</span>')


def wall_day(wall_iso: str) -> str:
    """The day of a wall-clock ISO time from the report ("2024-03-16T21:00:00"): "Mar 16, 2024"."""
    return dates.short_date(date.fromisoformat(wall_iso[:10]))


def as_of_moment(data: dict[str, Any]) -> datetime | None:
    """The moment the silence was measured at (aware), or None if the numbers lack it."""
    try:
        moment = datetime.fromisoformat(data["as_of"])
    except (KeyError, TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def duration(seconds: float | None) -> str:
    return "—" if seconds is None else format_duration(seconds)


def summary_rows(replies: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for key, label in (("day", _("Daytime")), ("overnight", _("Overnight")), ("all", _("All"))):
        summary = replies[key]
        rows.append(
            {
                "label": label,
                "count": summary["count"],
                "median": duration(summary["median"]),
                "q1": duration(summary["q1"]),
                "q3": duration(summary["q3"]),
                "p90": duration(summary["p90"]),
            }
        )
    return rows


def heatmap_rows(cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The table beside a heatmap: one row per weekday and hour with replies, in words."""
    return [
        {
            "weekday": dates.WEEKDAYS[cell["weekday"]],
            "hour": dates.hour_label(cell["hour"]),
            "count": cell["count"],
            "median": duration(cell["median"]),
        }
        for cell in cells
    ]


def build(data: dict[str, Any], *, me: str, them: str) -> dict[str, Any]:
    """Everything the report template shows, from report data and the two labels."""
    theirs, mine = data["their_replies"], data["my_replies"]
    their_counts = [b["count"] for b in theirs["histogram"]]
    my_counts = [b["count"] for b in mine["histogram"]]
    labels = charts.bin_labels(len(their_counts))
    their_months = {m["month"]: m for m in theirs["monthly"]}
    my_months = {m["month"]: m for m in mine["monthly"]}
    months = sorted(set(their_months) | set(my_months))
    reassurance = data["reassurance"]
    double = data["double_texting"]
    dt_months = sorted(
        {m for m, _, _ in double["me"]["monthly"]} | {m for m, _, _ in double["them"]["monthly"]}
    )
    dt_me = {m: (a, b) for m, a, b in double["me"]["monthly"]}
    dt_them = {m: (a, b) for m, a, b in double["them"]["monthly"]}
    return {
        "me": me,
        "them": them,
        "me_tag": name_tag(me),
        "them_tag": name_tag(them),
        "silence_summary": silence_summary(data["current_silence"]),
        "silence_note": note_in_words(data.get("silence_note") or ""),
        "first_day": wall_day(data["first_message"]),
        "last_day": wall_day(data["last_message"]),
        "as_of": as_of_moment(data),
        "their_rows": summary_rows(theirs),
        "my_rows": summary_rows(mine),
        "their_typical": _typical(theirs),
        "too_few": MIN_REPLIES,
        "their_histogram": charts.histogram_chart(
            "their-histogram",
            their_counts,
            title=_("How long %(name)s took to reply") % {"name": them},
            description=_("Number of replies by waiting time, on a logarithmic time axis."),
        ),
        "my_histogram": charts.histogram_chart(
            "my-histogram",
            my_counts,
            title=_("How long %(name)s took to reply") % {"name": me},
            description=_("Number of replies by waiting time, on a logarithmic time axis."),
            colour=charts.MINE,
        ),
        "histogram_rows": [
            {"label": label, "theirs": t, "mine": m}
            for label, t, m in zip(labels, their_counts, my_counts, strict=True)
        ],
        "heatmap": charts.heatmap_chart(
            "their-heatmap",
            theirs["heatmap"],
            title=_("%(name)s's typical reply time by when you wrote") % {"name": them},
            description=_("Median reply time for each weekday and hour; darker is longer."),
        ),
        "my_heatmap": charts.heatmap_chart(
            "my-heatmap",
            mine["heatmap"],
            title=_("%(name)s's typical reply time by when they wrote") % {"name": me},
            description=_("Median reply time for each weekday and hour; darker is longer."),
        ),
        "my_heatmap_rows": heatmap_rows(mine["heatmap"]),
        "heatmap_rows": heatmap_rows(theirs["heatmap"]),
        "monthly": charts.monthly_chart(
            "monthly-medians",
            [
                (f"{them}", charts.THEIRS, [(m, v["median"]) for m, v in their_months.items()]),
                (f"{me}", charts.MINE, [(m, v["median"]) for m, v in my_months.items()]),
            ],
            title=_("Median reply time per month"),
            description=_("Monthly median reply time of %(them)s and of %(me)s, logarithmic scale.")
            % {"them": them, "me": me},
        ),
        "monthly_rows": [
            {
                "month": m,
                "theirs": duration(their_months[m]["median"]) if m in their_months else "—",
                "their_count": their_months[m]["count"] if m in their_months else 0,
                "mine": duration(my_months[m]["median"]) if m in my_months else "—",
                "my_count": my_months[m]["count"] if m in my_months else 0,
            }
            for m in months
        ],
        "silence": data["current_silence"],
        "silence_started": (data["current_silence"] or {}).get("started"),
        "double_rows": [
            {
                "month": m,
                "me_2": dt_me.get(m, (0, 0))[0],
                "me_3": dt_me.get(m, (0, 0))[1],
                "them_2": dt_them.get(m, (0, 0))[0],
                "them_3": dt_them.get(m, (0, 0))[1],
            }
            for m in dt_months
        ],
        "reassurance_chart": charts.bar_chart(
            "reassurance-monthly",
            [(m, c) for m, c in reassurance["monthly"]],
            title=_("Reassurance-seeking phrases in your messages, per month"),
            description=_("How many such phrases you wrote each month."),
        ),
        "reassurance_rows": [{"month": m, "count": c} for m, c in reassurance["monthly"] if c],
        "reassurance_categories": [
            {"phrase": _(label), "count": count}
            for label, count in zip(
                REASSURANCE_LABELS, [c["count"] for c in reassurance["by_category"]], strict=True
            )
            if count
        ],
    }


def silence_summary(silence: dict[str, Any] | None) -> str:
    """The sentence about the current silence, written again from its numbers in the
    language of the moment (a saved summary may have been made in another)."""
    if not silence:
        return ""
    seconds, total = silence.get("seconds"), silence.get("compared_count")
    if seconds is None or total is None:
        return silence.get("summary", "")
    if silence.get("typical") is None or silence.get("longer_share") is None:
        return too_few_sentence(seconds)
    return silence_sentence(
        seconds=seconds,
        typical=silence["typical"],
        longer=round(silence["longer_share"] * total),
        total=total,
        overnight=silence.get("compared_with") == "overnight",
    )


def _typical(replies: dict[str, Any]) -> str:
    """Their usual daytime reply time in words, or "" when too few replies say it."""
    median = replies["day"]["median"]
    if median is None:
        median = replies["all"]["median"]
    return "" if median is None else duration(median)
