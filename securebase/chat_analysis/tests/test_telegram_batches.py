"""A batch of Telegram messages gives exactly what adding its messages one by one gives, and
a second process reading the second half of a large export changes nothing."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from securebase.chat_analysis.engine.conversation import Kind
from securebase.chat_analysis.engine.errors import ChatImportError
from securebase.chat_analysis.engine.parsers import Limits, parse_export, telegram
from securebase.chat_analysis.engine.parsers.builder import ConversationBuilder
from securebase.chat_analysis.engine.parsers.jsonstream import Helper
from securebase.chat_analysis.engine.parsers.source import Source
from securebase.chat_analysis.engine.parsers.telegram import _Chat, text_of
from securebase.chat_analysis.engine.phrases import DELETED_TEXTS

PACIFIC = ZoneInfo("America/Los_Angeles")
BOM = b"\xef\xbb\xbf"
MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "poll")


def add_one(builder: ConversationBuilder, message) -> None:
    """The plain rule for one item of `messages`, written out message by message."""
    if not isinstance(message, dict):
        return
    call = message.get("type") == "service" and message.get("action") in (
        "phone_call",
        "group_call",
    )
    if message.get("type") != "message" and not call:
        return
    text = "" if call else text_of(message.get("text"))
    kind = Kind.CALL if call else Kind.TEXT
    if text in DELETED_TEXTS:
        kind, text = Kind.DELETED, ""
    if not call and (not text or text.isspace()) and any(key in message for key in MEDIA_KEYS):
        kind = Kind.MEDIA
    sender = message.get("actor") if call else message.get("from")
    if not (isinstance(sender, str) and sender):
        sender = str(
            sender or message.get("from_id") or message.get("actor_id") or "Deleted account"
        )
    utc = wall = None
    try:
        utc = int(message["date_unixtime"])
    except (KeyError, TypeError, ValueError):
        try:
            moment = datetime.fromisoformat(str(message.get("date")))
            if moment.tzinfo is None:
                wall = int((moment - datetime(1970, 1, 1)).total_seconds())
        except ValueError:
            pass
    builder.add(sender, text, kind, utc=utc, wall=wall)


texts = st.one_of(
    st.sampled_from(["", " ", "\n", "hi", "are we okay?", "Deleted message", "Mensaje eliminado"]),
    st.sampled_from(sorted(DELETED_TEXTS)),
    st.text(max_size=12),
    st.lists(
        st.one_of(
            st.sampled_from(["are you ", "mad at me", " "]),
            st.fixed_dictionaries({"type": st.just("bold"), "text": st.sampled_from(["ok", ""])}),
        ),
        max_size=3,
    ),
    st.none(),
    st.integers(),
)
stamps = st.one_of(
    st.integers(min_value=-5, max_value=8_000_000_000).map(str),
    st.integers(min_value=0, max_value=2_000_000_000),
    st.sampled_from(["", "x", "1.5", None]),
)
dates = st.sampled_from(["2021-03-04T05:06:07", "2021-03-04T05:06:07+02:00", "soon", "", None])
message = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["message", "message", "service", "other", None]),
        "text": texts,
    },
    optional={
        "action": st.sampled_from(["phone_call", "group_call", "pin_message"]),
        "from": st.sampled_from(["Ana", "Ben", "", None, 7]),
        "actor": st.sampled_from(["Ana", "Ben", "", None]),
        "from_id": st.sampled_from(["user1", ""]),
        "actor_id": st.sampled_from(["user2"]),
        "date_unixtime": stamps,
        "date": dates,
        "photo": st.just("(File not included.)"),
        "sticker_emoji": st.just("🙂"),
    },
)
items = st.lists(st.one_of(message, message, message, st.just(None), st.just("text")), max_size=12)


@settings(max_examples=200)
@given(st.lists(items, max_size=3))
def test_it_adds_a_batch_of_messages_like_one_by_one(batches):
    chat = _Chat("Chat", None, None)
    plain = ConversationBuilder(source_format="telegram", title="Chat")
    for batch in batches:
        chat.add(batch)
        for item in batch:
            add_one(plain, item)
    fast = chat.builder
    assert fast.names == plain.names
    assert list(fast.sender) == list(plain.sender)
    assert bytes(fast.kind) == bytes(plain.kind)
    assert list(fast.length) == list(plain.length)
    assert list(fast.utc) == list(plain.utc)
    assert list(fast.wall) == list(plain.wall)
    assert fast.reassurance == plain.reassurance
    assert fast.skipped == plain.skipped
    assert fast.times_missing == plain.times_missing


# -- a second process reading the second half ------------------------------------------------


def export(count: int, *, late_sender_from: int | None = None, tail: str = "") -> bytes:
    """A one-chat export of `count` messages, written as Telegram Desktop writes it."""
    messages = []
    for i in range(count):
        sender = "Ana" if i % 3 else "Ben 🌙"
        if late_sender_from is not None and i >= late_sender_from and i % 5 == 0:
            sender = "Cleo"
        message = {
            "id": i,
            "type": "message",
            "date": "2021-03-04T05:06:07",
            "date_unixtime": str(1_600_000_000 + i * 97),
            "from": sender,
            "text": ["are you ", {"type": "bold", "text": "mad at me"}] if i % 11 == 0 else "hi",
        }
        if i % 7 == 0:
            message = {**message, "text": "", "photo": "(File not included.)"}
        if i % 13 == 0:
            message = {
                "id": i,
                "type": "service",
                "action": "phone_call",
                "actor": sender,
                "date_unixtime": str(1_600_000_000 + i * 97),
            }
        if i % 17 == 0:
            message = {**message, "date_unixtime": "soon"}
        messages.append(message)
    document = json.dumps(
        {"name": "Ben 🌙", "type": "personal_chat", "messages": messages},
        indent=1,
        ensure_ascii=False,
    )
    return (document[:-2] + tail + "\n}").encode() if tail else document.encode()


def columns(conversation) -> tuple:
    return (
        conversation.participants,
        list(conversation.sender),
        bytes(conversation.kind),
        list(conversation.length),
        list(conversation.utc),
        list(conversation.wall),
        conversation.reassurance,
        conversation.skipped,
    )


@pytest.fixture
def helpers(monkeypatch):
    """Every `messages` array is worth a helper process: the offsets they were started at,
    and "merged" each time what one read was used."""
    started = []
    start_helper = telegram.start_helper

    def counted(*args):
        helper = start_helper(*args)
        if helper is not None:
            started.append(helper.at)
        return helper

    merge = ConversationBuilder.merge

    def merged(builder, other):
        started.append("merged")
        merge(builder, other)

    monkeypatch.setattr(telegram, "MIN_REST", 0)
    monkeypatch.setattr(telegram, "start_helper", counted)
    monkeypatch.setattr(ConversationBuilder, "merge", merged)
    return started


def both_ways(tmp_path, data: bytes):
    path = tmp_path / "result.json"
    path.write_bytes(data)
    alone = parse_export(path, tz=PACIFIC, workers=1)
    helped = parse_export(path, tz=PACIFIC, workers=2)
    return alone, helped


@pytest.mark.parametrize(
    ("late_sender_from", "bom", "chunk_size"),
    [(None, b"", None), (1500, b"", None), (None, BOM, None), (None, BOM, 4096)],
)
def test_it_reads_the_second_half_in_another_process_with_the_same_result(
    tmp_path, helpers, monkeypatch, late_sender_from, bom, chunk_size
):
    seeks = []
    if chunk_size:  # the file in many chunks: what the helper read is skipped by seeking
        chunks, chunks_from = Source.chunks, Source.chunks_from

        def seek(src, offset):
            seeks.append(offset)
            return chunks_from(src, offset, chunk_size)

        monkeypatch.setattr(Source, "chunks", lambda src: chunks(src, chunk_size))
        monkeypatch.setattr(Source, "chunks_from", seek)
    alone, helped = both_ways(tmp_path, bom + export(2000, late_sender_from=late_sender_from))
    assert len(helpers) == 2 and helpers[1] == "merged"
    assert [columns(c) for c in helped] == [columns(c) for c in alone]
    assert len(alone[0].participants) == (3 if late_sender_from else 2)
    assert len(seeks) == (1 if chunk_size else 0)


def test_it_reads_on_alone_when_the_guessed_cut_is_past_the_messages(tmp_path, helpers):
    # A long array after `messages` whose items look like messages: the cut falls there.
    tail = ',\n "other": [\n' + ",\n".join(['  {\n   "id": 1\n  }'] * 20000) + "\n ]"
    alone, helped = both_ways(tmp_path, export(300, tail=tail))
    assert len(helpers) == 1  # started, then left unused
    assert [columns(c) for c in helped] == [columns(c) for c in alone]


def test_it_gives_the_same_error_for_damage_in_the_second_half(tmp_path, helpers):
    data = export(2000)
    cut = data.rfind(b'"text": "hi"', 0, len(data) * 3 // 4)
    damaged = data[:cut] + b'"text": "hi' + data[cut + len(b'"text": "hi"') :]
    path = tmp_path / "result.json"
    path.write_bytes(damaged)
    with pytest.raises(ChatImportError) as alone:
        parse_export(path, tz=PACIFIC, workers=1)
    with pytest.raises(ChatImportError) as helped:
        parse_export(path, tz=PACIFIC, workers=2)
    assert len(helpers) == 1
    assert helped.value.code == alone.value.code == "json_damaged"


def test_it_starts_no_helper_with_a_message_limit_or_a_small_file(tmp_path, monkeypatch):
    path = tmp_path / "result.json"
    path.write_bytes(export(300))
    forks = []
    monkeypatch.setattr(telegram.fast, "fork_call", lambda *args: forks.append(args))
    parse_export(path, tz=PACIFIC, workers=2)  # far below MIN_REST
    monkeypatch.setattr(telegram, "MIN_REST", 0)
    parse_export(path, tz=PACIFIC, workers=2, limits=Limits(max_messages=10_000))
    parse_export(path.read_bytes(), tz=PACIFIC, workers=2)  # not a file on disk
    assert forks == []


def test_it_stops_the_helper_when_the_first_half_is_damaged(tmp_path, helpers, monkeypatch):
    cancelled = []
    cancel = Helper.cancel

    def counted(helper):
        cancelled.append(helper.at)
        cancel(helper)

    monkeypatch.setattr(Helper, "cancel", counted)
    data = export(2000)
    cut = data.find(b'"text": "hi"', len(data) // 4)
    path = tmp_path / "result.json"
    path.write_bytes(data[:cut] + b'"text": "hi' + data[cut + len(b'"text": "hi"') :])
    with pytest.raises(ChatImportError) as caught:
        parse_export(path, tz=PACIFIC, workers=2)
    assert caught.value.code == "json_damaged"
    assert len(helpers) == 1 and set(cancelled) == {helpers[0]}
