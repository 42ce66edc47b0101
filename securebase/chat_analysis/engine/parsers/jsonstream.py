"""Reading big JSON exports a batch of messages at a time.

`json.load` on a 200 MB Telegram export builds every message as Python objects at once and
needs gigabytes. This reader walks the document from a stream of byte chunks instead: it
descends only into the containers on the paths it is asked about (such as `messages` or
`chats.list[].messages`). The items of an array it is asked to batch (the messages) are
handed over a list at a time, decoded by `fast.decode_items()`; any other value is decoded
whole with the standard library and handed to the caller, which is fine for the small
metadata around the messages. On the command line a `Helper` process may read the second
half of a large array; its items come back as one `Rest` (see `JsonStream.items()`).

Text that is not UTF-8 raises `not_utf8`, as for every other format: every byte that is
not whitespace between values is decoded, and both decoders check it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .. import errors, fast
from .source import character_start

_DECODER = json.JSONDecoder()
_WHITESPACE = b" \t\r\n"
ITEM = "*"  # stands for every index of an array in a path
FIRST_WINDOW = 4096  # bytes decoded to read one value; doubled until the value fits
DROP_READ = 1 << 20  # forget what has been read once this much has piled up


class Batch(list):
    """Consecutive items of one array, in order."""


class JsonStream:
    """A JSON document read from an iterator of byte chunks (UTF-8, no byte-order mark)."""

    def __init__(
        self,
        chunks: Iterator[bytes],
        *,
        max_pending: int = 1 << 62,
        start: int = 0,
        helper: Callable[[tuple, JsonStream], Helper | None] | None = None,
        seek: Callable[[int], Iterator[bytes]] | None = None,
    ) -> None:
        self.chunks = chunks
        self.max_pending = max_pending  # bytes of one value held while incomplete
        self.buffer = b""
        self.pos = 0
        self.ended = False
        self.dropped = start  # where the buffer's first byte is in the file
        # Asked at the first item of each batched array; it may start another process
        # that reads the array's later items (see `Helper`).
        self.helper = helper
        self.seek = seek  # the chunks from a given offset on, where the file can seek

    def offset(self) -> int:
        """Where the current position is in the file."""
        return self.dropped + self.pos

    def _more(self) -> bool:
        if self.ended:
            return False
        if self.pos > DROP_READ:
            self.buffer = self.buffer[self.pos :]
            self.dropped += self.pos
            self.pos = 0
        if len(self.buffer) - self.pos > self.max_pending:
            raise errors.message_too_large(self.max_pending)
        try:
            self.buffer += next(self.chunks)
        except StopIteration:
            self.ended = True
            return False
        return True

    def _peek(self) -> int:
        while True:
            buffer, pos = self.buffer, self.pos
            while pos < len(buffer) and buffer[pos] in _WHITESPACE:
                pos += 1
            self.pos = pos
            if pos < len(buffer):
                return buffer[pos]
            if not self._more():
                raise errors.damaged_json()

    def _expect(self, char: bytes) -> None:
        if self._peek() != char[0]:
            raise errors.damaged_json()
        self.pos += 1

    def _value(self) -> Any:
        """Decode the value at the current position with the standard library, from a
        window of the buffer that grows until the value fits in it."""
        self._peek()
        window = FIRST_WINDOW
        while True:
            stop = min(len(self.buffer), self.pos + window)
            whole = stop == len(self.buffer)
            if not whole:  # never cut a character in two
                stop = character_start(self.buffer, stop)
            try:
                text = self.buffer[self.pos : stop].decode()
            except UnicodeDecodeError as exc:
                if whole and not self.ended and self._more():
                    continue  # a character cut at the chunk's end
                raise errors.not_utf8() from exc
            try:
                value, end = _DECODER.raw_decode(text)
            except json.JSONDecodeError as exc:
                if not whole:
                    window *= 2
                    continue
                if self._more():
                    continue
                raise errors.damaged_json() from exc
            # A number at the very end of what was decoded may continue after it.
            if end == len(text) and not (whole and self.ended):
                if not whole:
                    window *= 2
                    continue
                if self._more():
                    continue
            self.pos += len(text[:end].encode()) if not text.isascii() else end
            return value

    def _batch(self, stop: int | None = None) -> Batch:
        """Whole items from the current position (the start of an item) to the last item
        that ends in the buffer (and at or before offset `stop`, if given), about
        `fast.BATCH_BYTES` of them where items are small; empty if none ends. Leaves the
        position after them."""
        self._peek()
        end = None if stop is None else max(self.pos, stop - self.dropped)
        cut = fast.batch_end(self.buffer, self.pos, end)
        if cut is None:
            return Batch()
        items = fast.decode_items(memoryview(self.buffer)[self.pos : cut])
        if items is None:
            return Batch()
        self.pos = cut
        return Batch(items)

    def walk(
        self,
        wanted: Callable[[tuple], bool],
        path: tuple = (),
        *,
        batched: Callable[[tuple], bool] = lambda path: False,
    ) -> Iterator[tuple[tuple, Any]]:
        """Yield (path, value) pairs. Containers whose path `wanted()` accepts are walked
        into; every other value is decoded whole and yielded with its path. The items of
        an array whose path `batched()` accepts are yielded as (path, Batch) pairs instead,
        as many at a time as the buffer holds."""
        char = self._peek()
        if char == ord("{") and wanted(path):
            self.pos += 1
            if self._peek() == ord("}"):
                self.pos += 1
                return
            while True:
                key = self._value()
                if not isinstance(key, str):
                    raise errors.damaged_json()
                self._expect(b":")
                yield from self.walk(wanted, (*path, key), batched=batched)
                char = self._peek()
                self.pos += 1
                if char == ord("}"):
                    return
                if char != ord(","):
                    raise errors.damaged_json()
        elif char == ord("[") and (batched(path) or wanted(path)):
            yield from self._array(wanted, path, batched)
        else:
            yield path, self._value()

    def _array(self, wanted, path: tuple, batched) -> Iterator[tuple[tuple, Any]]:
        self.pos += 1
        if self._peek() == ord("]"):
            self.pos += 1
            return
        if batched(path):
            helper = self.helper(path, self) if self.helper else None
            try:
                yield from self.items(path, helper)
            finally:
                if helper is not None:
                    helper.cancel()
            return
        index = 0
        while True:
            yield from self.walk(wanted, (*path, index), batched=batched)
            index += 1
            if self.array_ends():
                return

    def array_ends(self) -> bool:
        """Read the comma between two items (False) or the bracket that ends the array."""
        char = self._peek()
        self.pos += 1
        if char == ord("]"):
            return True
        if char != ord(","):
            raise errors.damaged_json()
        return False

    def items(self, path: tuple, helper: Helper | None = None) -> Iterator[tuple[tuple, Any]]:
        """Yield (path, Batch) pairs of the array's items from the current position (the
        start of an item) to the array's end, leaving the position after its bracket.

        With a `helper` reading the items from its offset on, the items are read here only
        up to there; if an item ends exactly there, (path, Rest) follows with the helper's
        items, and reading goes on after the array. If none does (the guessed offset was
        not between two items of this array), the helper is not used.
        """
        one_by_one = 0  # items to decode on their own before trying a batch again
        backoff = 1
        while True:
            stop = None if helper is None else helper.at
            items = self._batch(stop) if not one_by_one else Batch()
            if items:
                backoff = 1
            else:
                # The next item does not end in the buffer, or the batch could not be
                # decoded at once: the standard library reads it, and a few more after a
                # failed batch, so that a file orjson refuses costs no repeated tries.
                if not one_by_one:
                    one_by_one, backoff = backoff, min(backoff * 2, 4096)
                one_by_one -= 1
                items = Batch([self._value()])
            yield path, items
            if helper is not None and self.offset() >= helper.at:
                if self.offset() == helper.at:
                    rest = helper.result()
                    yield path, rest
                    self.skip_to(rest.end)
                    return
                helper.cancel()
                helper = None
            if self.array_ends():
                return

    def skip_to(self, offset: int) -> None:
        """Move the position forward to `offset` in the file, reading (and dropping) what
        lies before it, or seeking past it if the file can seek."""
        if self.seek is not None and offset > self.dropped + len(self.buffer):
            self.chunks = self.seek(offset)
            self.buffer, self.pos, self.dropped = b"", 0, offset
            return
        while self.dropped + len(self.buffer) < offset:
            self.pos = len(self.buffer)
            if not self._more():
                raise errors.damaged_json()
        self.pos = offset - self.dropped


@dataclass(frozen=True)
class Rest:
    """The items of an array from a helper's offset to the array's end, as the helper
    handed them over (`value`), and where the array ends (after its bracket)."""

    value: Any
    end: int


@dataclass(frozen=True)
class Helper:
    """Another process reading the items of an array from offset `at` (just after an item,
    before the comma that follows it) to the array's end; `result()` gives its Rest."""

    at: int
    forked: fast.Forked

    def result(self) -> Rest:
        return self.forked.result()

    def cancel(self) -> None:
        self.forked.cancel()


def matches(path: tuple, pattern: tuple) -> bool:
    """Whether `path` fits `pattern`, where ITEM matches any array index."""
    if len(path) != len(pattern):
        return False
    return all(
        p == q or (q == ITEM and isinstance(p, int)) for p, q in zip(path, pattern, strict=True)
    )


def prefix_of(path: tuple, patterns: tuple[tuple, ...]) -> bool:
    """Whether `path` leads into (or is) one of the patterns."""
    return any(
        matches(path, pattern[: len(path)]) for pattern in patterns if len(path) <= len(pattern)
    )
