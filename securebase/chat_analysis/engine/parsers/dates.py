"""Dates and times in line-based exports, parsed once per distinct string."""

from __future__ import annotations

import re
from datetime import date

# Localised AM/PM markers: English and Spanish-style dotted forms ("a. m."), German, Greek,
# Turkish, Vietnamese, Finnish, Hungarian, Arabic, Chinese, Japanese and Korean.
MARKERS = (
    "vorm\\.|nachm\\.|午前|午後|上午|下午|오전|오후|ص|م|π\\.μ\\.|μ\\.μ\\.|ÖÖ|ÖS|öö|ös|"
    "SA|CH|ap\\.|ip\\.|de\\.|du\\."
)
SPACE = rb"(?: |\xc2\xa0|\xe2\x80\xaf)"  # space, no-break space, narrow no-break space
MARK = rb"(?:[AaPp]\.?" + SPACE + rb"?[Mm]\.?|" + MARKERS.encode() + rb")"
PM_MARKERS = frozenset(["pm", "nachm", "午後", "下午", "오후", "م", "μμ", "ös", "ch", "ip", "du"])
TIME_PARTS = re.compile(
    rb"(?:("
    + MARK
    + rb")"
    + SPACE
    + rb"?)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:"
    + SPACE
    + rb"?("
    + MARK
    + rb"))?"
)

_DATE_PARTS = re.compile(rb"(\d+)[./-](\d+)[./-](\d+)")
_NOT_LETTERS = re.compile(r"[\s.]")  # \s includes no-break and narrow no-break spaces


def seconds_of_day(value: bytes) -> int | None:
    """`9:05:07 p. m.` -> 75907; None for an impossible time."""
    match = TIME_PARTS.fullmatch(value)
    if not match:
        return None
    before, hour, minute, second, after = match.groups()
    h, m, s = int(hour), int(minute), int(second or 0)
    marker = _NOT_LETTERS.sub("", (before or after or b"").decode().lower())
    if marker:
        if marker in PM_MARKERS:
            # "13:37 p.m." happens in real exports; an hour past 12 already says afternoon.
            if h < 12:
                h += 12
        elif h == 12:
            h = 0
    if h > 23 or m > 59 or s > 59:
        return None
    return h * 3600 + m * 60 + s


# One time per line, each matched whole; a line that is not a time matches the second
# alternative, so that every line gives exactly one match.
_TIME_LINES = re.compile(rb"^(?:" + TIME_PARTS.pattern + rb")$|^.*$", re.MULTILINE)


def seconds_of_day_many(values: list[bytes]) -> list[int | None]:
    """`seconds_of_day()` for many distinct strings at once: one regex pass over all of
    them, and each AM/PM marker spelling interpreted once."""
    if not values:
        return []
    if any(b"\n" in value for value in values):
        return [seconds_of_day(value) for value in values]
    afternoon: dict[bytes, bool | None] = {b"": None}
    result: list[int | None] = []
    for before, hour, minute, second, after in _TIME_LINES.findall(b"\n".join(values)):
        if not hour:
            result.append(None)
            continue
        h, m, s = int(hour), int(minute), int(second or 0)
        marker = before or after
        pm = afternoon.get(marker, False)
        if pm is False:
            text = _NOT_LETTERS.sub("", marker.decode().lower())
            pm = afternoon[marker] = (text in PM_MARKERS) if text else None
        if pm is not None:
            if pm:
                if h < 12:
                    h += 12
            elif h == 12:
                h = 0
        result.append(None if h > 23 or m > 59 or s > 59 else h * 3600 + m * 60 + s)
    return result


def decide_days(values: list[bytes], runs: list[int]) -> list[int | None]:
    """Days since 1970-01-01 for each date string, with one day/month order for the file.

    Year-first dates (`2021-12-31`) are unambiguous. For the rest the order is month-first
    when some second field is over 12 and no first field is, day-first in the opposite case;
    when both occur (a file mixing formats) the order that makes more dates valid wins. When
    no field is over 12, the order under which the dates run forwards in the file more often
    wins, and day-first (the most common world-wide) breaks a tie.
    """
    fields = []
    for value in values:
        match = _DATE_PARTS.fullmatch(value)
        fields.append((*(int(x) for x in match.groups()), len(match.group(1))))
    short = [f for f in fields if f[3] < 3]
    first_big = any(f[0] > 12 for f in short)
    second_big = any(f[1] > 12 for f in short)
    if first_big and not second_big:
        order = "dmy"
    elif second_big and not first_big:
        order = "mdy"
    elif first_big and second_big:
        valid_dmy = sum(_day(f, "dmy") is not None for f in short)
        valid_mdy = sum(_day(f, "mdy") is not None for f in short)
        order = "mdy" if valid_mdy > valid_dmy else "dmy"
    else:
        order = (
            "mdy"
            if _backward_steps(fields, runs, "mdy") < _backward_steps(fields, runs, "dmy")
            else "dmy"
        )
    other = "dmy" if order == "mdy" else "mdy"
    days = []
    for f in fields:
        day = _day(f, order)
        if day is None and f[3] < 3:
            day = _day(f, other)
        days.append(day)
    return days


def _backward_steps(fields, runs: list[int], order: str) -> int:
    days = [_day(f, order) for f in fields]
    steps = 0
    previous = None
    for key in runs:
        day = days[key]
        if day is None:
            steps += 1
            continue
        if previous is not None and day < previous:
            steps += 1
        previous = day
    return steps


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _day(f: tuple[int, int, int, int], order: str) -> int | None:
    a, b, c, first_width = f
    if first_width >= 3:
        year, month, day = a, b, c
    elif order == "dmy":
        day, month, year = a, b, c
    else:
        month, day, year = a, b, c
    if year < 100 and (first_width < 3):
        year += 2000
    try:
        return date(year, month, day).toordinal() - _EPOCH_ORDINAL
    except ValueError:
        return None
