"""Telegram Desktop JSON exports: one chat (`result.json` with `messages`) or "export all
data" (`chats.list[]`, each with its own `messages`).

Messages carry `date_unixtime` (UTC seconds, as a string) in newer exports and only `date`
(local time without a zone) in older ones; both occur in one file. `text` is a string or a
list of strings and entity objects. Service messages are notices, except phone calls, which
count as the caller reaching out.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from .. import errors
from ..conversation import Conversation, Kind
from ..errors import ChatImportError
from . import iter_text
from .builder import ConversationBuilder
from .jsonstream import ITEM, JsonStream, prefix_of
from .source import Source

_CONTAINERS = (
    ("messages",),
    ("chats", "list", ITEM, "messages"),
    ("left_chats", "list", ITEM, "messages"),
    ("personal_information",),
)
_EPOCH = datetime(1970, 1, 1)
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
        self.type = ""

    def add(self, message) -> None:
        if not isinstance(message, dict):
            return
        kind = message.get("type")
        if kind == "service":
            if message.get("action") not in ("phone_call", "group_call"):
                return
            sender, body, kind_code = message.get("actor"), "", Kind.CALL
        elif kind == "message":
            sender = message.get("from")
            body = text_of(message.get("text"))
            kind_code = Kind.TEXT
            if not body.strip() and any(key in message for key in _MEDIA_KEYS):
                kind_code = Kind.MEDIA
        else:
            return
        name = str(sender or message.get("from_id") or message.get("actor_id") or "Deleted account")
        utc = wall = None
        stamp = message.get("date_unixtime")
        if stamp is not None:
            try:
                utc = int(stamp)
            except (TypeError, ValueError):
                utc = None
        if utc is None:
            wall = _wall_from_iso(message.get("date"))
            if wall is None:
                self.builder.skipped += 1
                return
        self.builder.add(name, body, kind_code, utc=utc, wall=wall)


def parse_telegram(src: Source, tz: tzinfo) -> list[Conversation]:
    """Parse a Telegram export into one Conversation per chat with two or more people."""
    stream = JsonStream(iter_text(src), max_pending=src.budget.max_message_chars)
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

    for path, value in stream.walk(wanted):
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
        elif path and path[-2:-1] == ("messages",):
            chat_for(path[:-2]).add(value)
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
