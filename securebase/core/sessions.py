"""Sessions stored encrypted, so the session table never holds what a session keeps readable.

Sessions hold answers to questionnaires in progress, a finished result waiting to be saved and
other words a person typed. They are rows in the database, so the session serializer encrypts
them with the field-encryption keys (`core.encryption`), like saved results. A session written
under a key since removed reads as empty: the person is signed out and starts again.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from django.contrib.sessions.backends import db

from securebase.core.encryption import decrypt, encrypt


class EncryptedJSONSerializer:
    """Django's JSON session serializer, with the JSON encrypted (SESSION_SERIALIZER)."""

    def dumps(self, obj: Any) -> bytes:
        return encrypt(json.dumps(obj, separators=(",", ":"))).encode("ascii")

    def loads(self, data: bytes) -> Any:
        # An unreadable value raises; SessionBase.decode turns that into an empty session.
        return json.loads(decrypt(data.decode("ascii")))


class SessionStore(db.SessionStore):
    """Database sessions (SESSION_ENGINE) that remember when their stored row expires.

    ``stored_expiry`` is the row's expiry as read at the start of the request (None for a
    new session), so the session policy (``accounts.middleware``) can tell how far a save
    would move it without asking the database again.
    """

    stored_expiry: datetime | None = None

    def _get_session_from_db(self):
        session = super()._get_session_from_db()
        self.stored_expiry = session.expire_date if session is not None else None
        return session

    async def _aget_session_from_db(self):
        session = await super()._aget_session_from_db()
        self.stored_expiry = session.expire_date if session is not None else None
        return session
