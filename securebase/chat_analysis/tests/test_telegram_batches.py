"""A batch of Telegram messages gives exactly what adding its messages one by one gives."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from securebase.chat_analysis.engine.conversation import Kind
from securebase.chat_analysis.engine.parsers.builder import ConversationBuilder
from securebase.chat_analysis.engine.parsers.telegram import _Chat, text_of
from securebase.chat_analysis.engine.phrases import DELETED_TEXTS

# A shared 2-core machine can be slow to draw examples; that is not a failure.
LOADED_MACHINE = settings(
    deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow]
)
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


@LOADED_MACHINE
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
