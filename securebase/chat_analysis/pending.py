"""Between the upload and the report: the parsed chat, kept briefly and encrypted.

Only the `Conversation` columns are kept — times, sender numbers, lengths, kinds, phrase
hits; never message text — in one `PendingAnalysis` row, encrypted with a key that exists
only in the uploader's session. The row alone cannot be read, the session alone holds no
data, and both are useless after ``PENDING_MINUTES``: the store never serves an expired row,
``purge_chat_uploads`` deletes expired rows (run it from cron or a timer; see
docs/DEPLOYMENT.md), and "Delete this chat's numbers now" deletes at once. Page views
delete nothing of anyone else's.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.fernet import Fernet, InvalidToken
from django.db import transaction
from django.utils import timezone

from securebase.chat_analysis.engine.conversation import Conversation
from securebase.chat_analysis.models import PendingAnalysis

SESSION_KEY = "chat_analysis"
PENDING_MINUTES = 60


@dataclass(frozen=True)
class Pending:
    conversations: list[Conversation]
    created: datetime


def keep(session, conversations: list[Conversation], *, now: datetime | None = None) -> None:
    """Store the parsed chat for this session, replacing any earlier one."""
    now = now or timezone.now()
    token = secrets.token_hex(16)
    key = Fernet.generate_key()
    blob = b"".join(
        len(part).to_bytes(8, "big") + part for part in (c.to_bytes() for c in conversations)
    )
    with transaction.atomic():
        forget(session)
        PendingAnalysis.objects.create(
            token=token,
            created_at=now,
            expires_at=now + timedelta(minutes=PENDING_MINUTES),
            payload=Fernet(key).encrypt(blob),
        )
    session[SESSION_KEY] = {"token": token, "key": key.decode()}


def load(session, *, now: datetime | None = None) -> Pending | None:
    """The chat this session uploaded, or None if there is none or it has expired."""
    entry = session.get(SESSION_KEY)
    if not isinstance(entry, dict) or not isinstance(entry.get("token"), str):
        return None
    row = (
        PendingAnalysis.objects.filter(token=entry["token"], expires_at__gt=now or timezone.now())
        .only("payload", "created_at")
        .first()
    )
    if row is None:
        forget(session)
        return None
    try:
        blob = Fernet(str(entry.get("key", "")).encode()).decrypt(bytes(row.payload))
    except (ValueError, InvalidToken):
        forget(session)
        return None
    conversations = []
    view = memoryview(blob)
    while view:
        size = int.from_bytes(view[:8], "big")
        conversations.append(Conversation.from_bytes(bytes(view[8 : 8 + size])))
        view = view[8 + size :]
    return Pending(conversations=conversations, created=row.created_at)


def exists(session, *, now: datetime | None = None) -> bool:
    """Whether this session has a stored chat that has not expired (nothing decrypted)."""
    entry = session.get(SESSION_KEY)
    if not isinstance(entry, dict) or not isinstance(entry.get("token"), str):
        return False
    return PendingAnalysis.objects.filter(
        token=entry["token"], expires_at__gt=now or timezone.now()
    ).exists()


def forget(session) -> None:
    """Delete this session's stored chat, if any."""
    entry = session.pop(SESSION_KEY, None)
    if isinstance(entry, dict) and isinstance(entry.get("token"), str):
        PendingAnalysis.objects.filter(token=entry["token"]).delete()


def purge_expired(*, now: datetime | None = None) -> int:
    """Delete every session's stored chats that have expired; return how many."""
    deleted, _ = PendingAnalysis.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return deleted
