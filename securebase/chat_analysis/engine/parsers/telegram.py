"""Telegram Desktop JSON exports: one chat (`result.json` with `messages`) or "export all
data" (`chats.list[]`, each with its own `messages`).

Messages carry `date_unixtime` (UTC seconds, as a string) in newer exports and only `date`
(local time without a zone) in older ones; both occur in one file. `text` is a string or a
list of strings and entity objects. Service messages are notices, except phone calls, which
count as the caller reaching out.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from itertools import compress

from .. import errors, fast
from ..conversation import Conversation, Kind
from ..errors import ChatImportError
from ..phrases import DELETED_TEXTS
from ..words import _
from .builder import ConversationBuilder
from .jsonstream import ITEM, Batch, Helper, JsonStream, Rest, prefix_of
from .source import CHUNK_SIZE, Source

_CONTAINERS = (
    ("messages",),
    ("chats", "list", ITEM, "messages"),
    ("left_chats", "list", ITEM, "messages"),
    ("personal_information",),
)
_EPOCH = datetime(1970, 1, 1)
_CALLS = ("phone_call", "group_call")
_MEDIA_KEYS = (
    "photo",
    "file",
    "media_type",
    "sticker_emoji",
    "location_information",
    "poll",
    "contact_information",
    "game_title",
)
MIN_REST = 32 << 20  # a helper process reads the second half of a larger `messages` array
_TEXT, _MEDIA, _DELETED, _CALL = Kind.TEXT, Kind.MEDIA, Kind.DELETED, Kind.CALL
_DELETED_LENGTHS = frozenset(map(len, DELETED_TEXTS))  # most texts are ruled out by length


def text_of(value) -> str:
    """Telegram `text`: a string, or a list of strings and {"type", "text"} entities."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in value
            if isinstance(part, str | dict)
        )
    return ""


def _wall_from_iso(value) -> int | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        return None
    return int((moment - _EPOCH).total_seconds())


class _Chat:
    def __init__(self, name: str, me: str | None, budget) -> None:
        self.builder = ConversationBuilder(
            source_format="telegram", title=name, me_hint=me, budget=budget
        )

    def add(self, messages: list) -> None:
        """Add a batch of items of a `messages` array; notices and anything that is not a
        message or call are dropped, and a message without a readable time is skipped."""
        kept, names, texts, kinds, stamps = _columns(messages)
        try:
            utcs: list[int | None] = list(map(int, stamps))
            walls: list[int | None] = [None] * len(utcs)
        # A missing, odd or infinite `date_unixtime`: the local `date`.
        except (TypeError, ValueError, OverflowError):
            utcs, walls = _times_one_by_one(kept, stamps)
        if None in walls and None in utcs:
            readable = [u is not None or w is not None for u, w in zip(utcs, walls, strict=True)]
            self.builder.skipped += readable.count(False)
            names, texts, kinds, utcs, walls = (
                list(compress(column, readable)) for column in (names, texts, kinds, utcs, walls)
            )
        self.builder.add_many(names, texts, kinds, utcs, walls)


def _columns(messages: list) -> tuple[list[dict], list[str], list[str], list[int], list]:
    """The messages and calls among `messages`, and for each its sender's name, its text
    (empty for a call, a deleted message or media), its `Kind` and its `date_unixtime`.

    One pass that looks at each message once: a batch holds a hundred thousand of them,
    and a pass per field would fetch every one from memory again for each field.
    """
    kept: list[dict] = []
    names: list[str] = []
    texts: list[str] = []
    kinds: list[int] = []
    stamps: list = []
    keep, add_name, add_text, add_kind, add_stamp = (
        kept.append,
        names.append,
        texts.append,
        kinds.append,
        stamps.append,
    )
    for message in messages:
        if not isinstance(message, dict):
            continue
        kind = message.get("type")
        if kind == "message":
            text = message.get("text")
            if text.__class__ is not str:
                text = text_of(text)
            sender = message.get("from")
            if not text or text.isspace():
                add_kind(_MEDIA if any(key in message for key in _MEDIA_KEYS) else _TEXT)
            # Some clients write a deleted message's text in the app's language
            # ("Deleted message", "Mensaje eliminado"): a message, but without text.
            elif len(text) in _DELETED_LENGTHS and text in DELETED_TEXTS:
                text = ""
                add_kind(_MEDIA if any(key in message for key in _MEDIA_KEYS) else _DELETED)
            else:
                add_kind(_TEXT)
        elif kind == "service" and message.get("action") in _CALLS:
            text = ""
            sender = message.get("actor")
            add_kind(_CALL)
        else:
            continue
        keep(message)
        add_text(text)
        add_name(sender if sender.__class__ is str and sender else _name(message, sender))
        add_stamp(message.get("date_unixtime"))
    return kept, names, texts, kinds, stamps


def _name(message: dict, sender) -> str:
    return str(sender or message.get("from_id") or message.get("actor_id") or _("Deleted account"))


