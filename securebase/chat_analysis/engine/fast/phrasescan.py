"""A rare-phrase regex run only where a match can start (`rare_matches()`).

Python's regex engine tries a pattern at every position where its first byte occurs. The
reassurance phrases all start with a space, so over megabytes of chat it is started a
million times and almost always fails within a few bytes. Every match starts with one of a
few literal byte strings (" are we ", " did i ", " estamos ", ...), read once from the
pattern itself: numpy finds the spaces followed by two bytes that can begin one of them,
compares the next eight bytes with those strings, and the regex is tried only where one
fits. Every match still comes from the regex, tried in order from each place that could
start one, so the matches are the ones `finditer()` gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np

try:  # the standard library's own regex parser, private: without it the plain search runs
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    sre_constants = sre_parse = None

KEY_BYTES = 8  # bytes of a start compared at once (one 64-bit number)
SMALLEST_SCAN = 64 << 10  # below this, numpy's set-up costs more than it saves


def rare_matches(
    regex: re.Pattern[bytes], data: bytes, smallest: int = SMALLEST_SCAN
) -> Iterator[re.Match[bytes]]:
    """The matches of `regex` in `data`, exactly as ``regex.finditer(data)`` gives them.

    Plain: ``regex.finditer(data)``. Fast when every match begins with one of a few literal
    byte strings of three bytes or more that share their first byte and are rare in
    `data`; for any other pattern, or data shorter than `smallest` bytes, it is the plain
    call.
    """
    starts = match_starts(regex)
    if starts is None or len(data) < max(smallest, 1):
        yield from regex.finditer(data)
        return
    searched_to = 0
    for position in candidates(data, starts):
        if position < searched_to:
            continue  # inside the previous match: finditer() goes on from its end
        match = regex.match(data, position)
        if match is not None:
            searched_to = match.end()
            yield match


class Starts:
    """The literal beginnings every match has, ready for numpy: the shared first byte, a
    table of the two bytes after it, and per length of beginning a mask for its first
    bytes (read as one little-endian number), a table of their hashes and the numbers."""

    def __init__(self, literals: set[bytes]) -> None:
        self.first = next(iter(literals))[0]
        self.pairs = np.zeros(1 << 16, dtype=bool)
        for literal in literals:
            self.pairs[literal[1] | literal[2] << 8] = True
        by_length: dict[int, set[int]] = {}
        for literal in literals:
            by_length.setdefault(len(literal), set()).add(int.from_bytes(literal, "little"))
        self.keys = []
        for length, values in sorted(by_length.items()):
            hashed = np.zeros(1 << 16, dtype=bool)
            for value in values:
                hashed[_hash(value)] = True
            self.keys.append((np.uint64((1 << 8 * length) - 1), hashed, frozenset(values)))


_MULTIPLIER = 0x9E3779B97F4A7C15  # spreads a 64-bit key over the top 16 bits


def _hash(value: int) -> int:
    """The top 16 bits of `value` times `_MULTIPLIER`, modulo 2**64 (as numpy computes it)."""
    return ((value * _MULTIPLIER) & (2**64 - 1)) >> 48


@lru_cache(maxsize=8)
def match_starts(regex: re.Pattern[bytes]) -> Starts | None:
    """What every match of `regex` begins with, ready for `candidates()`, or None when
    that is not a few literals of three bytes or more with one first byte (the plain
    search is used then)."""
    literals = literal_beginnings(regex)
    if not literals or len(literals) > 512:
        return None
    if min(map(len, literals)) < 3 or len({literal[0] for literal in literals}) != 1:
        return None
    return Starts(literals)


def literal_beginnings(regex: re.Pattern[bytes]) -> set[bytes] | None:
    """Byte strings of at most `KEY_BYTES` bytes, one of which begins every match of
    `regex`, read from its parsed pattern; None for a pattern this does not read (text
    patterns, flags that change what a literal matches)."""
    if sre_parse is None or not isinstance(regex.pattern, bytes):
        return None
    if regex.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        return _prefixes(list(sre_parse.parse(regex.pattern, regex.flags)), KEY_BYTES)
    except (TypeError, ValueError, re.error):
        return None


def _prefixes(items: list, limit: int) -> set[bytes]:
    """Byte strings, each at most `limit` long, one of which begins every match of the
    parsed sequence `items`; a string stops short where the pattern stops being literal."""
    done: set[bytes] = set()  # stopped: long enough, or the pattern is not literal there
    growing = {b""}
    for op, argument in items:
        done |= {text for text in growing if len(text) >= limit}
        growing = {text for text in growing if len(text) < limit}
        if not growing:
            break
        if op is sre_constants.LITERAL:
            growing = {text + bytes((argument,)) for text in growing}
            continue
        choices = _choices(op, argument)
        if choices is None:  # a boundary, a repeat: what follows is not one literal
            done |= growing
            growing = set()
            break
        grown = set()
        for choice in choices:
            tails = _prefixes(choice, limit) if choice else {b""}
            target = grown if _is_literal(choice) else done
            target.update(head + tail for head in growing for tail in tails)
        growing = grown
    return {text[:limit] for text in done | growing}


def _choices(op, argument) -> list[list] | None:
    """The alternatives one parsed item stands for, each a parsed sequence, or None when
    it is not literal text (a literal, a group without flags, alternatives, an optional
    part, a class of a few bytes)."""
    if op is sre_constants.LITERAL:
        return [[(op, argument)]]
    if op is sre_constants.SUBPATTERN:
        # A group with flags of its own ("(?i:...)") may match other bytes than it spells.
        return None if argument[1] or argument[2] else [list(argument[-1])]
    if op is sre_constants.BRANCH:
        return [list(branch) for branch in argument[1]]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and argument[:2] == (0, 1):
        return [[], list(argument[2])]
    if op is sre_constants.IN and all(kind is sre_constants.LITERAL for kind, _ in argument):
        return [[(sre_constants.LITERAL, value)] for _, value in argument]
    return None


def _is_literal(items: list) -> bool:
    """Whether `items` matches only literal text (alternatives allowed), so that what
    follows it still extends a beginning."""
    for op, argument in items:
        if op is sre_constants.LITERAL:
            continue
        choices = _choices(op, argument)
        if choices is None or not all(map(_is_literal, choices)):
            return False
    return True


def candidates(data: bytes, starts: Starts) -> list[int]:
    """Positions in `data`, in order, where one of the beginnings is found (and any
    position of the first byte near the end, which the regex then tries)."""
    size = len(data)
    if size < KEY_BYTES:
        return [p for p in range(size) if data[p] == starts.first]
    found = [p for p in range(size - KEY_BYTES + 1, size) if data[p] == starts.first]
    if data[0] == starts.first:  # position 0 has no byte before it in the views below
        found.append(0)
    # Two views of the data as 16-bit numbers, one from each byte parity: element i of
    # the view from `parity` holds bytes parity + 2i and parity + 2i + 1. A beginning at
    # p has its first byte at p and its next two as element (p + 1 - parity) / 2.
    near = []
    for parity in (0, 1):
        pairs = np.frombuffer(data, dtype="<u2", count=(size - parity) // 2, offset=parity)
        hit = starts.pairs[pairs[1:]] & ((pairs[:-1] >> 8) == starts.first)
        near.append(np.flatnonzero(hit) * 2 + (parity + 1))
    positions = np.concatenate(near)
    positions = positions[positions <= size - KEY_BYTES]
    # The first KEY_BYTES bytes at each such position, as one little-endian number: a
    # table of hashes rules out almost every position, the rest are compared exactly.
    words = np.ndarray((size - KEY_BYTES + 1,), dtype="<u8", buffer=data, strides=(1,))
    key = words[positions]
    for mask, hashed, values in starts.keys:
        masked = key & mask
        likely = hashed[(masked * np.uint64(_MULTIPLIER)) >> np.uint64(48)]
        found.extend(
            position
            for position, value in zip(
                positions[likely].tolist(), masked[likely].tolist(), strict=True
            )
            if value in values
        )
    return sorted(set(found))
