"""Reading one large line-based export with several processes.

A WhatsApp export is a sequence of lines, so it can be cut at any line end: each part is
parsed on its own, and the parts are joined in order (a part that starts in the middle of
a multi-line message hands those lines to the previous part's last message). Parsing is
CPU-bound Python, so processes — not threads — give the speed-up.

Only the command line uses this (`workers` > 1): forking a multi-threaded web server
process is not safe, so uploads are parsed in one process.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from itertools import pairwise
from typing import BinaryIO

from ..errors import ChatImportError
from .builder import ConversationBuilder
from .whatsapp import LineExportParser

MIN_PART = 16 << 20  # smaller files are not worth a second process


def cut_points(stream: BinaryIO, size: int, parts: int) -> list[int]:
    """Offsets that split the file into `parts` pieces, each starting at a line start."""
    cuts = [0]
    for k in range(1, parts):
        stream.seek(size * k // parts)
        stream.readline()
        position = stream.tell()
        if cuts[-1] < position < size:
            cuts.append(position)
    cuts.append(size)
    return cuts


def feed_in_parallel(
    parser: LineExportParser, stream: BinaryIO, path: str, size: int, workers: int
) -> None:
    """Feed the whole file at `path` into `parser`, using up to `workers` processes."""
    parts = max(1, min(workers, size // MIN_PART))
    cuts = cut_points(stream, size, parts)
    children: list[tuple[int, int]] = []
    try:
        for start, end in pairwise(cuts[1:]):
            children.append(_start_worker(parser, path, start, end))
        parser.feed_range(stream, cuts[0], cuts[1])
        for pid, read_end in children:
            parser.merge_state(_collect(pid, read_end))
        children = []
    finally:
        for pid, read_end in children:
            _stop(pid, read_end)


def _start_worker(parser: LineExportParser, path: str, start: int, end: int) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write_end)
        return pid, read_end
    # In the child: parse the part, send the result, and leave without running the
    # parent's clean-up code.
    status = 0
    try:
        os.close(read_end)
        worker = LineExportParser(
            ConversationBuilder(source_format=parser.builder.source_format), parser.regex
        )
        worker.check_first = False
        with open(path, "rb") as part:
            worker.feed_range(part, start, end)
        payload = pickle.dumps(("ok", worker.export_state()), protocol=pickle.HIGHEST_PROTOCOL)
    except ChatImportError as exc:
        payload = pickle.dumps(("error", exc.code, exc.message))
    except BaseException as exc:  # reported to the parent, which raises
        payload = pickle.dumps(("crash", repr(exc)))
        status = 1
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view) :]
    finally:
        os._exit(status)


def _collect(pid: int, read_end: int) -> dict:
    chunks = []
    try:
        while True:
            data = os.read(read_end, 1 << 20)
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)
    # The bytes come from our own child process, never from outside.
    result = pickle.loads(b"".join(chunks))  # noqa: S301
    if result[0] == "error":
        raise ChatImportError(result[1], result[2])
    if result[0] != "ok":
        raise RuntimeError(f"chat parser worker failed: {result[1]}")
    return result[1]


def _stop(pid: int, read_end: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    os.close(read_end)
    os.waitpid(pid, 0)
