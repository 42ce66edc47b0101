"""Chat export parsers: detect the format of an upload and turn it into Conversations.

`parse_export()` is the one entry point. It never returns message text and raises only
`ChatImportError` for input it cannot use (any other exception is a bug).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import tzinfo
from typing import BinaryIO
from zoneinfo import ZoneInfo

from .. import errors
from ..conversation import Conversation
from ..errors import ChatImportError
from .builder import ConversationBuilder
from .source import Limits, Source, open_source

__all__ = ["ChatImportError", "Limits", "detect_format", "parse_export"]

_WHATSAPP_WITH = re.compile(r"^WhatsApp Chat (?:with|mit|con|avec|com|met|-) (.+?)(?:\.\w+)?$")


def parse_export(
    source: str | os.PathLike | bytes | BinaryIO,
    *,
    filename: str = "",
    tz: tzinfo | None = None,
    limits: Limits | None = None,
    workers: int = 1,
) -> list[Conversation]:
    """Parse an export (a path, bytes, or a seekable binary file) into Conversations.

    Most formats hold one chat; a Telegram "export all data" file gives one Conversation per
    chat that has messages from at least two people. `tz` is the time zone the export's
    local times were written in (and in which hours of the day are reported); it defaults
    to UTC. `workers` > 1 lets a large WhatsApp file on disk be read by that many processes
    (command line only; see parallel.py). Raises ChatImportError, with a message for the
    person, for every unusable input.
    """
    tz = tz or ZoneInfo("UTC")
    opened = path = None
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        filename = filename or os.path.basename(path)
        opened = source = open(source, "rb")  # noqa: SIM115 - closed in finally
    try:
        src = open_source(source, filename=filename, limits=limits)
        src.path = None if src.zipped else path
        src.workers = workers
        try:
            return _parse_source(src, tz)
        finally:
            if src.zipped:
                src.close()
    except RecursionError as exc:  # deeply nested JSON
        raise errors.damaged_json() from exc
    finally:
        if opened is not None:
            opened.close()


def detect_format(src: Source) -> str:
    """Name the format of a source from its first 64 KB."""
    text = src.text_head().lstrip("\ufeff \t\r\n")
    lowered_name = src.name.lower()
    if text.startswith("{") or re.match(r"\[\s*[\[{\]]", text):
        if '"sender_name"' in text and '"timestamp_ms"' in text:
            return "instagram" if "instagram" in lowered_name else "messenger"
        if (
            '"chats"' in text
            or '"personal_information"' in text
            or '"date_unixtime"' in text
            or '"from_id"' in text
            or '"personal_chat"' in text
            or ('"messages"' in text and '"from"' in text)
        ):
            return "telegram"
        raise errors.unknown_format()
    head = text[:4096].lower()
    if head.startswith("<") and ('class="message"' in text or "class='message'" in text):
        return "imessage"
    from .headers import header_regex

    if header_regex(text) is not None:
        return "signal" if "signal" in lowered_name or lowered_name.endswith(".md") else "whatsapp"
    from .csvfile import looks_like_csv

    if looks_like_csv(text):
        return "csv"
    raise errors.unknown_format()


def _parse_source(src: Source, tz: tzinfo) -> list[Conversation]:
    kind = detect_format(src)
    if kind in ("whatsapp", "signal"):
        return [_parse_lines(src, tz, kind)]
    if kind == "telegram":
        from .telegram import parse_telegram

        return parse_telegram(src, tz)
    if kind in ("messenger", "instagram"):
        from .meta import parse_meta

        return [parse_meta(src, tz, kind)]
    if kind == "imessage":
        from .imessage import parse_imessage

        return [parse_imessage(src, tz)]
    from .csvfile import parse_csv

    return [parse_csv(src, tz)]


def _parse_lines(src: Source, tz: tzinfo, kind: str) -> Conversation:
    from .headers import header_regex
    from .whatsapp import LineExportParser

    regex = header_regex(src.text_head())
    if regex is None:  # detect_format() saw headers, so this cannot happen
        raise errors.unknown_format()
    match = _WHATSAPP_WITH.match(src.name)
    builder = ConversationBuilder(
        budget=src.budget,
        source_format=kind,
        title=match.group(1) if match else "",
        them_hint=match.group(1) if match else None,
    )
    parser = LineExportParser(builder, regex)
    if src.workers > 1 and src.path:
        from .parallel import feed_in_parallel

        size = os.path.getsize(src.path)
        feed_in_parallel(parser, src.stream, src.path, size, src.workers)
    else:
        parser.feed_stream(src.chunks())
    parser.finish(tz)
    return builder.finish(tz)


def iter_text(src: Source) -> Iterator[str]:
    """Decode a source's chunks as UTF-8 text, refusing anything else."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in src.chunks(1024 * 1024):
            text = decoder.decode(chunk)
            if text:
                yield text
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail
    except UnicodeDecodeError as exc:
        raise errors.not_utf8() from exc
