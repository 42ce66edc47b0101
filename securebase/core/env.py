"""Reading settings from environment variables: a bad value fails at start-up, loudly.

Used by ``securebase/settings.py`` before Django is set up; nothing here needs Django set up.
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def envbool(name: str, default: str) -> bool:
    value = os.environ.get(name, default).strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of {sorted(_TRUE | _FALSE)}, not {value!r}")


def envint(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None


def envlist(name: str, default: str = "") -> list[str]:
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


def caches(redis_url: str, *, key_prefix: str = "") -> dict:
    """Django's ``CACHES`` for this site.

    ``default`` holds what every worker process must count or see together (rate limits, the
    public pages' generation): Django's Redis cache when ``redis_url`` is set (shared by
    several servers, ``key_prefix`` keeping this site's keys apart in a shared Redis
    database); otherwise Django's database cache in the app's own database, shared by every
    worker of one machine and made by ``migrate`` (core migration 0001), with no extra service.

    ``fragments``: rendered pieces of public pages that are the same for every visitor (the
    footer, a signed-out header, the home page's text), in each worker's memory, keyed by what
    they depend on (``core.context_processors.shell_key``), never holding anything about a
    person.

    ``pages``: whole public pages for signed-out visitors who bring no session
    (``core/pagecache.py``), in each worker's memory, dropped for every worker on every server
    when an article changes (a token in ``default``) and kept at most ten minutes whatever
    happens (a clinician's name in a byline changes without a new token); 5 to 15 kB a page.
    """
    if redis_url:
        default = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": key_prefix,
        }
    else:
        default = {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "securebase_cache",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    memory = "django.core.cache.backends.locmem.LocMemCache"
    return {
        "default": default,
        "fragments": {
            "BACKEND": memory,
            "LOCATION": "securebase-fragments",
            "TIMEOUT": 60 * 60,
            "OPTIONS": {"MAX_ENTRIES": 1_000},
        },
        "pages": {
            "BACKEND": memory,
            "LOCATION": "securebase-pages",
            "TIMEOUT": 10 * 60,
            "OPTIONS": {"MAX_ENTRIES": 300},
        },
    }
