"""Reading one large line-based export with several processes.

A WhatsApp export is a sequence of messages, so it can be cut where one starts: each part
is parsed on its own, and the parts are joined in order (a part that still starts in the
middle of a multi-line message, one longer than is looked ahead, hands those lines to the
previous part's last message). Parsing is
CPU-bound Python, so processes — not threads — give the speed-up.

Only the command line uses this (`workers` > 1): forking a multi-threaded web server
process is not safe, so uploads are parsed in one process.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import BinaryIO

from ..fast import fork_call
from .builder import ConversationBuilder
from .whatsapp import LineExportParser

MIN_PART = 16 << 20  # smaller files are not worth a second process


LOOKED_AHEAD = 1 << 16  # bytes after a line start searched for the next message's start


def cut_points(
    stream: BinaryIO, size: int, parts: int, header: re.Pattern[bytes] | None = None
) -> list[int]:
    """Offsets that split the file into `parts` pieces, each starting at a line start: where
    a message starts (a `header`, found within `LOOKED_AHEAD` bytes), so that no message is
    split and a phrase across its line breaks is read as one."""
    cuts = [0]
    for k in range(1, parts):
        stream.seek(size * k // parts)
        stream.readline()
        position = stream.tell()
        if header is not None:
            stream.seek(position - 1)  # the header's pattern begins with the line break
            found = header.search(stream.read(LOOKED_AHEAD + 1))
            if found is not None:
                position += found.start()
        if cuts[-1] < position < size:
            cuts.append(position)
    cuts.append(size)
    return cuts


def feed_in_parallel(
    parser: LineExportParser, stream: BinaryIO, path: str, size: int, workers: int
) -> None:
    """Feed the whole file at `path` into `parser`, using up to `workers` processes."""
    parts = max(1, min(workers, size // MIN_PART))
    cuts = cut_points(stream, size, parts, parser.regex)
    source_format = parser.builder.source_format
    children = [
        fork_call(parse_part, path, start, end, parser.regex, source_format)
        for start, end in pairwise(cuts[1:])
    ]
    try:
        parser.feed_range(stream, cuts[0], cuts[1])
        for child in children:
            # A part that failed in its process is parsed here, so a ChatImportError in
            # it (text that is not UTF-8) is raised here too.
            parser.merge_state(child.result())
    finally:
        for child in children:
            child.cancel()


def parse_part(
    path: str, start: int, end: int, regex: re.Pattern[bytes], source_format: str
) -> dict:
    """Parse bytes [start, end) of the file at `path` (a later part: `start` is a line
    start) and return the parser's state for `LineExportParser.merge_state()`."""
    worker = LineExportParser(ConversationBuilder(source_format=source_format), regex)
    worker.check_first = False
    with open(path, "rb") as part:
        worker.feed_range(part, start, end)
    return worker.export_state()
