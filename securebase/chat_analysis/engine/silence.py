"""The current silence: how long since my last message, placed among their past replies,
and the words the report uses for durations and shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from . import fast
from .replies import MIN_REPLIES, quantile, spans_night


@dataclass(frozen=True)
class Silence:
    """The current wait for their answer to my last message, as of `now`."""

    seconds: int
    spans_night: bool
    compared_with: str  # "day", "overnight" or "all": which of their replies
    compared_count: int
    typical: float | None  # median of the compared replies
    percentile: float | None  # % of compared replies that came sooner than this
    longer_share: float | None  # fraction of compared replies that took longer
    summary: str


def format_duration(seconds: float) -> str:
    """A duration in words: "45 seconds", "12 minutes", "3 hours 20 minutes", "2 days"."""
    seconds = round(seconds)
    if seconds < 60:
        return _plural(seconds, "second")
    minutes = seconds // 60
    if minutes < 60:
        return _plural(minutes, "minute")
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        text = _plural(hours, "hour")
        return f"{text} {_plural(minutes, 'minute')}" if minutes and hours < 10 else text
    days, hours = divmod(hours, 24)
    text = _plural(days, "day")
    return f"{text} {_plural(hours, 'hour')}" if hours and days < 7 else text


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def share_in_words(share: float) -> str:
    """0.2 -> "about 1 in 5"; 0.6 -> "about 6 in 10"."""
    if share <= 0:
        return "none"
    if share < 0.5:
        return f"about 1 in {max(2, round(1 / share))}"
    return f"about {round(share * 10)} in 10"


def current_silence(
    *,
    last_sender_is_me: bool,
    last_utc: int,
    last_wall: int,
    now: datetime,
    gaps: Sequence[int],
    night: Sequence[bool],
) -> tuple[Silence | None, str]:
    """The current silence, compared with their replies (`gaps`, `night`: theirs only, in
    time order), or None and a note saying why there is none."""
    if not last_sender_is_me:
        return None, "They sent the last message, so there is no silence from them to measure."
    seconds = int(now.timestamp()) - last_utc
    if seconds < 0:
        return None, "The time given is before your last message."
    overnight = spans_night(last_wall, seconds)
    every, day, nights = fast.sort_split_by_flag(gaps, night)
    same_kind = nights if overnight else day
    if len(same_kind) >= MIN_REPLIES:
        compared, label = same_kind, "overnight" if overnight else "day"
    else:
        compared, label = every, "all"
    total = len(compared)
    if total < MIN_REPLIES:
        text = (
            f"It has been {format_duration(seconds)} since your last message; there are too "
            "few of their replies in this chat to say what is usual for them."
        )
        return Silence(seconds, overnight, label, total, None, None, None, text), ""
    sooner = fast.count_below(compared, seconds)
    longer = total - fast.count_below(compared, seconds, inclusive=True)
    typical = quantile(compared, 0.5)
    text = silence_sentence(
        seconds=seconds,
        typical=typical,
        longer=longer,
        total=total,
        overnight=label == "overnight",
    )
    return (
        Silence(
            seconds=seconds,
            spans_night=overnight,
            compared_with=label,
            compared_count=total,
            typical=typical,
            percentile=round(100.0 * sooner / total, 1),
            longer_share=round(longer / total, 4),
            summary=text,
        ),
        "",
    )


def silence_sentence(
    *, seconds: int, typical: float, longer: int, total: int, overnight: bool
) -> str:
    """One calm sentence placing the current silence among their past replies.

    It says what the data shows and that it cannot say why: no reassurance that the reason
    has nothing to do with the person, and no reading of rejection either. A long silence
    gets a next step the person controls (shown beside it on the page)."""
    waited = format_duration(seconds)
    usual = format_duration(typical)
    kind = "overnight replies" if overnight else "replies"
    share = longer / total
    if share >= 0.1:
        return (
            f"It has been {waited} since your last message; they usually reply in about "
            f"{usual}, and {share_in_words(share)} of their {kind} took longer than this, so "
            "this is within their normal."
        )
    if longer:
        return (
            f"It has been {waited} since your last message, longer than most of their {kind} "
            f"(usually about {usual}), but {longer} of {total} took longer still, so it has "
            "happened before."
        )
    return (
        f"It has been {waited} since your last message, longer than any of their {total} "
        f"{kind} in this chat (usually about {usual}). That is unusual for them. The numbers "
        "cannot say why."
    )
