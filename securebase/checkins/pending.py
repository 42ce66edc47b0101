"""Keeping a check-in that arrived after its writer's session had ended.

Someone can take a long time over a check-in; if their session expires meanwhile, the
submitted answers are kept — encrypted, in the (anonymous) session, for a short while — and
put back into the form once they have logged in again, unsaved until they press Save. The
form carries a signed token naming its writer (``core.authorship``); the answers are put back
only for that person, never for whoever logs in next on a shared device.
"""

from __future__ import annotations

import json

from cryptography.fernet import InvalidToken

from securebase.core import encryption
from securebase.core.authorship import same_author

SESSION_KEY = "checkins_pending"
# Long enough to log back in; short enough that a shared device does not hold it for long.
KEEP_SECONDS = 30 * 60


def keep(session, data: dict, *, author: str) -> None:
    """Store the form's submitted values (a QueryDict turned into lists) in ``session``,
    with ``author``, the writer's token from the form."""
    payload = json.dumps({"author": author, "data": data}).encode("utf-8")
    session[SESSION_KEY] = encryption.fernet().encrypt(payload).decode("ascii")


def take(session, *, user) -> dict | None:
    """Remove and return the kept values, or None if there are none, they are too old, or
    someone other than ``user`` wrote them."""
    token = session.pop(SESSION_KEY, None)
    if not token:
        return None
    try:
        payload = encryption.fernet().decrypt(token.encode("ascii"), ttl=KEEP_SECONDS)
    except (InvalidToken, ValueError):
        return None
    kept = json.loads(payload)
    if not isinstance(kept, dict) or not same_author(kept.get("author"), user):
        return None
    data = kept.get("data")
    return data if isinstance(data, dict) else None
