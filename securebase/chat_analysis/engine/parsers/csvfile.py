"""A generic CSV: one row per message with timestamp, sender and text columns.

The header row names the columns (`timestamp`/`date`/`time`, `sender`/`from`/`author`,
`text`/`message`/`content`, in any order and case); the delimiter may be a comma,
semicolon or tab. Timestamps are ISO 8601 (with or without an offset; without one they are
local time) or Unix seconds or milliseconds.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from datetime import datetime, tzinfo

from .. import errors
from ..conversation import Conversation, Kind
from . import iter_text
from .builder import ConversationBuilder
from .source import Source

TIME_COLUMNS = (
    "timestamp",
    "time",
    "date",
    "datetime",
    "date_time",
    "sent",
    "sent_at",
    "created_at",
)
SENDER_COLUMNS = ("sender", "from", "author", "name", "user", "sender_name", "username")
TEXT_COLUMNS = ("text", "message", "content", "body", "msg")
_EPOCH = datetime(1970, 1, 1)


def _header(line: str) -> tuple[str, list[str]] | None:
    for delimiter in (",", ";", "\t"):
        fields = [f.strip().strip('"').strip().lower() for f in line.split(delimiter)]
        if len(fields) < 3:
            continue
        if (
            any(f in TIME_COLUMNS for f in fields)
            and any(f in SENDER_COLUMNS for f in fields)
            and any(f in TEXT_COLUMNS for f in fields)
        ):
            return delimiter, fields
    return None


def looks_like_csv(head: str) -> bool:
    first_line = head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    return _header(first_line) is not None


def _lines(src: Source) -> Iterator[str]:
    pending = ""
    for text in iter_text(src):
        pending += text
        lines = pending.split("\n")
        pending = lines.pop()
        if len(pending) > src.budget.max_message_chars:  # one line longer than a message
            raise errors.message_too_large(src.budget.max_message_chars)
        for line in lines:
            yield line + "\n"
    if pending:
        yield pending


def parse_timestamp(value: str) -> tuple[int | None, int | None]:
    """(utc, None) for an instant, (None, wall) for a local time, (None, None) if unreadable."""
    value = value.strip()
    if not value:
        return None, None
    try:
        number = float(value)
    except ValueError:
        pass
    else:
        if not math.isfinite(number) or not 0 <= number < 1e14:
            return None, None
        return (int(number // 1000) if number > 1e11 else int(number)), None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is not None:
            return int(moment.timestamp()), None
        return None, int((moment - _EPOCH).total_seconds())
    except (ValueError, OverflowError, OSError):
        return None, None


def parse_csv(src: Source, tz: tzinfo) -> Conversation:
    lines = _lines(src)
    first = next(lines, "").lstrip("\ufeff").rstrip("\r\n")
    header = _header(first)
    if header is None:
        raise errors.unknown_format()
    delimiter, fields = header
    when = next(i for i, f in enumerate(fields) if f in TIME_COLUMNS)
    who = next(i for i, f in enumerate(fields) if f in SENDER_COLUMNS)
    what = next(i for i, f in enumerate(fields) if f in TEXT_COLUMNS)
    builder = ConversationBuilder(source_format="csv", budget=src.budget)
    try:
        for row in csv.reader(lines, delimiter=delimiter):
            if not row or len(row) <= max(when, who, what):
                if row:
                    builder.skipped += 1
                continue
            utc, wall = parse_timestamp(row[when])
            if utc is None and wall is None:
                builder.skipped += 1
                continue
            sender = row[who].strip()
            if not sender:
                builder.skipped += 1
                continue
            builder.add(sender, row[what], Kind.TEXT, utc=utc, wall=wall)
    except csv.Error as exc:
        raise errors.unknown_format() from exc
    return builder.finish(tz)
