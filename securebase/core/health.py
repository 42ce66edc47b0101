"""`/healthz`: whether this server can serve, for the proxy or orchestrator in front of it.

Three checks, each answered "ok" or a one-word failure: the database answers a query, every
migration this code expects is recorded as applied, and the cache (Redis with REDIS_URL, the
database cache otherwise) takes a write and gives it back. The answer carries nothing else:
no names, no counts, no error messages (they can hold host names or credentials), so it may be
polled from anywhere. Failures are logged with the exception's class only.
"""

from __future__ import annotations

import logging
import secrets
from functools import cache

from django.core.cache import cache as default_cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

logger = logging.getLogger(__name__)

OK = "ok"


@cache
def _expected_migrations() -> tuple[tuple[tuple[str, str], tuple[tuple[str, str], ...]], ...]:
    # The migration files cannot change under a running process, so read them once; a squashed
    # migration counts as applied when the ones it replaces all are.
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return tuple((key, tuple(loader.graph.nodes[key].replaces or ())) for key in loader.graph.nodes)


def _database() -> str:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return OK


def _migrations() -> str:
    applied = set(MigrationRecorder(connections[DEFAULT_DB_ALIAS]).applied_migrations())
    for key, replaces in _expected_migrations():
        if key not in applied and not (replaces and set(replaces) <= applied):
            return "pending"
    return OK


def _cache() -> str:
    key = "healthz:" + secrets.token_hex(8)
    value = secrets.token_hex(8)
    default_cache.set(key, value, timeout=30)
    seen = default_cache.get(key)
    default_cache.delete(key)
    return OK if seen == value else "not kept"


def health() -> tuple[bool, dict[str, str]]:
    """Run every check; (healthy, {check: "ok" or a one-word failure})."""
    results: dict[str, str] = {}
    for name, check in (("database", _database), ("migrations", _migrations), ("cache", _cache)):
        if name == "migrations" and results["database"] != OK:
            results[name] = "unknown"
            continue
        try:
            results[name] = check()
        except Exception as error:
            logger.warning("health check %s failed: %s", name, type(error).__name__)
            results[name] = "unreachable" if name != "migrations" else "unknown"
    return all(result == OK for result in results.values()), results
