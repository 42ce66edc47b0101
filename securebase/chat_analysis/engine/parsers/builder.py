"""Collects parsed messages into a `Conversation` without keeping their text.

Each message adds a few numbers to parallel arrays; the text is looked at once, for its
length and for reassurance-seeking phrases, and never kept.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from datetime import UTC, datetime, timedelta, tzinfo
from itertools import compress, pairwise
from operator import mul

from .. import errors, fast
from ..conversation import Conversation, Kind
from ..phrases import reassurance_categories, reassurance_hits
from .source import Budget, Limits

MISSING = -(2**63)
SYSTEM_KIND = 255  # a notice, dropped when the conversation is finished
SKIPPED_KIND = 254  # a line with an impossible date or time, dropped and counted
MAX_PARTICIPANTS = 60_000
EPOCH = datetime(1970, 1, 1)
LATEST = int((datetime(2200, 1, 1) - EPOCH).total_seconds())
_MISSING_ONE = array("q", [MISSING])
# Rows to drop, found by the regex engine in the kind column (one byte per row).
_DROPPED_KINDS = re.compile(b"[%c%c]" % (SKIPPED_KIND, SYSTEM_KIND))


class ConversationBuilder:
    """Accumulates messages in file order; `finish()` sorts them and returns a Conversation."""

    def __init__(
        self,
        *,
        source_format: str,
        title: str = "",
        me_hint: str | None = None,
        them_hint: str | None = None,
        budget: Budget | None = None,
    ) -> None:
        self.budget = budget or Budget(Limits())
        self.source_format = source_format
        self.title = title
        self.me_hint = me_hint
        self.them_hint = them_hint
        self.names: list[str] = []
        self.ids: dict[str, int] = {}
        self.sender = array("H")
        self.length = array("I")
        self.kind = bytearray()
        self.utc = array("q")
        self.wall = array("q")
        self.reassurance: list[tuple[int, int]] = []
        self.skipped = 0
        self.times_missing = False  # whether add() was given only one of utc and wall

    # -- adding -------------------------------------------------------------------------

    def sender_id(self, name: str) -> int:
        found = self.ids.get(name)
        if found is None:
            if len(self.names) >= MAX_PARTICIPANTS:
                raise errors.unknown_format()
            found = self.ids[name] = len(self.names)
            self.names.append(name)
        return found

    def add(
        self,
        name: str,
        text: str,
        kind: int = Kind.TEXT,
        *,
        utc: int | None = None,
        wall: int | None = None,
    ) -> None:
        """Add one message. Give `utc` (epoch seconds) or `wall` (local seconds), or both.

        A time outside 1970-2200 cannot be a real message and is counted as skipped.
        """
        if not all(t is None or 0 <= t < LATEST for t in (utc, wall)) or (
            utc is None and wall is None
        ):
            self.skipped += 1
            return
        if utc is None or wall is None:
            self.times_missing = True
        self.budget.count()
        if len(text) > self.budget.max_message_chars:  # the same limit in every format
            raise errors.message_too_large(self.budget.max_message_chars)
        index = len(self.sender)
        sender = self.sender_id(name)
        self.sender.append(sender)
        self.kind.append(kind)
        self.utc.append(MISSING if utc is None else utc)
        self.wall.append(MISSING if wall is None else wall)
        if kind == Kind.TEXT:
            self.length.append(len(text))
            for category in reassurance_categories(text):
                self.reassurance.append((index, category))
        else:
            self.length.append(0)

    def add_many(
        self,
        names: list[str],
        texts: list[str],
        kinds: list[int],
        utcs: list[int | None],
        walls: list[int | None],
    ) -> None:
        """`add()` for many messages at once: the same columns, skips and errors."""
        if walls.count(None) == len(walls) and None not in utcs:  # UTC times only: usual
            # min() and max() first: a whole batch is almost always in range.
            if utcs and not (min(utcs) >= 0 and max(utcs) < LATEST):
                good = [0 <= utc < LATEST for utc in utcs]
            else:
                good = []
        else:
            good = [
                (utc is not None or wall is not None)
                and (utc is None or 0 <= utc < LATEST)
                and (wall is None or 0 <= wall < LATEST)
                for utc, wall in zip(utcs, walls, strict=True)
            ]
        if not all(good):
            self.skipped += good.count(False)
            names, texts, kinds, utcs, walls = (
                list(compress(column, good)) for column in (names, texts, kinds, utcs, walls)
            )
        if not names:
            return
        sizes = list(map(len, texts))
        limit = self.budget.max_message_chars
        too_long = (
            next((i for i, n in enumerate(sizes) if n > limit), None)
            if max(sizes) > limit
            else None
        )
        self.budget.count(len(names) if too_long is None else too_long + 1)
        if too_long is not None:
            raise errors.message_too_large(limit)
        if None in walls or None in utcs:  # walls first: Telegram's are all missing
            self.times_missing = True
        first = len(self.sender)
        try:
            senders = list(map(self.ids.__getitem__, names))
        except KeyError:  # someone new in this batch
            for name in dict.fromkeys(names):
                self.sender_id(name)
            senders = list(map(self.ids.__getitem__, names))
        # fromlist() takes a list in one call; extend() converts item by item.
        self.sender.fromlist(senders)
        self.kind.extend(kinds)
        for column, values in ((self.utc, utcs), (self.wall, walls)):
            if None not in values:
                column.fromlist(values)
            elif values.count(None) == len(values):  # Telegram's usual wall column
                column.extend(_MISSING_ONE * len(values))
            else:
                column.fromlist([MISSING if value is None else value for value in values])
        text_kind = Kind.TEXT
        if kinds.count(text_kind) == len(kinds):  # text only
            self.length.extend(sizes)
            hits = reassurance_hits(texts)
        else:
            is_text = list(map(text_kind.__eq__, kinds))
            self.length.extend(map(mul, sizes, is_text))  # a size times False is 0
            texts_only = list(compress(range(len(kinds)), is_text))
            hits = [
                (texts_only[i], category)
                for i, category in reassurance_hits(list(compress(texts, is_text)))
            ]
        self.reassurance.extend((first + i, category) for i, category in hits)

    def merge(self, other: ConversationBuilder) -> None:
        """Append the messages of `other`, which come after this builder's in the file:
        the same columns, skips and errors as adding them here."""
        first = len(self.sender)
        ids = [self.sender_id(name) for name in other.names]
        self.budget.count(len(other.sender))
        if ids == list(range(len(ids))):  # the same numbering: no renumbering needed
            self.sender.extend(other.sender)
        else:
            self.sender.extend(map(ids.__getitem__, other.sender))
        self.kind.extend(other.kind)
        self.length.extend(other.length)
        self.utc.extend(other.utc)
        self.wall.extend(other.wall)
        self.reassurance.extend((first + i, category) for i, category in other.reassurance)
        self.skipped += other.skipped
        self.times_missing = self.times_missing or other.times_missing

    # -- finishing ----------------------------------------------------------------------

    def finish(self, tz: tzinfo) -> Conversation:
        """Drop notices, fill in UTC or wall-clock times and sort by time."""
        dropped_skipped = self.kind.count(SKIPPED_KIND)
        if SKIPPED_KIND in self.kind or SYSTEM_KIND in self.kind:
            self.drop_rows([match.start() for match in _DROPPED_KINDS.finditer(self.kind)])
        self.skipped += dropped_skipped
        if not self.sender:
            raise errors.no_messages()
        self.fill_times(tz)
        self.sort_by_time()
        used = sorted(set(self.sender), key=self.first_index())
        if len(used) < 2:
            raise errors.one_participant(self.names[used[0]])
        renumber = {old: new for new, old in enumerate(used)}
        if any(old != new for old, new in renumber.items()):
            self.sender = array("H", map(renumber.__getitem__, self.sender))
        participants = tuple(self.names[old] for old in used)
        return Conversation(
            source_format=self.source_format,
            title=self.title,
            participants=participants,
            time_zone=getattr(tz, "key", str(tz)),
            utc=self.utc,
            wall=self.wall,
            sender=self.sender,
            length=self.length,
            kind=bytes(self.kind),
            reassurance=tuple(sorted(self.reassurance)),
            me_hint=self.me_hint,
            them_hint=self.them_hint,
            skipped=self.skipped,
        )

    def drop_rows(self, gone: list[int]) -> None:
        """Remove the given rows (sorted) from every column; notices are few, so the columns
        are rebuilt from the slices between them."""
        edges = [-1, *gone, len(self.kind)]
        for name in ("sender", "length", "kind", "utc", "wall"):
            column = getattr(self, name)
            kept = column[:0]
            for start, stop in pairwise(edges):
                kept += column[start + 1 : stop]
            setattr(self, name, kept)
        dropped = set(gone)
        self.remap(lambda old: None if old in dropped else old - bisect_left(gone, old))

    def first_index(self):
        first: dict[int, int] = {}
        for i, s in enumerate(self.sender):
            if s not in first:
                first[s] = i
                if len(first) == len(self.names):
                    break
        return first.__getitem__

    def remap(self, move) -> None:
        """Move the stored message indices (phrase hits) after rows moved."""
        moved_hits = ((move(i), c) for i, c in self.reassurance)
        self.reassurance = [(i, c) for i, c in moved_hits if i is not None]

    def fill_times(self, tz: tzinfo) -> None:
        """Wall-clock times from UTC ones and the other way round, where only one was
        given: one offset per local (or UTC) day, and each time on its own on a day the
        clocks change."""
        if not self.times_missing:
            return
        self.wall = _fill(self.wall, self.utc, UtcToWall(tz), sign=1)
        self.utc = _fill(self.utc, self.wall, WallToUtc(tz), sign=-1)

    def sort_by_time(self) -> None:
        # A stable sort keeps file order for equal times, which is the order they were sent.
        order = fast.stable_order(fast.column(self.utc))
        if order is None:
            return
        self.utc = fast.to_array(fast.column(self.utc)[order], "q")
        self.wall = fast.to_array(fast.column(self.wall)[order], "q")
        self.sender = fast.to_array(fast.column(self.sender, "uint16")[order], "H")
        self.length = fast.to_array(fast.column(self.length, "uint32")[order], "I")
        self.kind = bytearray(fast.column(self.kind, "uint8")[order].tobytes())
        new_position = dict(zip(order.tolist(), range(len(order)), strict=True))
        self.remap(new_position.__getitem__)


def _fill(missing: array, given: array, convert, *, sign: int) -> array:
    """`missing` with every MISSING value replaced by `convert()` of the `given` one;
    `convert.day_offset(day)` is the day's single offset (None on a day the clocks change),
    added (sign 1) or subtracted (-1)."""
    gaps = fast.positions(fast.column(missing) == MISSING)
    if not len(gaps):
        return missing
    times = fast.column(given)[gaps]
    offsets = fast.map_distinct(
        times // 86400, lambda day: _CHANGING if (o := convert.day_offset(day)) is None else o
    )
    filled = fast.column(missing).copy()
    filled[gaps] = times + sign * offsets
    for row in fast.positions(offsets == _CHANGING).tolist():
        filled[gaps[row]] = convert(int(times[row]))
    return fast.to_array(filled, "q")


_CHANGING = MISSING  # no real offset is this


class WallToUtc:
    """Local wall-clock seconds to UTC seconds, cached per local day, and per local hour on a
    day the clocks change."""

    def __init__(self, tz: tzinfo) -> None:
        self.tz = tz
        self.days: dict[int, int | None] = {}
        self.hours: dict[int, int | None] = {}

    def offset_at(self, wall: int) -> int:
        moment = (EPOCH + timedelta(seconds=wall)).replace(tzinfo=self.tz)
        offset = moment.utcoffset()
        return int(offset.total_seconds()) if offset is not None else 0

    def day_offset(self, day: int) -> int | None:
        """The day's single UTC offset, or None on a day the clocks change."""
        if day not in self.days:
            start = self.offset_at(day * 86400)
            end = self.offset_at(day * 86400 + 86399)
            self.days[day] = start if start == end else None
        return self.days[day]

    def __call__(self, wall: int) -> int:
        try:
            offset = self.day_offset(wall // 86400)
            if offset is None:
                hour = wall // 3600
                if hour not in self.hours:
                    start, end = self.offset_at(hour * 3600), self.offset_at(hour * 3600 + 3599)
                    self.hours[hour] = start if start == end else None
                offset = self.hours[hour]
                if offset is None:  # the hour the clocks change
                    offset = self.offset_at(wall)
        except (OverflowError, ValueError):
            offset = 0
        return wall - offset


class UtcToWall:
    """UTC seconds to local wall-clock seconds, cached per UTC hour."""

    def __init__(self, tz: tzinfo) -> None:
        self.tz = tz
        self.hours: dict[int, int | None] = {}

    def offset_at(self, utc: int) -> int:
        moment = datetime.fromtimestamp(utc, UTC).astimezone(self.tz)
        offset = moment.utcoffset()
        return int(offset.total_seconds()) if offset is not None else 0

    def day_offset(self, day: int) -> int | None:
        """The UTC day's single offset, or None if the clocks change during it."""
        try:
            start, end = self.offset_at(day * 86400), self.offset_at(day * 86400 + 86399)
        except (OverflowError, ValueError, OSError):
            return 0
        return start if start == end else None

    def __call__(self, utc: int) -> int:
        hour = utc // 3600
        try:
            if hour not in self.hours:
                start, end = self.offset_at(hour * 3600), self.offset_at(hour * 3600 + 3599)
                self.hours[hour] = start if start == end else None
            offset = self.hours[hour]
            if offset is None:
                offset = self.offset_at(utc)
        except (OverflowError, ValueError, OSError):
            offset = 0
        return utc + offset
