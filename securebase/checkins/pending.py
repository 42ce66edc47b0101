"""Keeping a check-in that arrived after its writer's session had ended.

Someone can take a long time over a check-in; if their session expires meanwhile, the
submitted answers are kept — encrypted, in the (anonymous) session, for a short while — and
put back into the form once they have logged in again, unsaved until they press Save.
"""

from __future__ import annotations

import json

from cryptography.fernet import InvalidToken

from securebase.core import encryption

SESSION_KEY = "checkins_pending"
# Long enough to log back in; short enough that a shared device does not hold it for long.
KEEP_SECONDS = 30 * 60


def keep(session, data: dict) -> None:
    """Store the form's submitted values (a QueryDict turned into lists) in ``session``."""
    payload = json.dumps(data).encode("utf-8")
    session[SESSION_KEY] = encryption.fernet().encrypt(payload).decode("ascii")


def take(session) -> dict | None:
    """Remove and return the kept values, or None if there are none or they are too old."""
    token = session.pop(SESSION_KEY, None)
    if not token:
        return None
    try:
        payload = encryption.fernet().decrypt(token.encode("ascii"), ttl=KEEP_SECONDS)
    except (InvalidToken, ValueError):
        return None
    data = json.loads(payload)
    return data if isinstance(data, dict) else None
