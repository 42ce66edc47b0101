"""Each speed trick gives exactly what the plain loop in its docstring gives."""

from __future__ import annotations

import gc
import json
import os
import signal
from array import array
from datetime import datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from securebase.chat_analysis.engine import fast
from securebase.chat_analysis.engine.phrases import reassurance_categories, reassurance_hits
from securebase.chat_analysis.engine.replies import (
    NIGHT_END,
    NIGHT_MINIMUM,
    NIGHT_START,
    spans_night,
)

times = st.lists(st.integers(min_value=0, max_value=2**62), max_size=40)
signed = st.lists(st.integers(min_value=-(2**40), max_value=2**40), max_size=40)


@given(st.lists(st.integers(min_value=0, max_value=2**16 - 1), max_size=40))
def test_it_finds_where_the_value_changes_like_a_plain_loop(senders):
    plain = [i for i in range(1, len(senders)) if senders[i] != senders[i - 1]]
    assert list(fast.change_points(fast.column(array("H", senders), "uint16"))) == plain
    assert list(fast.change_points(senders)) == plain


@given(signed)
def test_it_finds_differences_like_a_plain_loop(values):
    plain = [b - a for a, b in pairwise(values)]
    assert list(fast.differences(fast.column(array("q", values)))) == plain
    assert list(fast.differences(values)) == plain


@given(signed)
def test_it_views_an_array_column_without_copying_and_gives_it_back(values):
    column = array("q", values)
    view = fast.column(column)
    assert list(view) == values
    if values:
        column[0] += 1  # a view sees the change: nothing was copied
        assert view[0] == column[0]
    assert fast.to_array(view, "q") == column


@given(
    st.lists(
        st.tuples(
            st.lists(st.integers(min_value=-1, max_value=86399), max_size=6),
            st.integers(min_value=-(2**40), max_value=2**40),
        ),
        max_size=8,
    )
)
def test_it_adds_a_shift_per_run_like_a_plain_loop(runs):
    values = [value for part, _ in runs for value in part]
    counts = [len(part) for part, _ in runs]
    shifts = [shift for _, shift in runs]
    plain = [value + shift for part, shift in runs for value in part]
    assert list(fast.add_per_run(fast.column(array("q", values)), counts, shifts)) == plain


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=3 * 10**9), st.integers(min_value=0, max_value=10**6)
        ),
        max_size=60,
    )
)
def test_it_finds_waits_that_span_the_night_like_the_plain_rule(waits):
    starts = [start for start, _ in waits]
    lengths = [length for _, length in waits]
    flags = fast.spans_night_many(
        starts, lengths, night_start=NIGHT_START, night_end=NIGHT_END, minimum=NIGHT_MINIMUM
    )
    assert list(flags) == [spans_night(s, w) for s, w in waits]


@given(st.lists(st.tuples(st.integers(min_value=0, max_value=2**40), st.booleans()), max_size=40))
def test_it_sorts_and_splits_by_a_flag_like_a_plain_loop(pairs):
    values = [value for value, _ in pairs]
    flags = [flag for _, flag in pairs]
    ordered, unflagged, flagged = fast.sort_split_by_flag(values, flags)
    assert list(ordered) == sorted(values)
    assert list(unflagged) == sorted(v for v, f in pairs if not f)
    assert list(flagged) == sorted(v for v, f in pairs if f)


@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=9), st.integers(-(2**40), 2**40)),
        max_size=60,
    )
)
def test_it_sorts_values_by_group_like_a_plain_loop(pairs):
    keys = [key for key, _ in pairs]
    values = [value for _, value in pairs]
    groups = fast.sorted_groups(keys, values, 10)
    assert [list(group) for group in groups] == [
        sorted(v for k, v in pairs if k == key) for key in range(10)
    ]
    flags = [value % 2 == 0 for value in values]
    assert fast.counts_by_key(keys, 10) == [keys.count(key) for key in range(10)]
    assert fast.counts_by_key(keys, 10, where=flags) == [
        sum(1 for k, f in zip(keys, flags, strict=True) if k == key and f) for key in range(10)
    ]


def test_it_sorts_groups_of_values_too_far_apart_for_one_number():
    keys, values = [1, 0, 1, 0, 2], [2**62, -(2**62), 5, 7, 0]
    groups = fast.sorted_groups(keys, values, 3)
    assert [list(group) for group in groups] == [[-(2**62), 7], [5, 2**62], [0]]


