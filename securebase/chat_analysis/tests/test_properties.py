"""Properties that must hold for any input, checked with generated data (hypothesis)."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from securebase.chat_analysis.engine.conversation import Conversation
from securebase.chat_analysis.engine.errors import ChatImportError
from securebase.chat_analysis.engine.metrics import analyze
from securebase.chat_analysis.engine.parsers import parse_export
from securebase.chat_analysis.engine.parsers.builder import ConversationBuilder
from securebase.chat_analysis.engine.parsers.whatsapp import LineExportParser, header_regex

TZ = ZoneInfo("Europe/Berlin")
PROFILE = settings(max_examples=150)


def parses_or_refuses(data: bytes, filename: str = "upload") -> None:
    """The only acceptable outcomes: conversations, or our own error with a message."""
    try:
        conversations = parse_export(data, filename=filename, tz=TZ)
    except ChatImportError as exc:
        assert exc.message
        return
    for conv in conversations:
        assert isinstance(conv, Conversation)
        assert len(conv.participants) >= 2
        assert list(conv.utc) == sorted(conv.utc)


@PROFILE
@given(st.binary(max_size=2000))
def test_it_never_fails_on_arbitrary_bytes(data):
    parses_or_refuses(data)


@PROFILE
@given(st.text(max_size=2000))
def test_it_never_fails_on_arbitrary_text(text):
    parses_or_refuses(text.encode("utf-8", "surrogatepass"))


HEADER_PIECES = st.sampled_from(
    [
        "12/31/21, 9:05 PM - ",
        "31.12.21, 21:05 - ",
        "[31/12/2021, 9:05:09\u202fPM] ",
        "\u200e[2021-12-31, 21:05:09] ",
        "2021/12/31, 21:05. - ",
        "99/99/99, 99:99 - ",
        "1/2/3, 4:5 - ",
        "[12/13/14 15:16:17 p. m.] ",
        "\ufeff",
        "",
    ]
)
LINE = st.tuples(
    HEADER_PIECES,
    st.sampled_from(["Ana: ", "Ben: ", "Ana:", "Messages and calls are end-to-end encrypted", ""]),
    st.text(max_size=40),
    st.sampled_from(["\n", "\r\n", "\n\n", ""]),
)


@PROFILE
@given(st.lists(LINE, max_size=30))
def test_it_never_fails_on_whatsapp_like_text(lines):
    text = "".join(header + sender + body + end for header, sender, body, end in lines)
    parses_or_refuses(text.encode("utf-8", "surrogatepass"), filename="WhatsApp Chat.txt")


JSON_KEYS = st.sampled_from(
    [
        "messages",
        "sender_name",
        "timestamp_ms",
        "content",
        "date_unixtime",
        "date",
        "from",
        "text",
        "type",
        "chats",
        "list",
        "name",
        "photos",
        "is_unsent",
        "action",
        "actor",
    ]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(JSON_KEYS, inner, max_size=6),
    max_leaves=40,
)


@PROFILE
@given(st.dictionaries(JSON_KEYS, JSON_VALUES, max_size=6))
def test_it_never_fails_on_json_like_exports(document):
    parses_or_refuses(json.dumps(document).encode(), filename="result.json")


MESSAGE = st.tuples(
    st.sampled_from(["Ana", "Ben"]),
    st.integers(min_value=1, max_value=3 * 86400),  # seconds after the previous message
    st.lists(
        st.text(alphabet="abcdefghij klmnop?!", min_size=1, max_size=12), min_size=1, max_size=3
    ),
)


def render(messages: list[tuple[str, datetime, list[str]]]) -> bytes:
    return "".join(
        f"[{when:%Y-%m-%d, %H:%M:%S}] {sender}: " + "\n".join(lines) + "\n"
        for sender, when, lines in messages
    ).encode()


def reply_numbers(data: bytes):
    [conv] = parse_export(data, filename="chat.txt", tz=TZ)
    ana = conv.participants.index("Ana")
    metrics = analyze(conv, me=ana, them=1 - ana, now=datetime(2030, 1, 1, tzinfo=UTC))
    return (
        metrics.their_replies,
        metrics.my_replies,
        metrics.double_texting_me,
        metrics.double_texting_them,
        metrics.starters,
        metrics.silence,
    )


@PROFILE
@given(st.lists(MESSAGE, min_size=2, max_size=40), st.randoms(use_true_random=False))
def test_it_gives_the_same_reply_times_whatever_order_the_lines_are_in(messages, rng):
    assume({sender for sender, _, _ in messages} == {"Ana", "Ben"})
    moment = datetime(2024, 1, 1, 8, 0, 0)
    timed = []
    for sender, gap, lines in messages:
        moment += timedelta(seconds=gap)
        timed.append((sender, moment, lines))
    shuffled = timed[:]
    rng.shuffle(shuffled)
    assert reply_numbers(render(shuffled)) == reply_numbers(render(timed))


@PROFILE
@given(st.lists(MESSAGE, min_size=1, max_size=30), st.integers(min_value=1, max_value=64))
def test_it_gives_the_same_result_whatever_the_chunk_size(messages, size):
    moment = datetime(2024, 1, 1, 8, 0, 0)
    timed = []
    for sender, gap, lines in messages:
        moment += timedelta(seconds=gap)
        timed.append((sender, moment, lines))
    data = render(timed).replace(b"\n", b"\r\n")

    def parsed(block_size: int):
        builder = ConversationBuilder(source_format="whatsapp")
        parser = LineExportParser(builder, header_regex(data[:65536].decode()))
        parser.feed_stream(data[i : i + block_size] for i in range(0, len(data), block_size))
        parser.finish(TZ)
        try:
            conv = builder.finish(TZ)
        except ChatImportError as exc:
            return exc.code
        return (
            conv.participants,
            conv.utc,
            conv.sender,
            conv.length,
            conv.kind,
            conv.reassurance,
        )

    assert parsed(size) == parsed(len(data))


def test_it_keeps_reply_times_when_a_large_file_is_read_in_parallel(tmp_path):
    rng = random.Random(4)
    moment = datetime(2020, 1, 1, 8, 0)
    lines = []
    for i in range(60_000):
        moment += timedelta(seconds=rng.randint(1, 4000))
        body = "are we okay?" if i % 997 == 0 else "line one\nline two" if i % 7 else "hi"
        lines.append(f"{moment:%d/%m/%Y, %H:%M} - {'Ana' if rng.random() < 0.5 else 'Ben'}: {body}")
    path = tmp_path / "chat.txt"
    path.write_text("\n".join(lines) + "\n")
    from securebase.chat_analysis.engine.parsers import parallel

    original = parallel.MIN_PART
    parallel.MIN_PART = 1 << 16  # split even this small file
    try:
        [one] = parse_export(path, tz=TZ)
        [many] = parse_export(path, tz=TZ, workers=3)
    finally:
        parallel.MIN_PART = original
    assert (many.participants, many.utc, many.sender, many.length, many.kind) == (
        one.participants,
        one.utc,
        one.sender,
        one.length,
        one.kind,
    )
    assert many.reassurance == one.reassurance
