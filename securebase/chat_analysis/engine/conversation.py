"""The compact, text-free form every parser produces.

A `Conversation` holds one number per message and column — no message text at all — so it
can be kept between requests, serialised, or analysed without ever touching what was said.
Parallel columns (`array`s) instead of one object per message keep a million messages in
about 25 MB.
"""

from __future__ import annotations

import json
import zlib
from array import array
from dataclasses import dataclass, field
from enum import IntEnum
from itertools import accumulate, chain
from operator import add, sub


class Kind(IntEnum):
    """What a message was. Only TEXT messages have a meaningful length."""

    TEXT = 0
    MEDIA = 1  # photo, video, voice note, sticker, file, location, poll
    DELETED = 2
    CALL = 3


@dataclass
class Conversation:
    """One chat, sorted by time. Columns are parallel arrays indexed by message.

    `utc` is seconds since the Unix epoch in UTC; `wall` is the same moment as the local
    wall-clock time in `time_zone`, written as seconds since 1970-01-01 00:00 (so
    `wall // 86400` is a local day and `wall % 86400` a local time of day).
    """

    source_format: str
    title: str
    participants: tuple[str, ...]
    time_zone: str
    utc: array = field(default_factory=lambda: array("q"))
    wall: array = field(default_factory=lambda: array("q"))
    sender: array = field(default_factory=lambda: array("H"))
    length: array = field(default_factory=lambda: array("I"))
    kind: bytes = b""
    # (message index, reassurance category) for every phrase found, in time order.
    reassurance: tuple[tuple[int, int], ...] = ()
    me_hint: str | None = None
    them_hint: str | None = None
    skipped: int = 0  # lines that looked like messages but had an impossible date or time

    def __len__(self) -> int:
        return len(self.utc)

    def to_bytes(self) -> bytes:
        """Serialise to compressed bytes (numbers and participant names only)."""
        meta = {
            "v": 2,
            "source_format": self.source_format,
            "title": self.title,
            "participants": list(self.participants),
            "time_zone": self.time_zone,
            "reassurance": [list(hit) for hit in self.reassurance],
            "me_hint": self.me_hint,
            "them_hint": self.them_hint,
            "skipped": self.skipped,
            "n": len(self.utc),
        }
        header = json.dumps(meta).encode()
        # Deltas between neighbouring timestamps are small, so they compress far better.
        utc_delta = array("q", map(sub, self.utc, chain((0,), self.utc)))
        offsets = array("i", map(sub, self.wall, self.utc))
        body = b"".join(
            [
                utc_delta.tobytes(),
                offsets.tobytes(),
                self.sender.tobytes(),
                self.length.tobytes(),
                bytes(self.kind),
            ]
        )
        return zlib.compress(len(header).to_bytes(4, "big") + header + body, 1)

    @classmethod
    def from_bytes(cls, blob: bytes) -> Conversation:
        raw = zlib.decompress(blob)
        size = int.from_bytes(raw[:4], "big")
        meta = json.loads(raw[4 : 4 + size])
        n = meta["n"]
        view = memoryview(raw)[4 + size :]

        def take(typecode: str) -> array:
            nonlocal view
            column = array(typecode)
            width = column.itemsize * n
            column.frombytes(view[:width])
            view = view[width:]
            return column

        utc = array("q", accumulate(take("q")))
        wall = array("q", map(add, utc, take("i")))
        sender = take("H")
        length = take("I")
        kind = bytes(view[:n])
        return cls(
            source_format=meta["source_format"],
            title=meta["title"],
            participants=tuple(meta["participants"]),
            time_zone=meta["time_zone"],
            utc=utc,
            wall=wall,
            sender=sender,
            length=length,
            kind=kind,
            reassurance=tuple((hit[0], hit[1]) for hit in meta["reassurance"]),
            me_hint=meta["me_hint"],
            them_hint=meta["them_hint"],
            skipped=meta["skipped"],
        )
