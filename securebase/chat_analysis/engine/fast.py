"""Every speed trick of the reality-check engine, behind plain functions.

The parsers and metrics run loops over a million messages, and a plain Python loop that
long costs seconds. Each function here does the same work as the short plain loop in its
docstring, but inside C code (big-integer arithmetic, `sorted`, `map`), or in a second
process; `tests/test_fast.py` checks each one against that plain loop. Nothing else in the
app does bit tricks, packs numbers for sorting, forks, or touches the garbage collector.

* Whole columns as one big integer: an `array` of non-negative 64-bit (or 16-bit) values
  is read as one integer, so one XOR, subtraction or addition works on every lane at once.
  With nothing negative, no lane carries into or borrows from the next.
* Packed sorts: a value and a small key (a group, or a flag) in one integer, sorted once;
  the groups then come out one after another, each in order.
* `fork_call()`: part of the work in a forked child process (command line only).
* `gc_paused()`: the cyclic garbage collector paused around a whole analysis (command line
  only; a web request never switches it off).
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import struct
import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import compress, islice, pairwise, repeat
from operator import add, and_, lshift, not_, or_, rshift, sub
from typing import Any

_LITTLE = sys.byteorder == "little"
_LANE = struct.Struct("<q")


# -- whole columns as one big integer ------------------------------------------------------


def changes(senders: Sequence[int]) -> Sequence[int]:
    """For each neighbouring pair, non-zero where the value changes.

    Plain: ``[a != b for a, b in pairwise(senders)]``. The column is read as one integer
    with 16 bits per value; XOR with itself shifted by one value leaves a non-zero lane
    exactly where two neighbours differ.
    """
    column = senders if isinstance(senders, array) and senders.typecode == "H" else None
    if column is None:
        column = array("H", senders)
    n = len(column)
    if n < 2:
        return array("H")
    # Little-endian on every machine, so lane i is value i; the order of the bytes inside
    # a lane does not change whether it is zero.
    whole = int.from_bytes(column.tobytes(), "little")
    lanes = array("H")
    lanes.frombytes((whole ^ (whole >> 16)).to_bytes(2 * n, "little"))
    lanes.pop()  # the last value against nothing
    return lanes


def differences(column: Sequence[int]) -> Sequence[int]:
    """``column[i + 1] - column[i]`` for every i, for a column in increasing order.

    Plain: ``[b - a for a, b in pairwise(column)]``. For a sorted `array("q")` of
    non-negative values, the column shifted by one value is subtracted from it in one
    big-integer subtraction: no difference is negative, so no lane borrows from the next.
    """
    n = len(column)
    if n < 2:
        return []
    if _LITTLE and isinstance(column, array) and column.typecode == "q" and column[0] >= 0:
        whole = int.from_bytes(column.tobytes(), "little")
        all_but_last = (1 << (64 * (n - 1))) - 1
        try:
            raw = ((whole >> 64) - (whole & all_but_last)).to_bytes(8 * (n - 1), "little")
        except OverflowError:  # negative overall: the column was not sorted after all
            pass
        else:
            result = array("q")
            result.frombytes(raw)
            return result
    return list(map(sub, islice(column, 1, None), column))


def add_per_run(
    values: array, runs: Iterable[tuple[int, int, int]], *, values_non_negative: bool
) -> array:
    """`values` (an `array("q")`) with `shift` added to rows start..stop - 1 of each run
    (start, stop, shift); the runs cover the column in order. The caller says whether every
    value is non-negative (it knows, and checking would cost another pass).

    Plain: ``for start, stop, shift in runs: out[start:stop] = [v + shift for v in
    values[start:stop]]``. When every value and shift is non-negative, the shifts, laid out
    as a second column, are added to the values in one big-integer addition.
    """
    runs = list(runs)
    result = array("q")
    if _LITTLE and values_non_negative and all(shift >= 0 for _, _, shift in runs):
        whole = int.from_bytes(values.tobytes(), "little")
        shifts = b"".join(_LANE.pack(shift) * (stop - start) for start, stop, shift in runs)
        total = whole + int.from_bytes(shifts, "little")
        result.frombytes(total.to_bytes(8 * len(values), "little"))
        return result
    for start, stop, shift in runs:
        result.extend(map(add, values[start:stop], repeat(shift)))
    return result


# -- packed sorts --------------------------------------------------------------------------


def sort_split_by_flag(values: list[int], flags: Iterable[bool]) -> tuple[list, list, list]:
    """`values` sorted, and the sorted values whose flag is false and true.

    Plain: ``ordered = sorted(values); unflagged = sorted(v for v, f in zip(values, flags)
    if not f); flagged = sorted(v for v, f in ... if f)``. Each value and its flag are one
    integer (value * 2 + flag), sorted once.
    """
    packed = sorted(map(or_, map(lshift, values, repeat(1)), flags))
    ordered = list(map(rshift, packed, repeat(1)))
    flagged = list(map(and_, packed, repeat(1)))
    return ordered, list(compress(ordered, map(not_, flagged))), list(compress(ordered, flagged))


class _Masked(Sequence):
    """A read-only view of packed[start:stop], each item's low bits plus `base`."""

    def __init__(self, packed: list[int], start: int, stop: int, mask: int, base: int) -> None:
        self.packed, self.start, self.stop = packed, start, stop
        self.mask, self.base = mask, base

    def __len__(self) -> int:
        return self.stop - self.start

    def __getitem__(self, i):  # type: ignore[override]
        if not 0 <= i < self.stop - self.start:
            raise IndexError(i)
        return (self.packed[self.start + i] & self.mask) + self.base


def sorted_groups(keys: Iterable[int], values: list[int], groups: int) -> list[Sequence[int]]:
    """For each key in range(groups), the values with that key, in increasing order.

    Plain: ``[sorted(v for k, v in zip(keys, values) if k == key) for key in
    range(groups)]``. Each value is packed with its key into one integer (key in the high
    bits) and the whole list sorted once; each group is then a slice, read through a view.
    """
    low = min(values, default=0)
    shift = max(1, (max(values, default=0) - low).bit_length())
    shifted = map(sub, values, repeat(low)) if low else values
    packed = sorted(map(or_, map(lshift, keys, repeat(shift)), shifted))
    mask = (1 << shift) - 1
    edges = [bisect_left(packed, key << shift) for key in range(groups + 1)]
    return [_Masked(packed, start, stop, mask, low) for start, stop in pairwise(edges)]


# -- a second process ----------------------------------------------------------------------


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


# -- the garbage collector -----------------------------------------------------------------


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off inside the block (back on after, if it was on).

    Parsing and the report build lists of hundreds of thousands of numbers and no
    reference cycles; the collector would still walk them every time it runs. Reference
    counting frees everything anyway. Command line only: a web server's other threads and
    requests must keep their collector.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
