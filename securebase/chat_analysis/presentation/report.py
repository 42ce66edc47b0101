"""The report as plain data: choosing who is who, JSON-ready dicts and a text rendering.

The command line and the web page both build their output from `report_data()`, so the
numbers they show are the same numbers.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from ..engine.conversation import Conversation
from ..engine.metrics import (
    HISTOGRAM_EDGES,
    MIN_REPLIES,
    Metrics,
    ReplyStats,
    Summary,
    analyze,
    format_duration,
)
from ..engine.phrases import REASSURANCE_LABELS

_EPOCH = datetime(1970, 1, 1)


class ParticipantError(ValueError):
    """The names given do not pick two people from the chat; `message` says why."""

    def __init__(self, message: str, participants: tuple[str, ...]) -> None:
        super().__init__(message)
        self.message = message
        self.participants = participants


def find_participant(conv: Conversation, name: str) -> int:
    """Index of the participant called `name` (exact, then case-insensitive, then unique
    substring). Raises ParticipantError listing the participants otherwise."""
    names = conv.participants
    if name in names:
        return names.index(name)
    folded = name.casefold().strip()
    matches = [i for i, n in enumerate(names) if n.casefold().strip() == folded]
    if not matches:
        matches = [i for i, n in enumerate(names) if folded and folded in n.casefold()]
    if len(matches) == 1:
        return matches[0]
    listed = ", ".join(names)
    raise ParticipantError(f"“{name}” is not one of the people in this chat: {listed}.", names)


def choose_people(
    conv: Conversation, *, me: str | None = None, them: str | None = None
) -> tuple[int, int, bool]:
    """Pick (me, them) indices from names or the export's hints.

    Returns a third value, True when "me" was guessed rather than given or known from the
    export. In a group chat both must be given (or known); ParticipantError says so.
    """
    names = conv.participants
    me_i = find_participant(conv, me) if me else None
    them_i = find_participant(conv, them) if them else None
    guessed = False
    if me_i is None and conv.me_hint in names:
        me_i = names.index(conv.me_hint)
    if them_i is None and conv.them_hint in names and names.index(conv.them_hint) != me_i:
        them_i = names.index(conv.them_hint)
    if len(names) == 2:
        if me_i is None and them_i is None:
            me_i, guessed = 0, True
        if me_i is None:
            me_i = 1 - them_i
        if them_i is None:
            them_i = 1 - me_i
    if me_i is None or them_i is None:
        listed = ", ".join(names)
        raise ParticipantError(
            f"This is a group chat; choose who you are and whose replies to look at: {listed}.",
            names,
        )
    if me_i == them_i:
        raise ParticipantError("“Me” and “them” must be two different people.", names)
    return me_i, them_i, guessed


def wall_iso(wall: int) -> str:
    return (_EPOCH + timedelta(seconds=wall)).isoformat()


def _summary(summary: Summary) -> dict[str, Any]:
    """A summary's numbers, its quantiles withheld below MIN_REPLIES replies."""
    data = asdict(summary)
    if summary.count < MIN_REPLIES:
        data.update(median=None, q1=None, q3=None, p90=None)
    return data


def _with_enough(row: dict[str, Any]) -> dict[str, Any]:
    """A heatmap cell or month, its median withheld below MIN_REPLIES replies."""
    return row if row["count"] >= MIN_REPLIES else row | {"median": None}


def _replies(stats: ReplyStats) -> dict[str, Any]:
    edges = HISTOGRAM_EDGES
    return {
        "day": _summary(stats.day),
        "overnight": _summary(stats.overnight),
        "all": _summary(stats.all),
        "histogram": [
            {
                "from_seconds": edges[i],
                "to_seconds": edges[i + 1] if i + 1 < len(edges) else None,
                "count": count,
            }
            for i, count in enumerate(stats.histogram)
        ],
        "heatmap": [_with_enough(asdict(cell)) for cell in stats.heatmap if cell.count],
        "monthly": [_with_enough(asdict(month)) for month in stats.monthly],
    }


def report_data(
    conv: Conversation,
    *,
    me: int,
    them: int,
    now: datetime,
    guessed_me: bool = False,
    workers: int = 1,
) -> dict[str, Any]:
    """Every number in the report as JSON-serialisable data (no message text).

    `workers` > 1 lets a large chat use a second process (command line only)."""
    metrics = analyze(conv, me=me, them=them, now=now, workers=workers)
    return metrics_data(conv, metrics, now=now, guessed_me=guessed_me)


