"""Keys for field-level encryption of sensitive free text.

Keys come from ``settings.FIELD_ENCRYPTION_KEYS`` (comma-separated Fernet keys; the first
encrypts, every key decrypts, which is what makes rotation possible). When none is configured
a key is generated once into ``var/`` so that a local install works out of the box.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

__all__ = ["InvalidToken", "decrypt", "encrypt", "fernet", "reset_keys"]


def _local_key(path: Path) -> bytes:
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    key = Fernet.generate_key()
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: if two processes race on first start, one key wins and the other reads it.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as handle:
        handle.write(key + b"\n")
    return key


@cache
def fernet() -> MultiFernet:
    keys = [k.encode() for k in settings.FIELD_ENCRYPTION_KEYS]
    if not keys:
        keys = [_local_key(Path(settings.FIELD_ENCRYPTION_KEY_FILE))]
    try:
        return MultiFernet([Fernet(k) for k in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(f"A field encryption key is not valid: {exc}") from None


def reset_keys() -> None:
    """Forget the cached keys (after settings change: tests, key rotation)."""
    fernet.cache_clear()


def encrypt(plaintext: str) -> str:
    return fernet().encrypt(plaintext.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    return fernet().decrypt(token.encode("ascii")).decode("utf-8")