@given(st.lists(st.integers(min_value=0, max_value=5 * 86400), max_size=40), times)
def test_it_counts_per_bin_and_below_a_value_like_a_plain_loop(values, probes):
    ordered = sorted(values)
    edges = (0, 60, 3600, 86400)
    bounds = [*edges, float("inf")]
    assert fast.bin_counts(ordered, edges) == [
        sum(1 for v in values if lo <= v < hi) for lo, hi in pairwise(bounds)
    ]
    for probe in probes[:5]:
        assert fast.count_below(ordered, probe) == sum(1 for v in values if v < probe)
        assert fast.count_below(ordered, probe, inclusive=True) == sum(
            1 for v in values if v <= probe
        )


@given(st.lists(st.integers(min_value=0, max_value=7 * 10**9), max_size=40))
def test_it_finds_months_like_the_calendar(walls):
    plain = []
    for wall in walls:
        day = datetime(1970, 1, 1) + timedelta(seconds=wall)
        plain.append(day.year * 12 + day.month - 1)
    assert list(fast.month_keys(walls)) == plain


@given(st.lists(st.integers(min_value=0, max_value=5), max_size=40))
def test_it_orders_rows_stably_like_sorted(values):
    order = fast.stable_order(values)
    plain = sorted(range(len(values)), key=values.__getitem__)
    if order is None:
        assert plain == list(range(len(values)))
    else:
        assert list(order) == plain


def test_it_returns_what_the_forked_child_computed():
    parent = os.getpid()
    assert fast.fork_call(lambda: os.getpid() != parent).result() is True


def test_it_computes_the_value_itself_when_the_child_fails():
    parent = os.getpid()

    def fails_in_the_child(value: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("child")
        return value * 2

    assert fast.fork_call(fails_in_the_child, 21).result() == 42


def test_it_computes_the_value_itself_when_the_child_is_killed():
    parent = os.getpid()

    def killed_in_the_child() -> str:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return "here"

    assert fast.fork_call(killed_in_the_child).result() == "here"


def test_it_computes_the_value_itself_when_it_cannot_fork(monkeypatch):
    def no_fork():
        raise OSError("no more processes")

    monkeypatch.setattr(os, "fork", no_fork)
    assert fast.fork_call(lambda: 7).result() == 7


def test_it_stops_a_cancelled_child():
    child = fast.fork_call(__import__("time").sleep, 60)
    pid = child.pid
    child.cancel()
    assert child.pid is None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_it_pauses_the_collector_only_inside_the_block():
    assert gc.isenabled()
    with fast.gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_it_leaves_a_disabled_collector_disabled():
    gc.disable()
    try:
        with fast.gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
messages = st.lists(st.dictionaries(st.text(max_size=5), json_values, max_size=4), max_size=6)


@given(messages, st.sampled_from([None, 1, 2]))
def test_it_decodes_items_and_finds_where_they_end_like_the_standard_library(items, indent):
    document = json.dumps({"messages": items}, indent=indent, ensure_ascii=False).encode()
    start = document.find(b"{", document.find(b"["))
    if not items or start < 0:
        return
    end = fast.last_item_end(document, start)
    if end is None:  # it cannot tell (no indentation, or empty objects): decoded one by one
        return
    decoded = fast.decode_items(document[start:end])
    if decoded is not None:
        assert decoded == json.loads(b"[" + document[start:end] + b"]")
    assert json.loads(document)["messages"][: len(decoded or [])] == (decoded or [])


def test_it_finds_the_last_item_that_ends_before_a_given_offset():
    document = b'[\n {\n  "a": 1\n },\n {\n  "a": 2\n },\n {\n  "a": 3\n }\n]'
    start = document.find(b"{")
    ends = [at + 1 for at in range(len(document)) if document[at : at + 1] == b"}"]
    assert fast.last_item_end(document, start) == ends[2]
    assert fast.last_item_end(document, start, ends[1]) == ends[1]
    assert fast.last_item_end(document, start, ends[1] - 1) == ends[0]
    assert fast.last_item_end(document, start, ends[0] - 1) is None


@given(st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=30))
def test_it_cuts_batches_of_about_a_given_size_that_decode_to_the_whole_array(sizes):
    items = [{"id": i, "text": "x" * size} for i, size in enumerate(sizes)]
    document = json.dumps({"messages": items}, indent=1).encode()
    start = document.find(b"{", document.find(b"["))
    decoded = []
    while True:
        end = fast.batch_end(document, start, size=256)
        assert end == fast.last_item_end(document, start, min(len(document), start + 256)) or (
            end == fast.last_item_end(document, start)
        )
        decoded += fast.decode_items(document[start:end])
        start = document.find(b"{", end)
        if start < 0:
            break
    assert decoded == items


