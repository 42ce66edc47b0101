"""Columns of a million numbers as numpy arrays: one machine number per message, the loop
in compiled code. The Conversation keeps `array` columns; `column()` looks at one as a
numpy array without copying it. Functions here return numpy arrays, which the callers use
as read-only sequences (index, slice, `len`)."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from itertools import pairwise

import numpy as np

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
    range(groups)]``. Sorted by key and value together (or by value, then stably by key,
    when the two do not fit in one 64-bit number); each group is then a slice.
    """
    keys = np.asarray(keys, dtype=np.int64)
    values = np.asarray(values, dtype=np.int64)
    edges = np.concatenate(([0], np.cumsum(np.bincount(keys, minlength=groups)[:groups])))
    if len(values):
        # Key and value as one number (key in the high bits, value minus the smallest in
        # the low ones): one plain sort orders by key, then value, which two stable sorts
        # of 64-bit numbers did at several times the cost.
        low = int(values.min())
        bits = max(int(values.max()) - low, 1).bit_length()
        if bits + max(int(keys.max()), 1).bit_length() <= 62:
            combined = np.sort((keys << bits) | (values - low))
            ordered = (combined & ((1 << bits) - 1)) + low
            return [ordered[start:stop] for start, stop in pairwise(edges)]
    by_value = np.argsort(values, kind="stable")
    small_keys = keys[by_value]
    if groups <= 1 << 16:  # numpy sorts 16-bit keys by radix, in one pass
        small_keys = small_keys.astype(np.uint16)
    ordered = values[by_value[np.argsort(small_keys, kind="stable")]]
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
