"""The header line of a WhatsApp-style export, as one compiled bytes regex per file.

Every message starts with a header — `12/31/21, 9:05 PM - Alex: text` (Android) or
`[31.12.21, 21:05:07] Alex: text` (iOS) — whose shape is found once from the file's first
bytes (`header_regex()`); `build_header_regex()` spells that shape so that `split()` hands
back date, time, sender and body for every message.
"""

from __future__ import annotations

import re
from functools import cache

from .dates import MARK, SPACE

# Byte-order marks and direction marks turn up at the start of header lines, even inside
# the bracket; they are allowed there rather than removed from the whole file.
_INVISIBLE = rb"(?:\xef\xbb\xbf|\xe2\x80[\x8e\x8f])*"
_DATE = rb"(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_CLOCK = rb"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
_BETWEEN = _INVISIBLE + rb"[.,]?" + SPACE + rb"{1,2}"
_DETECT = re.compile(
    rb"\n"
    + _INVISIBLE
    + rb"(\[)?"
    + _INVISIBLE
    + _DATE
    + _BETWEEN
    + rb"("
    + MARK
    + SPACE
    + rb"?)?"
    + _CLOCK
    + rb"("
    + SPACE
    + rb"?"
    + MARK
    + rb")?"
    + _INVISIBLE
    + rb"\.?(?:\] | - )"
)


def _optional(pattern: bytes) -> bytes:
    """`(?:pattern)?` written as an alternation with an empty branch: it matches the same
    text in the same order of preference, but Python's regex engine rejects the branch at
    its first byte instead of setting up a repeat, which is cheaper on every header."""
    return rb"(?:" + pattern + rb"|)"


# The same shapes as _INVISIBLE, _BETWEEN and _CLOCK above, spelt with the cheaper
# alternations for the regex that runs on every line of a file.
_ONE_INVISIBLE = rb"(?:\xef\xbb\xbf|\xe2\x80[\x8e\x8f])"
_ANY_INVISIBLE = (
    rb"(?:\xef\xbb\xbf" + _ONE_INVISIBLE + rb"*|\xe2\x80[\x8e\x8f]" + _ONE_INVISIBLE + rb"*|)"
)
_FAST_BETWEEN = _ANY_INVISIBLE + rb"[.,]?" + SPACE + _optional(SPACE)
_FAST_CLOCK = rb"\d{1,2}[:.]\d{2}" + _optional(rb"[:.]\d{2}")
# "Name: text", or "Name:" alone at the end of a line (an empty or view-once message).
# A line without "Name: " is a notice ("You added Alex") and gets no sender.
_FAST_SENDER = _optional(rb"([^\n:]{1,200}):(?: |(?=\n)|\Z)")


@cache
def build_header_regex(style: str, marked: bool) -> re.Pattern[bytes]:
    """One compiled regex for one header shape.

    `style` is "bracket" (`[date, time] `), "dash" (`date, time - `) or "either" for files
    that mix both; `marked` adds AM/PM markers before or after the clock. The three
    capturing groups make `split()` hand back date, time, sender and body for every message.
    """
    time = _FAST_CLOCK
    if marked:
        time = _optional(MARK + _optional(SPACE)) + time + _optional(_optional(SPACE) + MARK)
    opening = {"bracket": rb"\[", "dash": b"", "either": rb"\[?"}[style]
    closing = {"bracket": rb"\] ", "dash": rb" - ", "either": rb"(?:\] | - )"}[style]
    return re.compile(
        rb"\n"
        + _ANY_INVISIBLE
        + opening
        + _ANY_INVISIBLE
        + _DATE
        + _FAST_BETWEEN
        + rb"("
        + time
        + rb")"
        + _ANY_INVISIBLE
        + rb"\.?"
        + closing
        + _FAST_SENDER
    )


def header_regex(head: str) -> re.Pattern[bytes] | None:
    """The regex for this file's header shape, or None if it has no WhatsApp headers."""
    sample = normalize(b"\n" + head.encode())
    bracketed = dashed = marked = 0
    for match in _DETECT.finditer(sample):
        if match.group(1):
            bracketed += 1
        else:
            dashed += 1
        if match.group(3) or match.group(4):
            marked += 1
    if not bracketed and not dashed:
        return None
    style = "either" if bracketed and dashed else "bracket" if bracketed else "dash"
    return build_header_regex(style, bool(marked))


def normalize(chunk: bytes) -> bytes:
    """Line ends to LF; other invisible characters are handled by the regex."""
    if b"\r" in chunk:
        chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return chunk