def _times_one_by_one(messages: list[dict], stamps: list) -> tuple[list, list]:
    """UTC seconds from `date_unixtime` where it reads as a number, else local seconds from
    `date` (both None when neither does)."""
    utcs: list[int | None] = []
    walls: list[int | None] = []
    for message, stamp in zip(messages, stamps, strict=True):
        utc = None
        if stamp is not None:
            try:
                utc = int(stamp)
            except (TypeError, ValueError, OverflowError):
                utc = None
        utcs.append(utc)
        walls.append(_wall_from_iso(message.get("date")) if utc is None else None)
    return utcs, walls


def start_helper(src: Source, path: tuple, stream: JsonStream) -> Helper | None:
    """A second process reading the second half of a one-chat export's `messages` array,
    from just after a message there; None where that is not worth it or not safe.

    Command line only (`src.workers` > 1, a file on disk, no limits on messages or time,
    whose errors would otherwise depend on which process met them first). The file is
    cut where a line holds only a closing brace at the indentation the first message's
    opening brace has, followed by a comma; `JsonStream.items()` uses the helper only if a
    message it reads itself ends exactly there, so a wrong guess costs time, not results.
    """
    limits = src.budget.limits
    if (
        src.workers < 2
        or not src.path
        or path != ("messages",)
        or limits.max_messages is not None
        or limits.max_message_bytes is not None
        or limits.deadline is not None
    ):
        return None
    closing = fast.item_closing(stream.buffer, stream.pos)
    if closing is None:
        return None
    here = stream.offset()
    try:
        size = os.path.getsize(src.path)
        if size - here < MIN_REST:
            return None
        middle = (here + size) // 2
        with open(src.path, "rb") as file:
            file.seek(middle)
            window = file.read(1 << 20)
    except OSError:
        return None
    after = fast.next_item_end(window, closing)
    if after is None:
        return None
    return Helper(middle + after, fast.fork_call(read_rest, src.path, middle + after))


def read_rest(path: str, at: int) -> Rest:
    """The messages of an array in the file at `path`, from offset `at` (just after one of
    them) to the array's end, in a ConversationBuilder of their own."""
    chat = _Chat("", None, None)
    with open(path, "rb") as file:
        file.seek(at)
        stream = JsonStream(iter(lambda: file.read(CHUNK_SIZE), b""), start=at)
        if not stream.array_ends():
            for _path, items in stream.items(()):
                chat.add(items)
        return Rest(chat.builder, stream.offset())


def parse_telegram(src: Source, tz: tzinfo) -> list[Conversation]:
    """Parse a Telegram export into one Conversation per chat with two or more people."""
    stream = JsonStream(
        src.chunks(),
        max_pending=src.budget.max_message_chars,
        start=src.start,
        helper=lambda path, stream: start_helper(src, path, stream),
        seek=src.chunks_from if src.path else None,  # past what a helper read
    )
    chats: dict[tuple, _Chat] = {}
    names: dict[tuple, str] = {}
    types: dict[tuple, str] = {}
    personal: dict[str, str] = {}
    top_name = ""

    def chat_for(path: tuple) -> _Chat:
        key = path[:3] if path and path[0] in ("chats", "left_chats") else ()
        if key not in chats:
            chats[key] = _Chat(names.get(key, top_name), None, src.budget)
        return chats[key]

    def wanted(path: tuple) -> bool:
        return prefix_of(path, _CONTAINERS)

    def batched(path: tuple) -> bool:
        return path[-1:] == ("messages",) and wanted(path)

    for path, value in stream.walk(wanted, batched=batched):
        if path == ("name",) and isinstance(value, str):
            top_name = value
        elif path[:1] == ("personal_information",) and len(path) == 2:
            if isinstance(value, str):
                personal[path[1]] = value
        elif len(path) == 4 and path[0] in ("chats", "left_chats") and path[3] == "name":
            names[path[:3]] = str(value or "")
        elif len(path) == 4 and path[0] in ("chats", "left_chats") and path[3] == "type":
            types[path[:3]] = str(value or "")
        elif path == ("type",):
            types[()] = str(value or "")
        elif isinstance(value, Batch):
            chat_for(path[:-1]).add(value)
        elif isinstance(value, Rest):  # what a helper process read
            chat_for(path[:-1]).builder.merge(value.value)
        elif path and path[-2:-1] == ("messages",):  # `messages` as an object, not a list
            chat_for(path[:-2]).add([value])
    if not chats:
        raise errors.no_messages()
    # "Export all data" names its owner, who is "me" in every chat.
    me = " ".join(filter(None, (personal.get("first_name"), personal.get("last_name")))) or None
    conversations, problems = [], []
    for key, chat in chats.items():
        chat.builder.me_hint = me
        chat.builder.title = names.get(key, top_name) if key else top_name
        # In a one-to-one chat the chat is named after the other person.
        if types.get(key) == "personal_chat" and chat.builder.title != me:
            chat.builder.them_hint = chat.builder.title
        try:
            conversations.append(chat.builder.finish(tz))
        except ChatImportError as exc:
            problems.append(exc)
    if not conversations:
        raise problems[0]
    conversations.sort(key=len, reverse=True)
    return conversations
