"""Facebook Messenger and Instagram JSON from "Download your information".

Both list `messages` newest first with `sender_name`, `timestamp_ms` (UTC milliseconds)
and `content`. Meta writes every non-ASCII character as its UTF-8 bytes escaped one by one
(`"caf\\u00c3\\u00a9"` for "café"); `repair_mojibake()` undoes that. Attachments
(`photos`, `videos`, `audio_files`, `files`, `gifs`, `sticker`, `share`) without text are
media; `is_unsent` messages were deleted; calls count as reaching out.
"""

from __future__ import annotations

from datetime import tzinfo

from ..conversation import Conversation, Kind
from .builder import ConversationBuilder
from .jsonstream import JsonStream, prefix_of
from .source import Source

_MEDIA_KEYS = ("photos", "videos", "audio_files", "files", "gifs", "sticker", "share")
_NOTICE_TYPES = ("Subscribe", "Unsubscribe")


def repair_mojibake(text: str) -> str:
    """Undo Meta's escaping of UTF-8 bytes as Latin-1 characters; leave real text alone."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def parse_meta(src: Source, tz: tzinfo, kind: str) -> Conversation:
    builder = ConversationBuilder(source_format=kind, budget=src.budget)
    stream = JsonStream(src.chunks(), max_pending=src.budget.max_message_chars)

    def wanted(path: tuple) -> bool:
        return prefix_of(path, (("messages",),))

    for path, value in stream.walk(wanted):
        if path == ("title",) and isinstance(value, str):
            builder.title = repair_mojibake(value)
        elif len(path) == 2 and path[0] == "messages" and isinstance(value, dict):
            _add(builder, value)
    if builder.title and builder.title in builder.names:
        builder.them_hint = builder.title
    return builder.finish(tz)


def _add(builder: ConversationBuilder, message: dict) -> None:
    if message.get("type") in _NOTICE_TYPES:
        return
    try:
        utc = int(message["timestamp_ms"]) // 1000
    except (KeyError, TypeError, ValueError, OverflowError):  # missing, odd or infinite
        builder.skipped += 1
        return
    name = repair_mojibake(str(message.get("sender_name") or "Unknown"))
    content = message.get("content")
    text = repair_mojibake(content) if isinstance(content, str) else ""
    if message.get("is_unsent"):
        kind = Kind.DELETED
    elif message.get("type") == "Call" or "call_duration" in message:
        kind = Kind.CALL
    elif not text and any(key in message for key in _MEDIA_KEYS):
        kind = Kind.MEDIA
    else:
        kind = Kind.TEXT
    builder.add(name, text, kind, utc=utc)
