"""Words sent as a session expired, kept for their writer to find after signing in again.

Someone can take a long time over a form (a journal entry, a check-in); if their session ends
meanwhile, what they sent is kept in the new, anonymous session, encrypted, for
``KEEP_SECONDS``, and put back into the same form once they have signed in, unsaved until they
press Save. The form carries a signed token naming its writer (``core.authorship``): the words
go back only to that person, never to whoever signs in next on a shared device.
"""

from __future__ import annotations

import json

from securebase.core import encryption
from securebase.core.authorship import same_author

SESSION_KEY = "kept_form"
# Long enough to sign in straight away; short enough not to linger on a shared device.
KEEP_SECONDS = 15 * 60


def keep(session, *, form: str, data: dict, author: str) -> None:
    """Hold ``data`` (JSON-ready) for the form named ``form`` (its path, say), written by the
    person the token ``author`` names; replaces anything kept earlier."""
    payload = json.dumps({"form": form, "author": author, "data": data}).encode("utf-8")
    session[SESSION_KEY] = encryption.fernet().encrypt(payload).decode("ascii")


def take(session, *, form: str, user) -> dict | None:
    """What was kept for ``form``, removed from the session; or None.

    None as well (and the words discarded) when they are older than ``KEEP_SECONDS``, were
    written by someone other than ``user``, or were encrypted under a key since removed.
    Words kept for another form stay for that form.
    """
    token = session.get(SESSION_KEY)
    if not token:
        return None
    try:
        payload = encryption.fernet().decrypt(token.encode("ascii"), ttl=KEEP_SECONDS)
        kept = json.loads(payload)
    except (encryption.InvalidToken, ValueError):
        del session[SESSION_KEY]
        return None
    if not isinstance(kept, dict) or kept.get("form") != form:
        return None
    del session[SESSION_KEY]
    data = kept.get("data")
    if not same_author(kept.get("author"), user) or not isinstance(data, dict):
        return None
    return data
