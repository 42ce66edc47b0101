"""WhatsApp text exports (Android and iOS) and signal-export's text, which has the same shape.

Every message starts with a header line — `12/31/21, 9:05 PM - Alex: text` (Android) or
`[31.12.21, 21:05:07] Alex: text` (iOS) — and continues over any following lines that are
not headers. The parser is built for large files:

* the file is read in chunks of a few megabytes and never held whole;
* each chunk is split by one compiled bytes regex chosen for the file's header style, so
  the per-message work happens inside the regex engine and C-level `map` calls;
* dates and times are parsed once per distinct string (a chat has a few thousand distinct
  days), and the day/month order is decided once per file from all of them;
* message text is decoded only to count its characters, and never kept.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from datetime import tzinfo
from itertools import accumulate, chain, compress, groupby, repeat, starmap
from operator import add, is_

from .. import errors, fast
from ..conversation import Kind
from ..phrases import (
    EXACT_PLACEHOLDERS,
    REASSURANCE_SCAN,
    SYSTEM,
    classify_body,
    for_scan,
    reassurance_category,
)
from .builder import (
    SKIPPED_KIND,
    SYSTEM_KIND,
    ConversationBuilder,
    WallToUtc,
)
from .dates import decide_days, seconds_of_day_many
from .headers import build_header_regex, header_regex, normalize
from .source import character_start

# The header regex lives in headers.py; its names are here too, beside the parser.
__all__ = ["LineExportParser", "build_header_regex", "header_regex", "normalize"]

_ATTACHED = (b" (file attached)", " (Datei angehängt)".encode(), b"<attached: ")
LRM = "\u200e".encode()
# An edited message ends with a marker in the phone's language; it is not part of the text.
EDITED_MARKERS = (b"<This message was edited>", "<Se editó este mensaje.>".encode())
SEPARATOR = b"\x00 "


SYSTEM_SENDER = 0xFFFF
PIECE_BYTES = 1 << 19  # bytes of whole messages parsed at a time (about)
TAIL_SEARCHED = 1 << 16  # bytes at a block's end searched first for its last header
LONGEST_HELD = 8 << 20  # bytes of one line held at most; longer lines are fed in pieces
CLASSIFIED_CACHE = 4096  # distinct special bodies remembered (file names make many)
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
        self.times: dict[bytes, int] = {}  # time string -> seconds of the day, -1 if impossible
        self.time_of_day = array("q")  # seconds since midnight, -1 if impossible
        # Dates come in long runs (one per day): date ids in file order, repeats collapsed,
        # and how many messages each run has.
        self.date_runs: list[int] = []
        self.date_counts: list[int] = []
        self.leading = b""  # lines before the first header (a part of a file may start so)
        self.check_first = True  # False for a later part of a file read in parallel
        # Placeholders repeat ("<Media omitted>", "image omitted"): each distinct body is
        # classified once.
        self.classified: dict[bytes, int] = {}

    def feed_stream(self, chunks) -> None:
        """Split a stream of byte chunks where messages start and feed each piece.

        A message longer than `LONGEST_HELD` is not held whole: it is fed in pieces cut at
        line ends (or, for one huge line, between characters), each later piece continuing
        the message, so memory stays bounded by the chunk size whatever the file holds."""
        carry = b"\n"
        for block in chunks:
            # Whole messages a piece at a time, each piece cut where a header starts: the
            # objects a piece's passes make stay in the processor's cache between passes.
            start = 0
            while len(block) - start > 2 * PIECE_BYTES:
                header = self.regex.search(block, start + PIECE_BYTES)
                if header is None:
                    break
                self.feed(b"".join((carry, memoryview(block)[start : header.start()])))
                carry, start = b"", header.start()
            data = carry + (block[start:] if start else block)
            # The last message may go on in the next block: it is carried over whole, so a
            # phrase or a poll across one of its line breaks is read as one.
            cut = self.last_header(data)
            if cut <= 0 and len(data) > LONGEST_HELD:  # one message longer than is held
                cut = data.rfind(b"\n")
                if cut <= 0:
                    cut = character_start(data, len(data) - 1)
            if cut <= 0:
                carry = data
                continue
            self.feed(data[:cut])
            carry = data[cut:]
        # The file's final line end is not part of the last message.
        carry = carry.rstrip(b"\r\n")
        if carry:
            self.feed(carry)

    def last_header(self, data: bytes) -> int:
        """Where the last header in `data` starts (at the line break before it), or -1: the
        last `TAIL_SEARCHED` bytes are searched first, the whole of `data` only when they hold
        none."""
        for start in (max(len(data) - TAIL_SEARCHED, 0), 0):
            last = -1
            for match in self.regex.finditer(data, start):
                last = match.start()
            if last >= 0 or start == 0:
                return last
        return -1

    def feed(self, chunk: bytes) -> None:
        """Parse one piece that starts with a newline and ends at a line end."""
        if chunk.endswith(b"\r"):  # the CR of a CRLF whose LF starts the next piece
            chunk = chunk[:-1]
        chunk = normalize(chunk)
        b = self.builder
        parts = self.regex.split(chunk)
        pre = parts[0]
        first = len(b.sender)
        if pre and first:
            self.continue_last(pre)
        elif pre:
            _decode(pre)  # text before the first header must be UTF-8 too
            if not self.check_first:  # a later part of a file hands these to the part before
                self.leading += pre
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

        for marker in EDITED_MARKERS:
            if marker in joined:
                self.drop_edited_markers(marker, joined, bodies, starts, lengths)
        kinds = bytearray(count)
        if None in names:
            for i in compress(range(count), map(is_, names, repeat(None))):
                kinds[i] = SYSTEM_KIND
        classified = self.classified
        for i in self.candidates(joined, bodies, starts, first):
            if kinds[i] != SYSTEM_KIND:
                body = bodies[i]
                found = classified.get(body)
                if found is None:
                    found = classify_body(_decode(body))
                    if len(classified) < CLASSIFIED_CACHE:
                        classified[body] = found
                kinds[i] = SYSTEM_KIND if found == SYSTEM else found
                if found != Kind.TEXT:
                    lengths[i] = 0

        b.budget.count(count)
        senders = self.ids_for(names, self.senders, self.new_senders)
        b.sender.extend(senders)
        self.time_of_day.extend(self.ids_for(times, self.times, self.new_times))
        # Dates come in long runs (one per day), so they are looked up once per run.
        for value, run in groupby(dates):
            key = self.dates.get(value)
            if key is None:
                key = self.dates[value] = len(self.dates)
            self.add_date_run(key, len(list(run)))
        b.length.extend(lengths)
        b.kind.extend(kinds)

        self.find_reassurance(joined, starts, first, kinds)

    @staticmethod
    def drop_edited_markers(marker, joined, bodies, starts, lengths) -> None:
        """Leave "<This message was edited>" (and its translations) out of lengths."""
        at = joined.find(marker)
        while at != -1:
            i = bisect_right(starts, at) - 1
            body = bodies[i]
            text = _decode(body[: body.rfind(marker)]).rstrip(" \u200e\u00a0")
            lengths[i] = len(text)
            at = joined.find(marker, at + 1)

    def add_date_run(self, key: int, count: int) -> None:
        if self.date_runs and self.date_runs[-1] == key:
            self.date_counts[-1] += count
        else:
            self.date_runs.append(key)
            self.date_counts.append(count)

    @staticmethod
    def ids_for(values: list, known: dict, add_new) -> list[int]:
        """Map values to ids with C-level lookups; unseen values are added all at once, in
        the order they first occur."""
        ids = list(map(known.get, values))
        if None in ids:
            missing = list(compress(range(len(ids)), map(is_, ids, repeat(None))))
            unseen = list(dict.fromkeys(map(values.__getitem__, missing)))
            known.update(zip(unseen, add_new(unseen), strict=True))
            for i in missing:
                ids[i] = known[values[i]]
        return ids

    def new_senders(self, names: list[bytes]) -> list[int]:
        ids = []
        for name in names:
            clean = _decode(name).strip(" \u00a0\u202f\u200e\u200f\u202a\u202c\ufeff\t")
            ids.append(self.builder.sender_id(clean or "?"))
        return ids

    @staticmethod
    def new_times(values: list[bytes]) -> list[int]:
        return [-1 if seconds is None else seconds for seconds in seconds_of_day_many(values)]

    def continue_last(self, pre: bytes) -> None:
        """Lines at the top of a chunk belong to the previous chunk's last message."""
        b = self.builder
        last = len(b.sender) - 1
        text = _decode(pre)
        if b.kind[last] == Kind.TEXT:
            b.length[last] += len(text)
            for match in REASSURANCE_SCAN.finditer(for_scan(pre)):
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
        if self.check_first:
            found.update(range(max(0, min(len(bodies), FIRST_MESSAGES_CHECKED - first))))
        return sorted(found)

    def find_reassurance(self, joined: bytes, starts: list[int], first: int, kinds) -> None:
        hits = self.builder.reassurance
        # Lower-casing keeps byte positions; newlines become spaces so that a phrase at the
        # start of a continuation line is found too.
        for match in fast.rare_matches(REASSURANCE_SCAN, for_scan(joined)):
            i = bisect_right(starts, match.start() + 1) - 1
            if kinds[i] != Kind.TEXT:
                continue  # a notice or placeholder
            category = reassurance_category(match.group())
            if category is not None:
                hits.append((first + i, category))

    def feed_range(self, stream, start: int, end: int, chunk_size: int = 8 << 20) -> None:
        """Feed bytes [start, end) of a seekable file; `start` must be at a line start."""
        stream.seek(start)
        remaining = end - start

        def chunks():
            nonlocal remaining
            while remaining > 0:
                data = stream.read(min(chunk_size, remaining))
                if not data:
                    return
                remaining -= len(data)
                yield data

        self.feed_stream(chunks())

    def export_state(self) -> dict:
        """Everything a parallel worker found, for `merge_state()` in the parent."""
        b = self.builder
        return {
            "names": b.names,
            "sender": b.sender,
            "length": b.length,
            "kind": b.kind,
            "reassurance": b.reassurance,
            "dates": list(self.dates),
            "date_runs": self.date_runs,
            "date_counts": self.date_counts,
            "times": self.times,
            "time_of_day": self.time_of_day,
            "leading": self.leading,
        }

    def merge_state(self, state: dict) -> None:
        """Append a worker's messages (the next part of the file) to this parser's."""
        b = self.builder
        offset = len(b.sender)
        if state["leading"]:
            if offset:
                self.continue_last(state["leading"])
            else:
                self.leading += state["leading"]
        names = {local: b.sender_id(name) for local, name in enumerate(state["names"])}
        names[SYSTEM_SENDER] = SYSTEM_SENDER
        if all(local == name for local, name in names.items()):
            b.sender.extend(state["sender"])  # the same numbering: no renumbering needed
        else:
            b.sender.extend(map(names.__getitem__, state["sender"]))
        b.length.extend(state["length"])
        b.kind.extend(state["kind"])
        dates = [self.dates.setdefault(value, len(self.dates)) for value in state["dates"]]
        for key, count in zip(state["date_runs"], state["date_counts"], strict=True):
            self.add_date_run(dates[key], count)
        self.times.update(state["times"])
        self.time_of_day.extend(state["time_of_day"])
        b.reassurance.extend((offset + i, category) for i, category in state["reassurance"])

    def finish(self, tz: tzinfo) -> None:
        """Turn date and time strings into times, once per distinct string."""
        b = self.builder
        days = decide_days(list(self.dates), self.date_runs)
        to_utc = WallToUtc(tz)
        # Per run of one date: the seconds to add to its times of day to make wall-clock and
        # UTC times; on a day the clocks change each UTC time is converted on its own.
        wall_shifts: list[int] = []
        utc_shifts: list[int] = []
        clock_changes: list[tuple[int, int]] = []
        bad_runs: list[tuple[int, int]] = []
        start = 0
        for key, count in zip(self.date_runs, self.date_counts, strict=True):
            stop = start + count
            day = days[key]
            if day is None:
                bad_runs.append((start, stop))
                wall_shifts.append(0)  # placeholders: these rows are dropped
                utc_shifts.append(0)
            else:
                midnight = day * 86400
                offset = to_utc.day_offset(day)
                if offset is None:
                    clock_changes.append((start, stop))
                wall_shifts.append(midnight)
                utc_shifts.append(midnight - (offset or 0))
            start = stop
        times = fast.column(self.time_of_day)
        kind = b.kind
        bad_rows = chain(
            chain.from_iterable(starmap(range, bad_runs)), fast.positions(times == -1).tolist()
        )
        for i in bad_rows:
            if kind[i] != SYSTEM_KIND:
                kind[i] = SKIPPED_KIND
        wall = fast.add_per_run(times, self.date_counts, wall_shifts)
        utc = fast.add_per_run(times, self.date_counts, utc_shifts)
        for start, stop in clock_changes:
            utc[start:stop] = list(map(to_utc, wall[start:stop].tolist()))
        b.wall = fast.to_array(wall, "q")
        b.utc = fast.to_array(utc, "q")
