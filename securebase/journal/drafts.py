"""Keeping words written while signed out, so an expired session does not lose them.

When a journal form is sent after the session has expired, the text is kept in the new
(anonymous) session, encrypted like the journal itself, and offered again in the form once the
person signs back in. Nothing is saved as an entry until they press Save again.

The form carries a signed token naming its writer (``core.authorship``), and a draft is offered
only to that person, and only for a short while: long enough to sign in straight away, short
enough not to linger on a shared device.
"""

from __future__ import annotations

import time

from securebase.core import encryption
from securebase.core.authorship import same_author

SESSION_KEY = "journal_pending_draft"
KEEP_SECONDS = 15 * 60


def keep(session, *, path: str, body: str, author: str, version: str = "") -> None:
    """Hold ``body`` (encrypted) for the form at ``path``, written by the person ``author``
    (a token from the form) names; replaces any earlier draft."""
    session[SESSION_KEY] = {
        "path": path,
        "author": author,
        "body": encryption.encrypt(body),
        "version": version,
        "kept_at": time.time(),
    }


def take(session, *, path: str, user) -> dict | None:
    """The draft kept for ``path`` as {"body", "version"}, removed from the session; or None.

    None as well when the draft is older than KEEP_SECONDS or was written by someone other
    than ``user`` (it is discarded either way).
    """
    draft = session.get(SESSION_KEY)
    if not draft or draft.get("path") != path:
        return None
    del session[SESSION_KEY]
    if time.time() - draft.get("kept_at", 0) > KEEP_SECONDS:
        return None
    if not same_author(draft.get("author"), user):
        return None
    try:
        body = encryption.decrypt(draft["body"])
    except (encryption.InvalidToken, KeyError, TypeError):
        return None  # kept under a key that has since been removed: nothing to offer
    return {"body": body, "version": draft.get("version", "")}
