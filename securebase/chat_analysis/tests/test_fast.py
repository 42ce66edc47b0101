"""Each speed trick gives exactly what the plain loop in its docstring gives."""

from __future__ import annotations

import gc
import os
import signal
from array import array
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from securebase.chat_analysis.engine import fast

times = st.lists(st.integers(min_value=0, max_value=2**62), max_size=40)


@given(st.lists(st.integers(min_value=0, max_value=2**16 - 1), max_size=40))
def test_it_finds_where_the_value_changes_like_a_plain_loop(senders):
    plain = [a != b for a, b in pairwise(senders)]
    assert [bool(flag) for flag in fast.changes(array("H", senders))] == plain
    assert [bool(flag) for flag in fast.changes(senders)] == plain


@given(times)
def test_it_finds_differences_like_a_plain_loop(values):
    column = array("q", sorted(values))
    plain = [b - a for a, b in pairwise(column)]
    assert list(fast.differences(column)) == plain
    assert list(fast.differences(sorted(values))) == plain  # a list takes the plain path


@given(st.lists(st.integers(min_value=-(2**40), max_value=2**40), max_size=40))
def test_it_finds_differences_of_negative_or_unsorted_values_like_a_plain_loop(values):
    column = array("q", values)
    assert list(fast.differences(column)) == [b - a for a, b in pairwise(values)] or (
        values != sorted(values)  # the contract asks for a sorted column
    )
    ordered = array("q", sorted(values))
    assert list(fast.differences(ordered)) == [b - a for a, b in pairwise(ordered)]


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
    values = array("q", [value for part, _ in runs for value in part])
    spans, start = [], 0
    for part, shift in runs:
        spans.append((start, start + len(part), shift))
        start += len(part)
    plain = [value + shift for part, shift in runs for value in part]
    non_negative = all(value >= 0 for value in values)
    assert list(fast.add_per_run(values, spans, values_non_negative=non_negative)) == plain
    assert list(fast.add_per_run(values, spans, values_non_negative=False)) == plain


@given(st.lists(st.tuples(st.integers(min_value=0, max_value=2**40), st.booleans()), max_size=40))
def test_it_sorts_and_splits_by_a_flag_like_a_plain_loop(pairs):
    values = [value for value, _ in pairs]
    flags = [flag for _, flag in pairs]
    ordered, unflagged, flagged = fast.sort_split_by_flag(values, flags)
    assert ordered == sorted(values)
    assert unflagged == sorted(v for v, f in pairs if not f)
    assert flagged == sorted(v for v, f in pairs if f)


@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=9), st.integers(-(2**40), 2**40)),
        max_size=60,
    )
)
def test_it_sorts_values_by_group_like_a_plain_loop(pairs):
    keys = [key for key, _ in pairs]
    values = [value for _, value in pairs]
    groups = fast.sorted_groups(iter(keys), values, 10)
    assert [list(group) for group in groups] == [
        sorted(v for k, v in pairs if k == key) for key in range(10)
    ]
    assert [len(group) for group in groups] == [keys.count(key) for key in range(10)]


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
