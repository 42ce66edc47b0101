"""The current silence: how long since my last message, placed among their past replies,
and the words the report uses for durations and shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from . import fast
from .replies import MIN_REPLIES, quantile, spans_night
from .words import _, gettext_noop, ngettext


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
        return _seconds(seconds)
    minutes = seconds // 60
    if minutes < 60:
        return _minutes(minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        text = _hours(hours)
        return f"{text} {_minutes(minutes)}" if minutes and hours < 10 else text
    days, hours = divmod(hours, 24)
    text = _days(days)
    return f"{text} {_hours(hours)}" if hours and days < 7 else text


def _seconds(n: int) -> str:
    return ngettext("%(n)d second", "%(n)d seconds", n) % {"n": n}


def _minutes(n: int) -> str:
    return ngettext("%(n)d minute", "%(n)d minutes", n) % {"n": n}


def _hours(n: int) -> str:
    return ngettext("%(n)d hour", "%(n)d hours", n) % {"n": n}


def _days(n: int) -> str:
    return ngettext("%(n)d day", "%(n)d days", n) % {"n": n}


def share_in_words(share: float) -> str:
    """0.2 -> "about 1 in 5"; 0.6 -> "about 6 in 10"."""
    if share <= 0:
        return _("none")
    if share < 0.5:
        return _("about 1 in %(n)d") % {"n": max(2, round(1 / share))}
    return _("about %(n)d in 10") % {"n": round(share * 10)}


# Notes are kept in English in the report's data and translated where they are shown.
NOTE_THEY_WROTE_LAST = gettext_noop(
    "They sent the last message, so there is no silence from them to measure."
)
NOTE_BEFORE_LAST = gettext_noop("The time given is before your last message.")


def note_in_words(note: str) -> str:
    """A silence note (kept in English in report data) in the language of the moment."""
    return _(note) if note else note


def too_few_sentence(seconds: int) -> str:
    return _(
        "It has been %(waited)s since your last message; there are too few of their replies "
        "in this chat to say what is usual for them."
    ) % {"waited": format_duration(seconds)}


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
        return None, NOTE_THEY_WROTE_LAST
    seconds = int(now.timestamp()) - last_utc
    if seconds < 0:
        return None, NOTE_BEFORE_LAST
    overnight = spans_night(last_wall, seconds)
    every, day, nights = fast.sort_split_by_flag(gaps, night)
    same_kind = nights if overnight else day
    if len(same_kind) >= MIN_REPLIES:
        compared, label = same_kind, "overnight" if overnight else "day"
    else:
        compared, label = every, "all"
    total = len(compared)
    if total < MIN_REPLIES:
        text = too_few_sentence(seconds)
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
    words = {
        "waited": format_duration(seconds),
        "usual": format_duration(typical),
        "longer": longer,
        "total": total,
    }
    share = longer / total
    if share >= 0.1:
        words["share"] = share_in_words(share)
        if overnight:
            return (
                _(
                    "It has been %(waited)s since your last message; they usually reply in about "
                    "%(usual)s, and %(share)s of their overnight replies took longer than this, so "
                    "this is within their normal."
                )
                % words
            )
        return (
            _(
                "It has been %(waited)s since your last message; they usually reply in about "
                "%(usual)s, and %(share)s of their replies took longer than this, so this is "
                "within their normal."
            )
            % words
        )
    if longer:
        if overnight:
            return (
                _(
                    "It has been %(waited)s since your last message, longer than most of their "
                    "overnight replies (usually about %(usual)s), but %(longer)d of %(total)d took "
                    "longer still, so it has happened before."
                )
                % words
            )
        return (
            _(
                "It has been %(waited)s since your last message, longer than most of their replies "
                "(usually about %(usual)s), but %(longer)d of %(total)d took longer still, so it "
                "has happened before."
            )
            % words
        )
    if overnight:
        return (
            _(
                "It has been %(waited)s since your last message, longer than any of their "
                "%(total)d overnight replies in this chat (usually about %(usual)s). That is "
                "unusual for them. The numbers cannot say why."
            )
            % words
        )
    return (
        _(
            "It has been %(waited)s since your last message, longer than any of their %(total)d "
            "replies in this chat (usually about %(usual)s). That is unusual for them. The numbers "
            "cannot say why."
        )
        % words
    )
