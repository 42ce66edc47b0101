"""Command-line analysis without Django: `python -m securebase.chat_analysis FILE`.

The `analyze_chat` management command is the same thing inside the project; both call
`run()`, so they print identical reports.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import stat
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .engine.errors import ChatImportError
from .engine.fast import gc_paused
from .engine.parsers import Limits, parse_export
from .presentation.report import (
    ParticipantError,
    choose_people,
    find_participant,
    render_text,
    report_data,
)

DEFAULT_TIME_ZONE = "America/Los_Angeles"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="the exported chat (.txt, .zip, .json, .csv or .html)")
    parser.add_argument("--me", help="your name as it appears in the chat")
    parser.add_argument("--them", help="the other person (needed in a group chat)")
    parser.add_argument("--chat", help="which chat, for exports holding several")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--as-of",
        help="measure the current silence as of this ISO time (default: now)",
    )
    parser.add_argument(
        "--tz",
        default=DEFAULT_TIME_ZONE,
        help=f"time zone the export's times are in (default {DEFAULT_TIME_ZONE})",
    )
    parser.add_argument(
        "--max-mb", type=float, default=200, help="refuse files larger than this (default 200)"
    )


class CliError(Exception):
    """A problem to report to the person running the command, with an exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def run(options: argparse.Namespace | dict, out=sys.stdout) -> None:
    """Analyse one file and write the report to `out`; raises CliError for bad input."""
    with gc_paused():
        _run(options, out)


def _run(options: argparse.Namespace | dict, out) -> None:
    opts = vars(options) if isinstance(options, argparse.Namespace) else dict(options)
    try:
        tz = ZoneInfo(opts.get("tz") or DEFAULT_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        raise CliError(f"Unknown time zone: {opts.get('tz')}", 2) from None
    now = datetime.now(UTC)
    if opts.get("as_of"):
        try:
            now = datetime.fromisoformat(opts["as_of"])
        except ValueError:
            raise CliError(
                "--as-of must be an ISO date and time, e.g. 2024-05-01T21:30", 2
            ) from None
        if now.tzinfo is None:
            now = now.replace(tzinfo=tz)
    max_mb = opts.get("max_mb")
    max_mb = 200.0 if max_mb is None else max_mb
    if not math.isfinite(max_mb) or max_mb <= 0:
        raise CliError("--max-mb must be a positive number of megabytes, e.g. 200", 2)
    limits = Limits(max_bytes=int(max_mb * 1_000_000))
    _check_file(opts["file"])
    try:
        workers = min(4, os.cpu_count() or 1)
        conversations = parse_export(opts["file"], tz=tz, limits=limits, workers=workers)
    except ChatImportError as exc:
        raise CliError(exc.message) from exc
    except OSError as exc:
        raise CliError(f"Cannot read {opts['file']}: {exc.strerror or exc}", 2) from None
    try:
        conv = pick_chat(conversations, opts.get("chat"), opts.get("me"), opts.get("them"))
        me, them, guessed = choose_people(conv, me=opts.get("me"), them=opts.get("them"))
    except ParticipantError as exc:
        raise CliError(exc.message) from exc
    data = report_data(conv, me=me, them=them, now=now, guessed_me=guessed, workers=workers)
    # One write: Django's command output adds a line end to every write call.
    if opts.get("json"):
        out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(render_text(data))


def _check_file(path: str) -> None:
    """Refuse, before opening it, anything but a regular file: opening a folder fails and
    reading a named pipe waits for a writer that may never come."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise CliError(f"No such file: {path}", 2) from None
    except OSError as exc:
        raise CliError(f"Cannot read {path}: {exc.strerror or exc}", 2) from None
    if stat.S_ISDIR(mode):
        raise CliError(f"{path} is a folder; give the exported chat file inside it.", 2)
    if not stat.S_ISREG(mode):
        raise CliError(f"{path} is not a regular file (a pipe or a device); save it first.", 2)


def pick_chat(conversations, chat: str | None, me: str | None, them: str | None):
    """The chat named `chat`; else the only one; else the first where `them` wrote."""
    if chat:
        for conv in conversations:
            if conv.title.casefold() == chat.casefold():
                return conv
        titles = ", ".join(c.title for c in conversations)
        raise ParticipantError(f"No chat called “{chat}” in this export: {titles}.", ())
    if len(conversations) == 1 or not them:
        return conversations[0]
    for conv in conversations:
        try:
            find_participant(conv, them)
        except ParticipantError:
            continue
        return conv
    return conversations[0]


def main(
    argv: list[str] | None = None,
    *,
    prog: str = "python -m securebase.chat_analysis",
    defaults: dict | None = None,
    error_prefix: str = "",
) -> int:
    """Parse the arguments, print the report and return the exit status; ``defaults`` and
    ``error_prefix`` let ``manage.py analyze_chat`` use the settings' defaults and print its
    errors as Django prints a command's."""
    parser = argparse.ArgumentParser(prog=prog)
    add_arguments(parser)
    parser.set_defaults(**(defaults or {}))
    try:
        run(parser.parse_args(argv))
    except CliError as exc:
        print(error_prefix + exc.message, file=sys.stderr)
        return exc.status
    return 0
