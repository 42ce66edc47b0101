"""Reading big JSON exports one message at a time.

`json.load` on a 200 MB Telegram export builds every message as Python objects at once and
needs gigabytes. This reader walks the document from a text stream instead: it descends
only into the containers on the paths it is asked about (such as `messages` or
`chats.list[].messages`) and decodes each item there on its own with
`json.JSONDecoder.raw_decode`. Anything else is decoded whole and handed to the caller,
which is fine for the small metadata around the messages.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from .. import errors

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"
ITEM = "*"  # stands for every index of an array in a path


class JsonStream:
    """A JSON document read from an iterator of text chunks."""

    def __init__(self, chunks: Iterator[str], *, max_pending: int = 1 << 62) -> None:
        self.chunks = chunks
        self.max_pending = max_pending  # characters of one value held while incomplete
        self.buffer = ""
        self.pos = 0
        self.ended = False

    def _more(self) -> bool:
        if self.ended:
            return False
        if self.pos > 1 << 20:  # drop what has been read
            self.buffer = self.buffer[self.pos :]
            self.pos = 0
        if len(self.buffer) - self.pos > self.max_pending:
            raise errors.message_too_large(self.max_pending)
        try:
            self.buffer += next(self.chunks)
        except StopIteration:
            self.ended = True
            return False
        return True

    def _peek(self) -> str:
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._more():
                raise errors.damaged_json()

    def _expect(self, char: str) -> None:
        if self._peek() != char:
            raise errors.damaged_json()
        self.pos += 1

    def _value(self) -> Any:
        self._peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if self._more():
                    continue
                raise errors.damaged_json() from exc
            # A number at the very end of the buffer may continue in the next chunk.
            if end == len(self.buffer) and not self.ended and self._more():
                continue
            self.pos = end
            return value

    def walk(
        self, wanted: Callable[[tuple], bool], path: tuple = ()
    ) -> Iterator[tuple[tuple, Any]]:
        """Yield (path, value) pairs. Containers whose path `wanted()` accepts are walked
        into; every other value is decoded whole and yielded with its path."""
        char = self._peek()
        if char == "{" and wanted(path):
            self.pos += 1
            if self._peek() == "}":
                self.pos += 1
                return
            while True:
                key = self._value()
                if not isinstance(key, str):
                    raise errors.damaged_json()
                self._expect(":")
                yield from self.walk(wanted, (*path, key))
                char = self._peek()
                self.pos += 1
                if char == "}":
                    return
                if char != ",":
                    raise errors.damaged_json()
        elif char == "[" and wanted(path):
            self.pos += 1
            if self._peek() == "]":
                self.pos += 1
                return
            index = 0
            while True:
                yield from self.walk(wanted, (*path, index))
                index += 1
                char = self._peek()
                self.pos += 1
                if char == "]":
                    return
                if char != ",":
                    raise errors.damaged_json()
        else:
            yield path, self._value()


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
