"""`fast.rare_matches()` gives exactly the matches `finditer()` gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from securebase.chat_analysis.engine import fast
from securebase.chat_analysis.engine.fast import phrasescan
from securebase.chat_analysis.engine.phrases import REASSURANCE_SCAN, for_scan

# Whole phrases, their beginnings without their ends, near misses, and ordinary words, so
# that matches overlap, touch, nest ("are you ignoring me" holds " ignoring me") and fail
# late.
PIECES = [
    " are we okay",
    " are we still fine",
    " are you ignoring me",
    " are you mad",
    " are you",
    " are we",
    " am i too much",
    " am i being needy",
    " did i do something",
    " did you hate me",
    " do you still love",
    " is everything alright",
    " what did i do",
    " mad at me",
    " mad with",
    " still love me",
    " even like me",
    " you're ignoring me",
    " r u ignoring me",
    " ignoring me",
    " ignoring",
    " estamos bien",
    " estás enojada conmigo",
    " estas molesto conmigo",
    " todavía me quieres",
    " todavia me extrañas",
    " te estoy molestando",
    " qué te hice",
    " que hice",
    " hice algo mal",
    " aún me amas",
    " me estás ignorando",
    " me ignoras",
    " soy una molestia",
    " soy demasiado",
    "¿estamos bien?",
    "\x00 ",
    "\x00",
    " ",
    "  ",
    "\n",
    "\r\n",
    "?",
    "s",
    " hello",
    " area",
    " meet",
    " still",
    " é",
    " 🌙",
    "\u200e",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def plain(regex: re.Pattern[bytes], data: bytes) -> list[tuple[int, int, bytes]]:
    return [(match.start(), match.end(), match.group()) for match in regex.finditer(data)]


def fast_way(regex: re.Pattern[bytes], data: bytes) -> list[tuple[int, int, bytes]]:
    found = phrasescan.rare_matches(regex, data, smallest=0)
    return [(match.start(), match.end(), match.group()) for match in found]


@given(TEXTS)
def test_it_finds_the_phrases_finditer_finds(text):
    data = for_scan(text.encode())
    assert fast_way(REASSURANCE_SCAN, data) == plain(REASSURANCE_SCAN, data)


@given(st.binary(max_size=300))
def test_it_finds_what_finditer_finds_in_arbitrary_bytes(data):
    assert fast_way(REASSURANCE_SCAN, data) == plain(REASSURANCE_SCAN, data)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        " am i",
        " am i too much",  # at the very start, and ending at the very end
        "x am i too much",
        " me ignoras",  # shorter than the eight bytes compared at once
        "ok me ignoras",  # within the last eight bytes
        " are you ignoring me are you ignoring me",  # one after another
        "\x00 are we okay\x00 estamos bien\x00 are you\x00 ok",  # messages joined
        "line\r\n are we okay\r\n",
        " ARE WE OKAY",  # not lower-cased: no match, as with finditer()
    ],
)
def test_it_finds_what_finditer_finds_at_the_edges(text):
    data = text.encode()
    assert fast_way(REASSURANCE_SCAN, data) == plain(REASSURANCE_SCAN, data)
    assert fast_way(REASSURANCE_SCAN, for_scan(data)) == plain(REASSURANCE_SCAN, for_scan(data))


def test_it_reads_where_every_phrase_begins_from_the_pattern():
    starts = phrasescan.match_starts(REASSURANCE_SCAN)
    assert starts is not None
    assert starts.first == ord(" ")
    literals = phrasescan.literal_beginnings(REASSURANCE_SCAN)
    assert b" are we " in literals
    assert " qué te".encode() in literals
    assert all(3 <= len(literal) <= phrasescan.KEY_BYTES for literal in literals)
    assert all(literal.startswith(b" ") for literal in literals)


@pytest.mark.parametrize(
    "regex",
    [
        re.compile(rb"[ab]c+"),  # begins with a class
        re.compile(rb" a|b"),  # a beginning shorter than three bytes
        re.compile(rb"xyz| abc"),  # beginnings with different first bytes
        re.compile(rb" abc", re.IGNORECASE),
        re.compile(rb"(?: ab)*c"),
        re.compile(rb" ab\w+|\x00 ok"),
        re.compile(rb"(?i: abc)"),  # a group with flags of its own
        re.compile(rb" x(?i:abc)|(?-i: aaa)"),
    ],
)
def test_it_leaves_other_patterns_to_finditer(regex):
    data = b" abc ABC c xyz abcabc\x00 ok abd ab" * 4
    assert fast_way(regex, data) == plain(regex, data)


@pytest.mark.parametrize(
    "regex",
    [
        re.compile(rb" ab(?:c|d)(?:e)?"),
        re.compile(rb" a[bc]d| xyz\b"),
        re.compile(rb"\x00 (?:ok|abc)(?=\x00|\Z)"),
    ],
)
def test_it_finds_what_finditer_finds_for_other_literal_beginnings(regex):
    assert phrasescan.match_starts(regex) is not None
    data = b" abc ABC c xyz abde acd abdd\x00 ok\x00 abc ab" * 4 + b"\x00 ok"
    assert fast_way(regex, data) == plain(regex, data)


def test_it_is_the_plain_search_for_a_short_text():
    data = b" are we okay? " * 10
    assert len(data) < phrasescan.SMALLEST_SCAN
    assert [m.span() for m in fast.rare_matches(REASSURANCE_SCAN, data)] == [
        m.span() for m in REASSURANCE_SCAN.finditer(data)
    ]


def test_it_finds_phrases_in_a_long_text_like_finditer():
    words = b" hello are you there am i late me i estamos todo still even did i "
    data = words * 3000 + b" are we okay " + words * 3000 + b" me ignoras"
    assert len(data) > phrasescan.SMALLEST_SCAN
    found = [(m.start(), m.group()) for m in fast.rare_matches(REASSURANCE_SCAN, data)]
    assert found == [(m.start(), m.group()) for m in REASSURANCE_SCAN.finditer(data)]
    assert len(found) == 2