def metrics_data(
    conv: Conversation, metrics: Metrics, *, now: datetime, guessed_me: bool = False
) -> dict[str, Any]:
    silence = metrics.silence
    reassurance = metrics.reassurance
    return {
        "format": conv.source_format,
        "title": conv.title,
        "participants": list(conv.participants),
        "me": metrics.me,
        "them": metrics.them,
        "me_was_guessed": guessed_me,
        "time_zone": conv.time_zone,
        "as_of": now.isoformat(timespec="seconds"),
        "messages": {"me": metrics.messages_me, "them": metrics.messages_them},
        "first_message": wall_iso(metrics.first_wall),
        "last_message": wall_iso(metrics.last_wall),
        "skipped_lines": conv.skipped,
        "their_replies": _replies(metrics.their_replies),
        "my_replies": _replies(metrics.my_replies),
        "current_silence": None
        if silence is None
        else {
            **asdict(silence),
            "started": wall_iso(metrics.last_wall),
        },
        "silence_note": metrics.silence_note,
        "double_texting": {
            "me": asdict(metrics.double_texting_me)
            | {"longest_started": _maybe_iso(metrics.double_texting_me.longest_started)},
            "them": asdict(metrics.double_texting_them)
            | {"longest_started": _maybe_iso(metrics.double_texting_them.longest_started)},
        },
        "conversation_starters": asdict(metrics.starters),
        "reassurance": asdict(reassurance)
        | {
            "by_category": [
                {"phrase": label, "count": count}
                for label, count in zip(REASSURANCE_LABELS, reassurance.by_category, strict=True)
            ]
        },
    }


def _maybe_iso(wall: int | None) -> str | None:
    return None if wall is None else wall_iso(wall)


def _line(summary: dict[str, Any]) -> str:
    if not summary["count"]:
        return "none"
    if summary["median"] is None:
        count = summary["count"]
        return (
            f"{count} repl{'y' if count == 1 else 'ies'}: too few to say what is usual "
            f"({MIN_REPLIES} needed)"
        )
    return (
        f"median {format_duration(summary['median'])}, middle half "
        f"{format_duration(summary['q1'])}–{format_duration(summary['q3'])}, 90% within "
        f"{format_duration(summary['p90'])} ({summary['count']} replies)"
    )


def render_text(data: dict[str, Any]) -> str:
    """The report as plain text for a terminal."""
    lines = [
        f"Reality check: {data['me']} and {data['them']} ({data['format']} export)",
        f"Messages: {data['messages']['me']} from {data['me']}, "
        f"{data['messages']['them']} from {data['them']}; "
        f"{data['first_message'][:10]} to {data['last_message'][:10]} ({data['time_zone']})",
    ]
    if data["me_was_guessed"]:
        lines.append(f"(Taking {data['me']} as you; use --me to choose.)")
    for key, title in (("their_replies", "Their replies"), ("my_replies", "Your replies")):
        replies = data[key]
        lines += [
            "",
            f"{title}:",
            f"  daytime:   {_line(replies['day'])}",
            f"  overnight: {_line(replies['overnight'])}",
        ]
    lines.append("")
    silence = data["current_silence"]
    lines.append("Current silence: " + (silence["summary"] if silence else data["silence_note"]))
    for who in ("me", "them"):
        dt = data["double_texting"][who]
        name = data["me"] if who == "me" else data["them"]
        lines.append(
            f"Double texting by {name}: {dt['runs_2_plus']} runs of 2+, {dt['runs_3_plus']} of "
            f"3+, longest {dt['longest']} in a row"
        )
    starters = data["conversation_starters"]
    lines.append(
        f"Starting conversations after 6+ hours: {data['me']} {starters['me']}, "
        f"{data['them']} {starters['them']}"
    )
    reassurance = data["reassurance"]
    lines.append(
        f"Reassurance-seeking phrases in your messages: {reassurance['total']} in "
        f"{reassurance['messages']} of {reassurance['my_text_messages']} messages"
    )
    if data["skipped_lines"]:
        lines.append(f"({data['skipped_lines']} lines with impossible dates were skipped.)")
    return "\n".join(lines) + "\n"
