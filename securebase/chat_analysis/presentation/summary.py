"""What a saved summary keeps: the report's numbers, without names or any text from the chat.

Pure module (no Django). The report data built by `report.report_data()` holds the
participants' names and the chat's title; `summary_numbers()` copies only the keys listed
here, so anything added to the report later is left out until someone decides it is safe.
"""

from __future__ import annotations

from typing import Any

_REPLY_KEYS = ("day", "overnight", "all", "histogram", "heatmap", "monthly")
_SILENCE_KEYS = (
    "seconds",
    "spans_night",
    "compared_with",
    "compared_count",
    "typical",
    "percentile",
    "longer_share",
    "summary",
    "started",
)


def _pick(data: dict[str, Any] | None, keys: tuple[str, ...]) -> dict[str, Any] | None:
    if data is None:
        return None
    return {key: data[key] for key in keys if key in data}


def summary_numbers(data: dict[str, Any]) -> dict[str, Any]:
    """The savable part of a report: numbers, dates and fixed wording; no names, no text."""
    return {
        "format": data["format"],
        "time_zone": data["time_zone"],
        "as_of": data["as_of"],
        "messages": dict(data["messages"]),
        "first_message": data["first_message"],
        "last_message": data["last_message"],
        "their_replies": _pick(data["their_replies"], _REPLY_KEYS),
        "my_replies": _pick(data["my_replies"], _REPLY_KEYS),
        "current_silence": _pick(data["current_silence"], _SILENCE_KEYS),
        "silence_note": data["silence_note"],
        "double_texting": data["double_texting"],
        "conversation_starters": data["conversation_starters"],
        "reassurance": data["reassurance"],
    }
