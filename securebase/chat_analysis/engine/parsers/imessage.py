"""iMessage conversations exported to HTML by imessage-exporter.

Each message is a `<div class="message">` holding a `span.timestamp` ("Jul 17, 2022 5:04:04
PM", local time), a `span.sender` ("Me" for the exporter) and `span.bubble` text. Replies
to a thread are nested messages; reactions and announcements are not messages. The file is
fed to the standard library's HTML parser chunk by chunk.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from html.parser import HTMLParser

from .. import errors
from ..conversation import Conversation, Kind
from . import iter_text
from .builder import ConversationBuilder
from .source import Source

_STAMP = re.compile(
    r"([A-Z][a-z]{2}) (\d{1,2}), (\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}
MAX_DEPTH = 256  # elements open at once; an export nests a few levels deep
_VOID = {"img", "hr", "br", "meta", "link", "input", "source", "wbr", "area", "col", "embed"}
_EPOCH = datetime(1970, 1, 1)


def wall_from_stamp(text: str) -> int | None:
    match = _STAMP.search(text)
    if not match or match.group(1) not in _MONTHS:
        return None
    month, day, year = _MONTHS[match.group(1)], int(match.group(2)), int(match.group(3))
    hour, minute, second = int(match.group(4)), int(match.group(5)), int(match.group(6) or 0)
    if match.group(7).lower() == "pm" and hour < 12:
        hour += 12
    elif match.group(7).lower() == "am" and hour == 12:
        hour = 0
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    return int((moment - _EPOCH).total_seconds())


class _Message:
    def __init__(self) -> None:
        self.stamp: list[str] | None = None
        self.sender: list[str] | None = None
        self.text: list[str] = []
        self.edited: list[str] = []
        self.media = False
        self.chars = 0  # characters captured so far


class _ExportParser(HTMLParser):
    def __init__(self, builder: ConversationBuilder) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder
        self.stack: list[tuple[str, str]] = []  # (tag, role)
        self.messages: list[_Message] = []
        self.capture: list[str] | None = None

    def _role(self, tag: str, classes: set[str]) -> str:
        if tag == "div" and "message" in classes:
            return "message"
        if tag == "div" and classes & {"reactions", "announcement"}:
            return "ignore"
        if tag == "div" and "edited" in classes:
            return "edited"
        if tag == "div" and "app" in classes:
            return "app"
        if tag == "span" and classes & {"timestamp", "sender", "bubble"}:
            return next(iter(classes & {"timestamp", "sender", "bubble"}))
        if tag == "td":
            return "td"
        return ""

    def _ignoring(self) -> bool:
        return any(role == "ignore" for _, role in self.stack)

    def handle_starttag(self, tag, attrs) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        role = self._role(tag, classes)
        if tag in _VOID:
            if tag == "img" and self.messages and not self._ignoring():
                self.messages[-1].media = True
            return
        self.stack.append((tag, role))
        if len(self.stack) > MAX_DEPTH:
            raise errors.unknown_format()
        if self._ignoring() or not (self.messages or role == "message"):
            return
        if role == "message":
            self.messages.append(_Message())
            return
        current = self.messages[-1]
        if role == "timestamp" and current.stamp is None:
            current.stamp = self.capture = []
        elif role == "sender" and current.sender is None:
            current.sender = self.capture = []
        elif role == "bubble":
            self.capture = current.text
        elif role == "td" and any(r == "edited" for _, r in self.stack):
            current.edited.append("")
            self.capture = current.edited
        elif role == "app":
            current.media = True

    def handle_endtag(self, tag) -> None:
        if tag in _VOID:
            return
        while self.stack:
            open_tag, role = self.stack.pop()
            if role in ("timestamp", "sender", "bubble", "td"):
                self.capture = None
            if role == "message" and self.messages:
                self._emit(self.messages.pop())
            if open_tag == tag:
                return

    def handle_data(self, data) -> None:
        if self.capture is None or self._ignoring():
            return
        if self.capture is (self.messages[-1].edited if self.messages else None):
            self.capture[-1] += data
        else:
            self.capture.append(data)
        current = self.messages[-1] if self.messages else None
        if current is not None:
            current.chars += len(data)
            if current.chars > self.builder.budget.max_message_chars:
                raise errors.message_too_large(self.builder.budget.max_message_chars)

    def _emit(self, message: _Message) -> None:
        stamp = "".join(message.stamp or [])
        sender = " ".join("".join(message.sender or []).split())
        wall = wall_from_stamp(stamp)
        if wall is None or not sender:
            self.builder.skipped += 1
            return
        text = "".join(message.text).strip() or (
            message.edited[-1].strip() if message.edited else ""
        )
        kind = Kind.TEXT if text else Kind.MEDIA
        self.builder.add(sender, text, kind, wall=wall)


def parse_imessage(src: Source, tz: tzinfo) -> Conversation:
    builder = ConversationBuilder(source_format="imessage", me_hint="Me", budget=src.budget)
    parser = _ExportParser(builder)
    for text in iter_text(src):
        parser.feed(text)
        # An unfinished tag, or one message's text, waits whole in memory: bound both.
        if len(parser.rawdata) > builder.budget.max_message_chars:
            raise errors.message_too_large(builder.budget.max_message_chars)
    parser.close()
    while parser.messages:  # unclosed at the end of a truncated file
        parser._emit(parser.messages.pop())
    return builder.finish(tz)