def test_it_cuts_a_batch_at_the_last_item_end_within_its_size():
    document = b'[\n {\n  "a": 1\n },\n {\n  "a": 2\n },\n {\n  "a": 3\n }\n]'
    start = document.find(b"{")
    ends = [at + 1 for at in range(len(document)) if document[at : at + 1] == b"}"]
    size = ends[1] - start
    assert fast.batch_end(document, start, size=size) == ends[1]
    assert fast.batch_end(document, start, ends[1] - 1, size=size) == ends[0]
    assert fast.batch_end(document, start, size=2) == ends[2]  # no item ends that soon
    assert fast.batch_end(document, start, ends[0] - 1, size=2) is None
    assert fast.batch_end(document, start) == ends[2]  # the whole array is smaller


def test_it_leaves_to_the_standard_library_what_orjson_reads_differently():
    assert fast.decode_items(b'{"id": 123456789012345678901234}') is None  # > 64 bits
    assert fast.decode_items(b'{"id": -9223372036854775809}') is None  # below -2**63
    assert fast.decode_items(b'{"id": -922337203685477580}') == [{"id": -922337203685477580}]
    assert fast.decode_items(b'{"id": 1234567890123456789}') == [{"id": 1234567890123456789}]
    # Twenty digits and dashes in a row are only a reason to ask the standard library.
    assert fast.decode_items(b'{"t": "2024-05-01-12-00-00"}') == [{"t": "2024-05-01-12-00-00"}]
    assert fast.decode_items(b'{"t": "2024-05-01-12-00-00-00"}') is None
    assert fast.decode_items(b'{"text": "\\ud83d"}') is None  # a lone surrogate
    assert fast.decode_items(b'{"n": NaN}') is None
    assert fast.decode_items(b'{"text": "caf\xc3"}') is None  # not UTF-8
    assert fast.decode_items(b'{"a": 1}, {"a": 2}') == [{"a": 1}, {"a": 2}]


@given(st.lists(st.integers(min_value=0, max_value=50), max_size=40))
def test_it_maps_each_distinct_value_once_like_a_plain_loop(values):
    calls = []

    def double(value: int) -> int:
        calls.append(value)
        return value * 2

    assert list(fast.map_distinct(values, double)) == [v * 2 for v in values]
    assert sorted(calls) == sorted(set(values))


phrase_parts = st.sampled_from(
    [
        "are we okay",
        "Are You Mad At Me",
        "did i do something",
        "ignoring me",
        "am i too much",
        "do you still love",
        "¿Estás enojada conmigo",
        "me estás ignorando",
        "aún me extrañas",
        "¿",
        "\u200e",
        "\n",
        " ",
        "ok",
        "İ",
        "Σ",
        "hello",
        "still",
        "\x00",
        "?",
    ]
)


@given(st.lists(st.lists(phrase_parts, max_size=8).map("".join), max_size=8))
def test_it_finds_reassurance_in_many_messages_like_one_by_one(texts):
    plain = [(i, c) for i, text in enumerate(texts) for c in reassurance_categories(text)]
    assert reassurance_hits(texts) == plain


def test_it_finds_the_first_item_with_another_after_it_from_the_middle_of_an_array():
    document = b'[\n {\n  "a": {\n   "b": 1\n  }\n },\n {\n  "a": 2\n }\n]'
    closing = fast.item_closing(document, document.find(b"{"))
    assert closing == b"\n }"
    first_end = document.find(b"\n },") + len(closing)
    # From inside the first item: its own end, not the nested object's, and not the last
    # item's (no comma follows it).
    assert fast.next_item_end(document[5:], closing) == first_end - 5
    assert fast.next_item_end(document[first_end:], closing) is None
    assert fast.item_closing(document, document.find(b'"a"')) is None
