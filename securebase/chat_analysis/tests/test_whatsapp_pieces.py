"""A WhatsApp block parsed a piece at a time gives what the whole block gives."""

from __future__ import annotations

import io
import random
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from securebase.chat_analysis.engine.errors import ChatImportError
from securebase.chat_analysis.engine.parsers import whatsapp
from securebase.chat_analysis.engine.parsers.builder import ConversationBuilder
from securebase.chat_analysis.engine.parsers.whatsapp import LineExportParser, header_regex

TZ = ZoneInfo("America/New_York")
PROFILE = settings(max_examples=60)

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


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_a_message_cut_between_two_blocks_is_read_as_one(line_end):
    # A phrase across a line break, and a poll, whichever byte the next block starts at.
    data = export(
        [(HEADERS[0], "hi"), (HEADERS[1], "are we\nokay?"), (HEADERS[0], BODIES[4])], line_end
    )
    whole = parsed(data, len(data))
    assert whole[-1]  # the phrase is found when nothing is cut
    for cut in range(1, len(data)):
        parser = LineExportParser(
            ConversationBuilder(source_format="whatsapp"), header_regex(data.decode())
        )
        parser.feed_stream(iter((data[:cut], data[cut:])))
        parser.finish(TZ)
        conv = parser.builder.finish(TZ)
        assert (list(conv.kind), list(conv.length), conv.reassurance) == (
            whole[4],
            whole[3],
            whole[5],
        ), cut


def test_a_message_longer_than_is_held_is_still_cut(monkeypatch):
    monkeypatch.setattr(whatsapp, "LONGEST_HELD", 64)
    monkeypatch.setattr(whatsapp, "TAIL_SEARCHED", 16)
    fed: list[bytes] = []
    feed = LineExportParser.feed
    monkeypatch.setattr(
        LineExportParser, "feed", lambda self, chunk: fed.append(chunk) or feed(self, chunk)
    )
    long_body = "\n".join(f"line {n}" for n in range(40))
    data = export([(HEADERS[0], long_body), (HEADERS[1], "ok")], "\n")
    whole = parsed(data, len(data))
    fed.clear()
    assert parsed(data, 32) == whole
    assert len(fed) > 3
    assert max(map(len, fed)) <= 64 + 32


def test_a_file_read_in_parallel_is_cut_where_messages_start():
    from securebase.chat_analysis.engine.parsers import parallel

    body = "are we\nokay?\n" + "\n".join(f"more {n}" for n in range(30))
    data = export([(HEADERS[k % 2], body) for k in range(40)], "\r\n")
    regex = header_regex(data.decode())
    stream = io.BytesIO(data)
    by_line = parallel.cut_points(stream, len(data), 7)
    by_message = parallel.cut_points(stream, len(data), 7, regex)
    assert len(by_message) == 8
    assert any(not regex.match(data, cut - 1) for cut in by_line[1:-1])  # lines of a message
    for cut in by_message[1:-1]:
        assert data[cut - 1 : cut] == b"\n"
        assert regex.match(data, cut - 1)


def test_a_file_read_in_parallel_finds_every_phrase_across_line_breaks(tmp_path, monkeypatch):
    from securebase.chat_analysis.engine.parsers import parallel, parse_export

    path = tmp_path / "chat.txt"
    path.write_bytes(export([(HEADERS[k % 2], "are we\nokay?") for k in range(6000)], "\n"))
    [one] = parse_export(path, tz=TZ)
    monkeypatch.setattr(parallel, "MIN_PART", 1 << 14)
    [many] = parse_export(path, tz=TZ, workers=3)
    assert len(one.reassurance) == 6000  # one phrase a message
    assert many.reassurance == one.reassurance
