"""One run at a time of a periodic command, however many servers schedule it.

Every app server may run the same cron lines (reminders, purges). `run_alone(name)` lets one
of them do the work and tells the others to skip:

* on PostgreSQL, a session-level advisory lock (`pg_try_advisory_lock`), held by the database
  connection: if the process dies the connection closes and the lock goes with it. (A pooler
  in transaction mode, such as PgBouncer's, would break session locks: connect the commands
  directly.)
* elsewhere (SQLite on one machine), an entry added to the shared cache, which only one `add`
  can create (Redis `SET NX`; the database cache's insert is unique on its key). It expires
  after `lease_seconds`, so a killed run cannot block the next ones for ever.

The work inside stays idempotent on its own (reminders are claimed row by row), so a run that
outlives its lease does no harm either; the lock keeps two servers from doing the same work
at the same moment and from racing on what they create.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections


def _advisory_key(name: str) -> int:
    digest = hashlib.sha256(f"securebase.periodic:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def run_alone(name: str, *, lease_seconds: int = 3600) -> Iterator[bool]:
    """Yield True when this process may run `name` now, False when another one is running it.

    The lock is released when the block ends.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor == "postgresql":
        key = _advisory_key(name)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
            held = bool(cursor.fetchone()[0])
        try:
            yield held
        finally:
            if held:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
        return
    cache_key = f"periodic-lock:{name}"
    token = secrets.token_hex(16)
    held = cache.add(cache_key, token, timeout=lease_seconds)
    try:
        yield held
    finally:
        if held and cache.get(cache_key) == token:
            cache.delete(cache_key)
