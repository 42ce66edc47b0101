"""The environment readers and the caches settings.py builds from them."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from securebase.core import env


def test_a_redis_url_shares_the_default_cache_and_keeps_the_memory_caches():
    built = env.caches("redis://127.0.0.1:6379/3", key_prefix="clinic-a")
    assert built["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert built["default"]["LOCATION"] == "redis://127.0.0.1:6379/3"
    assert built["default"]["KEY_PREFIX"] == "clinic-a"
    # Rendered public pages stay in each worker: nothing about a person, nothing to share.
    assert {name: c["BACKEND"].rsplit(".", 1)[1] for name, c in built.items()} == {
        "default": "RedisCache",
        "fragments": "LocMemCache",
        "pages": "LocMemCache",
    }


def test_without_redis_the_default_cache_is_the_apps_own_database():
    built = env.caches("")
    assert built["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert built["default"]["LOCATION"] == "securebase_cache"
    assert built["pages"]["LOCATION"] != built["fragments"]["LOCATION"]


def test_a_bad_yes_or_no_fails_loudly(monkeypatch):
    monkeypatch.setenv("SECUREBASE_TRY_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env.envbool("SECUREBASE_TRY_FLAG", "false")
