"""Between the upload and the report: the parsed chat, kept briefly and encrypted.

Only the `Conversation` columns are kept — times, sender numbers, lengths, kinds, tone
scores; never message text — in one file under ``VAR_DIR/chat-analysis/``, encrypted with a
key that exists only in the uploader's session. The file alone cannot be read, the session
alone holds no data, and both are gone after ``PENDING_MINUTES``: expired files are deleted
whenever an upload or report page runs, and "Forget this chat" deletes at once.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings

from securebase.chat_analysis.engine.conversation import Conversation

SESSION_KEY = "chat_analysis"
PENDING_MINUTES = 60


@dataclass(frozen=True)
class Pending:
    conversations: list[Conversation]
    created: float  # Unix time of the upload


def folder() -> Path:
    path = Path(settings.VAR_DIR) / "chat-analysis"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def _path(token: str) -> Path:
    # Tokens are made here (hex), but the session is input: refuse anything else.
    if not token or not all(c in "0123456789abcdef" for c in token):
        raise ValueError("bad token")
    return folder() / f"{token}.bin"


def keep(session, conversations: list[Conversation], *, now: float | None = None) -> None:
    """Store the parsed chat for this session, replacing any earlier one."""
    forget(session)
    token = secrets.token_hex(16)
    key = Fernet.generate_key()
    blob = b"".join(
        len(part).to_bytes(8, "big") + part for part in (c.to_bytes() for c in conversations)
    )
    path = _path(token)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(Fernet(key).encrypt(blob))
    session[SESSION_KEY] = {
        "token": token,
        "key": key.decode(),
        "created": now or time.time(),
    }


def load(session, *, now: float | None = None) -> Pending | None:
    """The chat this session uploaded, or None if there is none or it has expired."""
    entry = session.get(SESSION_KEY)
    if not isinstance(entry, dict):
        return None
    now = now or time.time()
    if now - float(entry.get("created", 0)) > PENDING_MINUTES * 60:
        forget(session)
        return None
    try:
        raw = _path(entry["token"]).read_bytes()
        blob = Fernet(entry["key"].encode()).decrypt(raw)
    except (KeyError, ValueError, OSError, InvalidToken):
        forget(session)
        return None
    conversations = []
    view = memoryview(blob)
    while view:
        size = int.from_bytes(view[:8], "big")
        conversations.append(Conversation.from_bytes(bytes(view[8 : 8 + size])))
        view = view[8 + size :]
    return Pending(conversations=conversations, created=float(entry["created"]))


def forget(session) -> None:
    """Delete this session's stored chat, if any."""
    entry = session.pop(SESSION_KEY, None)
    if isinstance(entry, dict):
        with contextlib.suppress(ValueError):
            _path(entry.get("token", "")).unlink(missing_ok=True)


def purge_expired(*, now: float | None = None) -> int:
    """Delete stored chats older than PENDING_MINUTES (every session's); return how many."""
    cutoff = (now or time.time()) - PENDING_MINUTES * 60
    removed = 0
    for path in folder().glob("*.bin"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
    return removed
