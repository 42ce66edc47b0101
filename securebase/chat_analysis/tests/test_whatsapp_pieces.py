"""A WhatsApp block parsed a piece at a time gives what the whole block gives."""

from __future__ import annotations

import random
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from securebase.chat_analysis.engine.errors import ChatImportError
from securebase.chat_analysis.engine.parsers import whatsapp
from securebase.chat_analysis.engine.parsers.builder import ConversationBuilder
from securebase.chat_analysis.engine.parsers.whatsapp import LineExportParser, header_regex

TZ = ZoneInfo("America/New_York")
PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BODIES = [
    "hi",
    "are we\nokay?",  # a phrase across a line break
    "line one\nline two\n\nline four",
    "<Media omitted>",
    "POLL:\nDinner?\nOPTION: Tacos (1 vote)",
    "so late <This message was edited>",
    "\u200eimage omitted",
    "IMG-001.jpg (file attached)",
    "¿estamos bien?",
    "did i do something wrong",
    "",
    "x" * 300,
    "café 🌙 naïve",
]
HEADERS = [
    "1/2/24, 9:05 PM - Ana: ",
    "1/2/24, 9:07 PM - Ben: ",
    "\u200e1/3/24, 10:00 AM - Ana: ",
    "\ufeff1/3/24, 11:00 AM - Ben: ",
    "1/4/24, 8:00 AM - Ana:",
    "1/4/24, 8:01 AM - Ben changed the subject to \u201cplans\u201d",
]
MESSAGES = st.lists(
    st.tuples(st.sampled_from(HEADERS), st.sampled_from(BODIES)), min_size=0, max_size=40
)


def export(messages, line_end: str) -> bytes:
    lines = ["1/1/24, 8:00 AM - Messages and calls are end-to-end encrypted. Tap to learn more."]
    lines += [header + body for header, body in messages]
    return (line_end.join(lines) + line_end).replace("\n", line_end).encode()


def parsed(data: bytes, block_size: int):
    parser = LineExportParser(
        ConversationBuilder(source_format="whatsapp"), header_regex(data[:65536].decode())
    )
    parser.feed_stream(data[i : i + block_size] for i in range(0, len(data), block_size))
    parser.finish(TZ)
    try:
        conv = parser.builder.finish(TZ)
    except ChatImportError as exc:
        return exc.code
    return (
        conv.participants,
        list(conv.utc),
        list(conv.sender),
        list(conv.length),
        list(conv.kind),
        conv.reassurance,
    )


@PROFILE
@given(
    MESSAGES,
    st.sampled_from(["\n", "\r\n"]),
    st.integers(min_value=1, max_value=400),
    st.integers(min_value=1, max_value=3000),
)
def test_it_gives_what_whole_blocks_give_whatever_the_piece_size(messages, line_end, piece, block):
    data = export(messages, line_end)
    original = whatsapp.PIECE_BYTES
    try:
        whatsapp.PIECE_BYTES = 1 << 40  # never cut inside a block
        whole = parsed(data, block)
        whatsapp.PIECE_BYTES = piece
        assert parsed(data, block) == whole
    finally:
        whatsapp.PIECE_BYTES = original


@pytest.mark.parametrize("piece", [1, 7, 64, 1000])
def test_it_cuts_a_large_block_only_where_a_message_starts(monkeypatch, piece):
    rng = random.Random(7)
    messages = [(rng.choice(HEADERS), rng.choice(BODIES)) for _ in range(2000)]
    data = export(messages, "\r\n")
    whole = parsed(data, len(data))
    fed: list[bytes] = []
    feed = LineExportParser.feed

    def recorded(self, chunk):
        fed.append(chunk)
        feed(self, chunk)

    monkeypatch.setattr(LineExportParser, "feed", recorded)
    monkeypatch.setattr(whatsapp, "PIECE_BYTES", piece)
    assert parsed(data, len(data)) == whole
    assert len(fed) > 2
    regex = header_regex(data[:65536].decode())
    for chunk in fed[1:]:
        assert regex.match(chunk.replace(b"\r\n", b"\n"))  # each piece starts at a header


def test_it_reads_an_empty_block_and_a_file_without_a_line_end():
    assert parsed(b"", 10) == parsed(b"", 1)
    data = export([(HEADERS[0], "are we okay"), (HEADERS[1], "yes")], "\n").rstrip(b"\n")
    assert parsed(data, 5) == parsed(data, len(data))
