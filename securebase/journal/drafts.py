"""Keeping words written while signed out, so an expired session does not lose them.

When a journal form is sent after the session has expired, the text is kept in the new
(anonymous) session, encrypted like the journal itself, and offered again in the form once the
person signs back in. Nothing is saved as an entry until they press Save again.
"""

from __future__ import annotations

from securebase.core import encryption

SESSION_KEY = "journal_pending_draft"


def keep(session, *, path: str, body: str, version: str = "") -> None:
    """Hold ``body`` (encrypted) for the form at ``path``; replaces any earlier draft."""
    session[SESSION_KEY] = {"path": path, "body": encryption.encrypt(body), "version": version}


def take(session, *, path: str) -> dict | None:
    """The draft kept for ``path`` as {"body", "version"}, removed from the session; or None."""
    draft = session.get(SESSION_KEY)
    if not draft or draft.get("path") != path:
        return None
    del session[SESSION_KEY]
    try:
        body = encryption.decrypt(draft["body"])
    except (encryption.InvalidToken, KeyError, TypeError):
        return None  # kept under a key that has since been removed: nothing to offer
    return {"body": body, "version": draft.get("version", "")}
