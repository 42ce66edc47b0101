"""WhatsApp text exports (Android and iOS) and signal-export's text, which has the same shape.

Every message starts with a header line — `12/31/21, 9:05 PM - Alex: text` (Android) or
`[31.12.21, 21:05:07] Alex: text` (iOS) — and continues over any following lines that are
not headers. The parser is built for large files:

* the file is read in chunks of a few megabytes and never held whole;
* each chunk is split by one compiled bytes regex chosen for the file's header style, so
  the per-message work happens inside the regex engine and C-level `map` calls;
* dates and times are parsed once per distinct string (a chat has a few thousand distinct
  days), and the day/month order is decided once per file from all of them;
* message text is decoded only to count its characters, except for the handful of
  messages the builder keeps for tone.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import deque
from datetime import date, tzinfo
from functools import cache
from itertools import accumulate, compress, groupby, repeat
from operator import add, is_, sub

from .. import errors
from ..conversation import Kind
from ..phrases import (
    EXACT_PLACEHOLDERS,
    REASSURANCE_SCAN,
    SYSTEM,
    classify_body,
    reassurance_category,
)
from .builder import (
    SAMPLE_CAP,
    SKIPPED_KIND,
    SYSTEM_KIND,
    TAIL,
    ConversationBuilder,
    WallToUtc,
)

# Localised AM/PM markers: English and Spanish-style dotted forms ("a. m."), German, Greek,
# Turkish, Vietnamese, Finnish, Hungarian, Arabic, Chinese, Japanese and Korean.
_MARKERS = (
    "vorm\\.|nachm\\.|午前|午後|上午|下午|오전|오후|ص|م|π\\.μ\\.|μ\\.μ\\.|ÖÖ|ÖS|öö|ös|"
    "SA|CH|ap\\.|ip\\.|de\\.|du\\."
)
_SPACE = rb"(?: |\xc2\xa0|\xe2\x80\xaf)"  # space, no-break space, narrow no-break space
_MARK = rb"(?:[AaPp]\.?" + _SPACE + rb"?[Mm]\.?|" + _MARKERS.encode() + rb")"
PM_MARKERS = frozenset(["pm", "nachm", "午後", "下午", "오후", "م", "μμ", "ös", "ch", "ip", "du"])
# Byte-order marks and direction marks turn up at the start of header lines, even inside
# the bracket; they are allowed there rather than removed from the whole file.
_INVISIBLE = rb"(?:\xef\xbb\xbf|\xe2\x80[\x8e\x8f])*"
_DATE = rb"(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_CLOCK = rb"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
_BETWEEN = _INVISIBLE + rb"[.,]?" + _SPACE + rb"{1,2}"
# "Name: text", or "Name:" alone at the end of a line (an empty or view-once message).
# A line without "Name: " is a notice ("You added Alex") and gets no sender.
_SENDER = rb"(?:([^\n:]{1,200}):(?: |(?=\n)|\Z))?"
_DETECT = re.compile(
    rb"\n"
    + _INVISIBLE
    + rb"(\[)?"
    + _INVISIBLE
    + _DATE
    + _BETWEEN
    + rb"("
    + _MARK
    + _SPACE
    + rb"?)?"
    + _CLOCK
    + rb"("
    + _SPACE
    + rb"?"
    + _MARK
    + rb")?"
    + _INVISIBLE
    + rb"\.?(?:\] | - )"
)
_TIME_PARTS = re.compile(
    rb"(?:("
    + _MARK
    + rb")"
    + _SPACE
    + rb"?)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:"
    + _SPACE
    + rb"?("
    + _MARK
    + rb"))?"
)
_DATE_PARTS = re.compile(rb"(\d+)[./-](\d+)[./-](\d+)")
_ATTACHED = (b" (file attached)", " (Datei angehängt)".encode())
LRM = "\u200e".encode()
SEPARATOR = b"\x00 "


@cache
def build_header_regex(style: str, marked: bool) -> re.Pattern[bytes]:
    """One compiled regex for one header shape.

    `style` is "bracket" (`[date, time] `), "dash" (`date, time - `) or "either" for files
    that mix both; `marked` adds AM/PM markers before or after the clock. The three
    capturing groups make `split()` hand back date, time, sender and body for every message.
    """
    time = _CLOCK
    if marked:
        time = (
            rb"(?:" + _MARK + _SPACE + rb"?)?" + _CLOCK + rb"(?:" + _SPACE + rb"?" + _MARK + rb")?"
        )
    opening = {"bracket": rb"\[", "dash": b"", "either": rb"\[?"}[style]
    closing = {"bracket": rb"\] ", "dash": rb" - ", "either": rb"(?:\] | - )"}[style]
    return re.compile(
        rb"\n"
        + _INVISIBLE
        + opening
        + _INVISIBLE
        + _DATE
        + _BETWEEN
        + rb"("
        + time
        + rb")"
        + _INVISIBLE
        + rb"\.?"
        + closing
        + _SENDER
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


SYSTEM_SENDER = 0xFFFF
FIRST_MESSAGES_CHECKED = 5
_STRIDE = 4  # split() yields: date, time, sender, body


def _decode(data: bytes) -> str:
    try:
        return data.decode()
    except UnicodeDecodeError as exc:
        raise errors.not_utf8() from exc


class LineExportParser:
    """Feeds chunks of a WhatsApp-style export into a ConversationBuilder."""

    def __init__(self, builder: ConversationBuilder, regex: re.Pattern[bytes]) -> None:
        self.builder = builder
        self.regex = regex
        self.senders: dict[bytes | None, int] = {None: SYSTEM_SENDER}
        self.dates: dict[bytes, int] = {}
        self.times: dict[bytes, int] = {}
        self.date_index = array("I")
        self.time_index = array("I")
        self.date_runs: list[int] = []  # date ids in file order, repeats collapsed

    def feed_stream(self, chunks) -> None:
        """Split a stream of byte chunks at line ends and feed each piece."""
        carry = b"\n"
        for block in chunks:
            data = carry + block
            cut = data.rfind(b"\n")
            if cut <= 0:
                carry = data
                continue
            self.feed(data[:cut])
            carry = data[cut:]
        self.feed(carry)

    def feed(self, chunk: bytes) -> None:
        """Parse one piece that starts with a newline and ends at a line end."""
        chunk = normalize(chunk)
        b = self.builder
        parts = self.regex.split(chunk)
        pre = parts[0]
        first = len(b.sender)
        if pre and first:
            self.continue_last(pre)
        elif pre:
            _decode(pre)  # text before the first header is ignored, but must be UTF-8
        names = parts[3::_STRIDE]
        count = len(names)
        if not count:
            return
        dates = parts[1::_STRIDE]
        times = parts[2::_STRIDE]
        bodies = parts[4::_STRIDE]
        del parts
        try:
            lengths = list(map(len, map(bytes.decode, bodies)))
        except UnicodeDecodeError as exc:
            raise errors.not_utf8() from exc
        # All bodies in one string, each behind NUL + space: one regex pass finds phrases
        # (a phrase cannot run across a NUL), and `starts` maps a position to its message.
        joined = SEPARATOR + SEPARATOR.join(bodies)
        starts = list(accumulate(map(add, map(len, bodies), repeat(2)), initial=2))

        kinds = bytearray(count)
        if None in names:
            for i in compress(range(count), map(is_, names, repeat(None))):
                kinds[i] = SYSTEM_KIND
        for i in self.candidates(joined, bodies, starts, first):
            if kinds[i] != SYSTEM_KIND:
                found = classify_body(_decode(bodies[i]))
                kinds[i] = SYSTEM_KIND if found == SYSTEM else found
                if found != Kind.TEXT:
                    lengths[i] = 0

        senders = self.ids_for(names, self.senders, self.new_sender)
        b.sender.extend(senders)
        self.time_index.extend(self.ids_for(times, self.times, self.new_time))
        # Dates come in long runs (one per day), so they are looked up once per run.
        date_index = self.date_index
        for value, run in groupby(dates):
            key = self.dates.get(value)
            if key is None:
                key = self.dates[value] = len(self.dates)
            if not self.date_runs or self.date_runs[-1] != key:
                self.date_runs.append(key)
            date_index.extend(repeat(key, len(list(run))))
        b.length.extend(lengths)
        b.kind.extend(kinds)

        self.find_reassurance(joined, starts, first, kinds)
        self.keep_texts(bodies, senders, kinds, first)

    @staticmethod
    def ids_for(values: list, known: dict, add_new) -> list[int]:
        """Map values to ids with C-level lookups; only unseen values take the slow path."""
        ids = list(map(known.get, values))
        if None in ids:
            for value in set(compress(values, map(is_, ids, repeat(None)))):
                known[value] = add_new(value)
            ids = list(map(known.__getitem__, values))
        return ids

    def new_sender(self, name: bytes) -> int:
        clean = _decode(name).strip(" \u00a0\u202f\u200e\u200f\u202a\u202c\ufeff\t")
        return self.builder.sender_id(clean or "?")

    def new_time(self, value: bytes) -> int:
        return len(self.times)

    def continue_last(self, pre: bytes) -> None:
        """Lines at the top of a chunk belong to the previous chunk's last message."""
        b = self.builder
        last = len(b.sender) - 1
        text = _decode(pre)
        if b.kind[last] == Kind.TEXT:
            b.length[last] += len(text)
            tail = b.tails.get(b.sender[last])
            if tail and tail[-1][0] == last:
                tail[-1] = (last, tail[-1][1] + text)
            if last in b.sample:
                b.sample[last] += text
        if b.kind[last] == Kind.TEXT:
            for match in REASSURANCE_SCAN.finditer(pre.lower().replace(b"\n", b" ")):
                category = reassurance_category(match.group())
                if category is not None:
                    b.reassurance.append((last, category))

    def candidates(self, joined: bytes, bodies: list[bytes], starts: list[int], first: int):
        """Messages that may be notices or placeholders; everything else is plain text."""
        found = set(compress(range(len(bodies)), map(EXACT_PLACEHOLDERS.__contains__, bodies)))
        # iOS starts placeholder and notice bodies with an invisible left-to-right mark.
        marker = SEPARATOR + LRM
        at = joined.find(marker)
        while at != -1:
            found.add(bisect_right(starts, at + 2) - 1)
            at = joined.find(marker, at + 1)
        for marker in _ATTACHED:
            at = joined.find(marker)
            while at != -1:
                found.add(bisect_right(starts, at) - 1)
                at = joined.find(marker, at + 1)
        # Some exports put the chat's name in front of the encryption notice.
        found.update(range(max(0, min(len(bodies), FIRST_MESSAGES_CHECKED - first))))
        return sorted(found)

    def find_reassurance(self, joined: bytes, starts: list[int], first: int, kinds) -> None:
        hits = self.builder.reassurance
        # Lower-casing keeps byte positions; newlines become spaces so that a phrase at the
        # start of a continuation line is found too.
        for match in REASSURANCE_SCAN.finditer(joined.lower().replace(b"\n", b" ")):
            i = bisect_right(starts, match.start() + 1) - 1
            if kinds[i] != Kind.TEXT:
                continue  # a notice or placeholder
            category = reassurance_category(match.group())
            if category is not None:
                hits.append((first + i, category))

    def keep_texts(self, bodies, senders, kinds, first) -> None:
        """Give the builder the few texts it keeps: tails per sender and the tone sample."""
        b = self.builder
        count = len(bodies)
        wanted = {s: TAIL for s in set(senders)}
        wanted.pop(SYSTEM_SENDER, None)
        found: dict[int, list[int]] = {}
        i = count - 1
        while wanted and i >= 0:
            s = senders[i]
            if s in wanted and kinds[i] == Kind.TEXT:
                found.setdefault(s, []).append(i)
                wanted[s] -= 1
                if not wanted[s]:
                    del wanted[s]
            i -= 1
        for s, indices in found.items():
            tail = b.tails.get(s)
            if tail is None:
                tail = b.tails[s] = deque(maxlen=TAIL)
            tail.extend((first + j, _decode(bodies[j])) for j in reversed(indices))
        while len(b.sample) + count // b.stride > SAMPLE_CAP:
            b.stride *= 2
            b.sample = {i: t for i, t in b.sample.items() if i % b.stride == 0}
        start = (-first) % b.stride
        for j in range(start, count, b.stride):
            if kinds[j] == Kind.TEXT:
                b.sample[first + j] = _decode(bodies[j])

    def finish(self, tz: tzinfo) -> None:
        """Turn date and time strings into times, once per distinct string."""
        b = self.builder
        days = decide_days(list(self.dates), self.date_runs)
        seconds = [seconds_of_day(value) for value in self.times]
        bad_days = {i for i, day in enumerate(days) if day is None}
        bad_times = {i for i, second in enumerate(seconds) if second is None}
        day_seconds = [0 if day is None else day * 86400 for day in days]
        tods = [0 if second is None else second for second in seconds]
        wall = array(
            "q",
            map(
                add,
                map(day_seconds.__getitem__, self.date_index),
                map(tods.__getitem__, self.time_index),
            ),
        )
        for bad, index in ((bad_days, self.date_index), (bad_times, self.time_index)):
            if bad:
                for i in compress(range(len(index)), map(bad.__contains__, index)):
                    if b.kind[i] != SYSTEM_KIND:
                        b.kind[i] = SKIPPED_KIND
        to_utc = WallToUtc(tz)
        offsets = [to_utc.day_offset(day) if day is not None else 0 for day in days]
        changing = {i for i, offset in enumerate(offsets) if offset is None}
        plain = [offset or 0 for offset in offsets]
        utc = array("q", map(sub, wall, map(plain.__getitem__, self.date_index)))
        if changing:
            for i in compress(range(len(wall)), map(changing.__contains__, self.date_index)):
                utc[i] = to_utc(wall[i])
        b.wall = wall
        b.utc = utc


def seconds_of_day(value: bytes) -> int | None:
    """`9:05:07 p. m.` -> 75907; None for an impossible time."""
    match = _TIME_PARTS.fullmatch(value)
    if not match:
        return None
    before, hour, minute, second, after = match.groups()
    h, m, s = int(hour), int(minute), int(second or 0)
    marker = (before or after or b"").decode().lower().replace(".", "").replace(" ", "")
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
