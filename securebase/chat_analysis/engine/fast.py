"""Every speed trick of the reality-check engine, behind plain functions.

The parsers and metrics work on columns of a million numbers, and a plain Python loop that
long costs seconds and a Python object per number. Each function here does the same work
as the short plain loop in its docstring, on numpy arrays (one machine number per message,
the loop in compiled code), or in a second process; `tests/test_fast.py` checks each one
against that plain loop with generated inputs. Nothing else in the engine imports numpy,
forks, touches the garbage collector, or decodes JSON with orjson.

* Columns: the Conversation keeps `array` columns; `column()` looks at one as a numpy
  array without copying it. Functions here return numpy arrays, which the callers use as
  read-only sequences (index, slice, `len`).
* JSON items a batch at a time: a Telegram export's messages decoded by orjson, many at
  once, where the document's indentation shows where they end.
* `fork_call()`: one function run in a forked child (command line only).
* `gc_paused()`: the cyclic garbage collector paused around a whole command-line run (a web
  request never switches it off).
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import pairwise
from typing import Any

import numpy as np
import orjson

Column = np.ndarray
_DTYPES = {"q": np.int64, "I": np.uint32, "H": np.uint16, "B": np.uint8}


def column(values: Sequence[int] | bytes, dtype: str = "int64") -> Column:
    """`values` as a numpy array: a view (no copy) of an `array` or bytes of the same item
    size, else a new array. Plain: ``list(values)``."""
    wanted = np.dtype(dtype)
    if isinstance(values, bytes | bytearray | memoryview) and wanted.itemsize == 1:
        return np.frombuffer(values, dtype=wanted)
    if getattr(values, "itemsize", None) == wanted.itemsize and hasattr(values, "typecode"):
        return np.frombuffer(values, dtype=wanted) if len(values) else np.zeros(0, wanted)
    return np.asarray(values, dtype=wanted)


def to_array(values: Column, typecode: str) -> array:
    """A numpy array back as an `array` of `typecode` ("q", "I", "H"), one copy of the
    bytes. Plain: ``array(typecode, values)``."""
    result = array(typecode)
    result.frombytes(np.ascontiguousarray(values, dtype=_DTYPES[typecode]).tobytes())
    return result


# -- runs and differences -------------------------------------------------------------------


def change_points(values: Column) -> Column:
    """The indices i >= 1 where ``values[i] != values[i - 1]``, in order.

    Plain: ``[i for i in range(1, len(values)) if values[i] != values[i - 1]]``.
    """
    values = np.asarray(values)
    return np.flatnonzero(values[1:] != values[:-1]) + 1


def differences(values: Column) -> Column:
    """``values[i + 1] - values[i]`` for every i.

    Plain: ``[b - a for a, b in pairwise(values)]``.
    """
    return np.diff(np.asarray(values, dtype=np.int64))


def positions(flags: Column) -> Column:
    """The indices where `flags` is true (non-zero). Plain: ``[i for i, f in
    enumerate(flags) if f]``."""
    return np.flatnonzero(flags)


def count_equal(values: Column, value: int) -> int:
    """How many of `values` equal `value`. Plain: ``list(values).count(value)``."""
    return int(np.count_nonzero(np.asarray(values) == value))


def add_per_run(values: Column, counts: Sequence[int], shifts: Sequence[int]) -> Column:
    """`values` with ``shifts[k]`` added to the ``counts[k]`` rows of run k (the runs cover
    the column in order).

    Plain: ``out = []; start = 0; for count, shift in zip(counts, shifts): out += [v + shift
    for v in values[start:start + count]]; start += count``.
    """
    values = np.asarray(values, dtype=np.int64)
    return values + np.repeat(
        np.asarray(shifts, dtype=np.int64), np.asarray(counts, dtype=np.int64)
    )


def map_distinct(values: Column, function: Callable[[int], int]) -> Column:
    """`function` of every value, called once per distinct value (a few thousand days for
    a million messages). Plain: ``[function(v) for v in values]``."""
    distinct, where = np.unique(np.asarray(values, dtype=np.int64), return_inverse=True)
    mapped = np.array([function(int(value)) for value in distinct], dtype=np.int64)
    return mapped[where.reshape(-1)] if len(distinct) else np.zeros(0, np.int64)


# -- waits that span the night --------------------------------------------------------------


def spans_night_many(
    starts: Column, waits: Column, *, night_start: int, night_end: int, minimum: int
) -> Column:
    """For each wait starting at local wall-clock `starts[i]` and lasting `waits[i]`
    seconds: whether it lasts a day or more, or at least `minimum` seconds of it fall
    between `night_start` and `night_end` (seconds after local midnight) of the day it
    starts or the next.

    Plain: ``[metrics.spans_night(s, w) for s, w in zip(starts, waits)]``.
    """
    starts = np.asarray(starts, dtype=np.int64)
    waits = np.asarray(waits, dtype=np.int64)
    flags = waits >= 86400
    # Only waits of `minimum` or more can span the night; they are a small minority.
    maybe = np.flatnonzero((waits >= minimum) & ~flags)
    start, end = starts[maybe], starts[maybe] + waits[maybe]
    midnight = start - start % 86400
    found = np.zeros(len(maybe), dtype=bool)
    for day in (midnight, midnight + 86400):
        overlap = np.minimum(end, day + night_end) - np.maximum(start, day + night_start)
        found |= overlap >= minimum
    flags[maybe] = found
    return flags


# -- sorting and grouping -------------------------------------------------------------------


def sort_split_by_flag(values: Column, flags: Column) -> tuple[Column, Column, Column]:
    """`values` sorted, and the sorted values whose flag is false and true.

    Plain: ``(sorted(values), sorted(v for v, f in zip(values, flags) if not f),
    sorted(v for v, f in zip(values, flags) if f))``.
    """
    values = np.asarray(values, dtype=np.int64)
    flags = np.asarray(flags, dtype=bool)
    return np.sort(values), np.sort(values[~flags]), np.sort(values[flags])


def sorted_groups(keys: Column, values: Column, groups: int) -> list[Column]:
    """For each key in range(groups), the values with that key, in increasing order.

    Plain: ``[sorted(v for k, v in zip(keys, values) if k == key) for key in
    range(groups)]``. Sorted by value, then stably by key; each group is then a slice.
    """
    keys = np.asarray(keys, dtype=np.int64)
    values = np.asarray(values, dtype=np.int64)
    by_value = np.argsort(values, kind="stable")
    small_keys = keys[by_value]
    if groups <= 1 << 16:  # numpy sorts 16-bit keys by radix, in one pass
        small_keys = small_keys.astype(np.uint16)
    ordered = values[by_value[np.argsort(small_keys, kind="stable")]]
    edges = np.concatenate(([0], np.cumsum(np.bincount(keys, minlength=groups)[:groups])))
    return [ordered[start:stop] for start, stop in pairwise(edges)]


def bin_counts(sorted_values: Column, edges: Sequence[int]) -> list[int]:
    """How many of the sorted values fall in each bin [edges[k], edges[k + 1]), the last bin
    open-ended.

    Plain: ``[sum(1 for v in values if lo <= v < hi) for lo, hi in pairwise([*edges,
    inf])]`` for values at or above ``edges[0]``.
    """
    cuts = np.searchsorted(sorted_values, np.asarray(edges[1:]), side="left")
    bounds = [0, *map(int, cuts), len(sorted_values)]
    return [b - a for a, b in pairwise(bounds)]


def count_below(sorted_values: Column, value: int, *, inclusive: bool = False) -> int:
    """How many sorted values are below `value` (or at most `value` if `inclusive`).
    Plain: ``sum(1 for v in values if v < value)`` (``<=``)."""
    side = "right" if inclusive else "left"
    return int(np.searchsorted(sorted_values, value, side=side))


def month_keys(walls: Column) -> Column:
    """Months since year 0 (year * 12 + month - 1) of local wall-clock seconds.

    Plain: ``[d.year * 12 + d.month - 1 for d in (date(1970, 1, 1) + timedelta(seconds=w)
    for w in walls)]``.
    """
    days = np.asarray(walls, dtype=np.int64) // 86400
    since_1970 = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return since_1970 + 1970 * 12


def counts_by_key(keys: Column, groups: int, *, where: Column | None = None) -> list[int]:
    """How many of `keys` (ints in range(groups)) there are of each, counting only rows
    where `where` is true if given. Plain: ``[sum(1 for k, w in zip(keys, where) if k ==
    key and w) for key in range(groups)]``."""
    keys = np.asarray(keys, dtype=np.int64)
    if where is not None:
        keys = keys[np.asarray(where, dtype=bool)]
    return [int(count) for count in np.bincount(keys, minlength=groups)[:groups]]


def stable_order(values: Column) -> Column | None:
    """The permutation that sorts `values` (equal values keep their order), or None if
    they are already in order. Plain: ``sorted(range(len(values)), key=values.__getitem__)``.
    """
    values = np.asarray(values)
    if not len(values) or bool(np.all(values[1:] >= values[:-1])):
        return None
    return np.argsort(values, kind="stable")


# -- JSON items a batch at a time ----------------------------------------------------------

# Every digit as "0", the minus sign kept and every other byte as a space: twenty zeros in
# a row, or a minus and nineteen, may be an integer orjson would turn into a float (above
# 2**64 - 1 or below -2**63), found with substring searches.
_DIGITS_ONLY = bytes(
    0x30 if 0x30 <= byte <= 0x39 else byte if byte == 0x2D else 0x20 for byte in range(256)
)
_LONG_INTEGER = b"0" * 20
_LONG_NEGATIVE = b"-" + b"0" * 19


def last_item_end(buffer: bytes, start: int, end: int | None = None) -> int | None:
    """The end of the last whole item of a pretty-printed JSON array in `buffer`, for items
    from `start` (where an object starts) on and ending at or before `end` (if given);
    None if it cannot tell.

    JSON strings cannot hold a raw line break, so in an indented export an item ends where
    a line holds only its closing brace at the indentation its opening brace had, followed
    by a comma or the array's end. (`decode_items()` checks the guess: a wrong one does not
    decode.)
    """
    closing = item_closing(buffer, start)
    if closing is None:
        return None
    end = len(buffer) if end is None else end
    while (found := buffer.rfind(closing, start, end)) >= 0:
        after = found + len(closing)
        if _next_mark(buffer, after) in (b",", b"]"):
            return after
        end = found
    return None


def next_item_end(buffer: bytes, closing: bytes) -> int | None:
    """The end of the first item in `buffer` that closes with `closing` (from
    `item_closing()`) and has another item after it; None if none does."""
    found = buffer.find(closing)
    while found >= 0:
        after = found + len(closing)
        if _next_mark(buffer, after) == b",":
            return after
        found = buffer.find(closing, after)
    return None


def item_closing(buffer: bytes, start: int) -> bytes | None:
    """The line that ends the item opening at `start` of a pretty-printed JSON array: a line
    break, the indentation its opening brace had and a closing brace. None if `start` is not
    an opening brace at the start of its line."""
    line = buffer.rfind(b"\n", 0, start)
    if buffer[start : start + 1] != b"{" or line < 0 or buffer[line + 1 : start].strip(b" \t"):
        return None
    return buffer[line:start] + b"}"


def _next_mark(buffer: bytes, at: int) -> bytes:
    # The first byte after `at` that is not whitespace (within a few lines' worth).
    return buffer[at : at + 64].lstrip(b" \t\r\n")[:1]


def decode_items(data: bytes | memoryview) -> list | None:
    """The items of `data`, a run of comma-separated JSON objects, decoded at once with
    orjson; None if orjson cannot decode them exactly as the standard library would (text
    that is not JSON or not UTF-8, NaN, lone surrogates, integers too long for 64 bits).

    Plain: ``json.loads(b"[" + data + b"]")``. Both decoders give equal values for what
    orjson accepts; orjson is several times faster and makes no intermediate objects.
    `data` may be a memoryview of the read buffer: the array is built with one copy, in a
    bytearray (which `translate()` also goes through about twice as fast as bytes).
    """
    array_text = bytearray(b"[")
    array_text += data
    array_text += b"]"
    digits = array_text.translate(_DIGITS_ONLY)
    if _LONG_INTEGER in digits or _LONG_NEGATIVE in digits:
        return None
    del digits
    try:
        items = orjson.loads(array_text)
    except orjson.JSONDecodeError:
        return None
    return items


# -- a second process -----------------------------------------------------------------------


class Forked:
    """`function(*args)` running in a forked child; `result()` waits for its value."""

    def __init__(self, function: Callable[..., Any], args: tuple) -> None:
        self.function, self.args = function, args
        self.pid: int | None = None
        self.read_end = -1

    def start(self) -> Forked:
        try:
            read_end, write_end = os.pipe()
        except OSError:
            return self
        # A larger pipe (Linux) lets the child hand over a result of megabytes with fewer
        # switches between the two processes.
        with suppress(ImportError, OSError, AttributeError):
            import fcntl

            fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 1 << 20)
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return self
        if pid == 0:  # the child never returns from here
            os.close(read_end)
            self._run_child(write_end)
        os.close(write_end)
        self.pid, self.read_end = pid, read_end
        return self

    def _run_child(self, write_end: int) -> None:
        # Leave with os._exit() whatever happens, so that none of the parent's clean-up
        # (atexit handlers, open files, a test runner) runs twice.
        status = 0
        try:
            payload = pickle.dumps(
                ("ok", self.function(*self.args)), protocol=pickle.HIGHEST_PROTOCOL
            )
        except BaseException:  # the parent does the work itself
            payload, status = pickle.dumps(("failed", None)), 1
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(write_end, view) :]
        finally:
            os._exit(status)

    def result(self) -> Any:
        """The child's value; if there is no child or it failed, the function's value
        computed here (so the outcome never depends on whether the fork worked)."""
        if self.pid is None:
            return self.function(*self.args)
        chunks = []
        try:
            while data := os.read(self.read_end, 1 << 20):
                chunks.append(data)
        except OSError:
            chunks = []
        finally:
            self._reap()
        try:
            # The bytes come from our own child process, never from outside.
            outcome = pickle.loads(b"".join(chunks))  # noqa: S301
        except Exception:  # a child that died before writing everything
            outcome = ("failed", None)
        if outcome[0] == "ok":
            return outcome[1]
        return self.function(*self.args)

    def cancel(self) -> None:
        """Stop the child, if it is still running, and forget it."""
        if self.pid is not None:
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> None:
        with suppress(OSError):
            os.close(self.read_end)
        with suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        self.pid = None


def fork_call(function: Callable[..., Any], *args: Any) -> Forked:
    """Start `function(*args)` in a forked child and return at once; `.result()` gives its
    value, computed in this process instead if the child could not start or failed.

    The child inherits this process's memory, so nothing is sent to it, and sends back only
    its (picklable) result. Command line only: forking a multi-threaded web server process
    is not safe.
    """
    return Forked(function, args).start()


# -- the garbage collector ------------------------------------------------------------------


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off inside the block (back on after, if it was on).

    Parsing builds lists of hundreds of thousands of small objects and no reference cycles;
    the collector would still walk them every time it runs. Reference counting frees
    everything anyway. Command line only: a web server's other threads and requests must
    keep their collector.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
