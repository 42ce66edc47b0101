"""Chat uploads, bounded: no plain text on disk, limited memory, time and concurrency.

* **No plain text on disk.** Django's default handler writes a large upload in plain text
  to a temporary file, which stays behind when a worker is killed. The reality check uses
  `EncryptedUploadHandler` instead: the upload goes to an anonymous temporary file (Linux
  `O_TMPFILE`: it never has a name, and the kernel frees it when the process dies) in
  `upload_dir()`, encrypted with AES-256-CTR under a key made for this request and held
  only in this process's memory. `EncryptedSpool` reads it back, decrypted, with seeking
  (a zip needs it). Uploads up to Django's `FILE_UPLOAD_MAX_MEMORY_SIZE` stay in memory.
* **Leftovers.** Where the platform has no anonymous files, the file's name is removed the
  moment it is created; `remove_leftovers()` (at start-up and in `purge_chat_uploads`)
  still deletes anything in `upload_dir()` older than the time budget, and the folder
  where pending chats were kept on disk before they moved to the database.
* **Concurrency.** `analysis_slot()` lets at most `CHAT_ANALYSIS_CONCURRENCY` analyses run
  at once on a machine, through `flock` locks on files in `VAR_DIR/locks/` (released by the
  kernel if a worker dies), so the rest of the site keeps a core.
* **Memory and time.** `limits()` builds the engine's `Limits` from the settings: the file
  size, the largest single message, the number of messages and a deadline. The engine
  reads in bounded chunks and refuses what is over a limit, so one upload's peak memory
  stays under `memory_bound_bytes()` whatever the file holds.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler

from securebase.chat_analysis.engine.parsers import Limits

# Fixed costs of one analysis beyond its messages, measured with bench/uploads.py: the
# read buffers (a few copies of one chunk) and the page being built.
BASE_BYTES = 96 * 2**20
BYTES_PER_MESSAGE = 160  # columns, and the report's lists of reply times


def setting(name: str) -> int:
    return int(getattr(settings, name))


def limits(*, started: float | None = None) -> Limits:
    """The engine's limits for one web upload, from the settings."""
    return Limits(
        max_bytes=setting("CHAT_ANALYSIS_MAX_UPLOAD_BYTES"),
        max_message_bytes=setting("CHAT_ANALYSIS_MAX_MESSAGE_BYTES"),
        max_messages=setting("CHAT_ANALYSIS_MAX_MESSAGES"),
        deadline=(started or time.monotonic()) + setting("CHAT_ANALYSIS_TIME_BUDGET_SECONDS"),
    )


def memory_bound_bytes() -> int:
    """The most memory one analysis adds to a worker, as the settings promise it."""
    return (
        BASE_BYTES
        + 6 * setting("CHAT_ANALYSIS_MAX_MESSAGE_BYTES")
        + BYTES_PER_MESSAGE * setting("CHAT_ANALYSIS_MAX_MESSAGES")
    )


def upload_dir() -> Path:
    path = Path(settings.VAR_DIR) / "chat-uploads"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


# -- an encrypted temporary file ---------------------------------------------------------

_BLOCK = 16


class EncryptedSpool(io.RawIOBase):
    """A temporary file whose bytes are encrypted on disk and plain when read back.

    AES-256 in counter mode: the key and nonce are random per file and live only in this
    object; counter mode lets any offset be decrypted on its own, so reads can seek.
    """

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.raw = tempfile.TemporaryFile(dir=directory)  # noqa: SIM115 - closed in close()
        self._key = secrets.token_bytes(32)
        self._nonce = int.from_bytes(secrets.token_bytes(16), "big")
        self.size = 0
        self.position = 0

    def _cipher_at(self, offset: int):
        counter = (self._nonce + offset // _BLOCK) % (1 << 128)
        cipher = Cipher(algorithms.AES(self._key), modes.CTR(counter.to_bytes(16, "big")))
        return cipher.encryptor()  # the same operation both ways in counter mode

    def append(self, data: bytes) -> None:
        """Encrypt `data` onto the end of the file."""
        skip = self.size % _BLOCK
        coder = self._cipher_at(self.size)
        encrypted = coder.update(bytes(skip) + data)[skip:]
        self.raw.seek(self.size)
        self.raw.write(encrypted)
        self.size += len(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.position, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise OSError("negative seek position")
        self.position = base + offset
        return self.position

    def readinto(self, buffer) -> int:
        view = memoryview(buffer).cast("B")
        wanted = min(len(view), max(0, self.size - self.position))
        if not wanted:
            return 0
        self.raw.seek(self.position)
        encrypted = self.raw.read(wanted)
        skip = self.position % _BLOCK
        plain = self._cipher_at(self.position).update(bytes(skip) + encrypted)[skip:]
        view[: len(plain)] = plain
        self.position += len(plain)
        return len(plain)

    def close(self) -> None:
        if not self.closed:
            self.raw.close()
            self._key = b""
        super().close()


class EncryptedUploadedFile(UploadedFile):
    """An uploaded file kept in an `EncryptedSpool`; it has no path on disk."""

    def __init__(self, spool: EncryptedSpool, name: str, content_type: str, size: int) -> None:
        super().__init__(
            io.BufferedReader(spool, buffer_size=1 << 20), name, content_type, size, None
        )
        self.spool = spool

    def close(self) -> None:
        with contextlib.suppress(ValueError):
            self.file.close()
        self.spool.close()


class EncryptedUploadHandler(FileUploadHandler):
    """Writes an upload to an `EncryptedSpool`. Past the upload limit it stops storing
    (the form then refuses the file by its size) instead of filling the disk."""

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        self.spool = EncryptedSpool(upload_dir())
        self.limit = setting("CHAT_ANALYSIS_MAX_UPLOAD_BYTES")
        self.seen = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        self.seen += len(raw_data)
        if self.seen <= self.limit:
            self.spool.append(raw_data)

    def file_complete(self, file_size: int) -> UploadedFile:
        self.spool.seek(0)
        return EncryptedUploadedFile(
            self.spool, self.file_name, self.content_type, max(file_size, self.seen)
        )

    def upload_interrupted(self) -> None:
        if hasattr(self, "spool"):
            self.spool.close()


# -- leftovers ----------------------------------------------------------------------------


def remove_leftovers(*, now: float | None = None) -> int:
    """Delete files in `upload_dir()` older than the time budget (no live request can own
    them) and the old on-disk pending folder; return how many files were removed."""
    now = now or time.time()
    cutoff = now - setting("CHAT_ANALYSIS_TIME_BUDGET_SECONDS") - 60
    removed = 0
    for path in upload_dir().iterdir():
        with contextlib.suppress(FileNotFoundError):
            if path.lstat().st_mtime < cutoff:
                path.unlink()
                removed += 1
    legacy = Path(settings.VAR_DIR) / "chat-analysis"
    if legacy.is_dir():
        removed += sum(1 for _ in legacy.iterdir())
        shutil.rmtree(legacy, ignore_errors=True)
    return removed


# -- concurrency --------------------------------------------------------------------------


class Busy(Exception):
    """Every analysis slot stayed taken for the whole wait."""


@contextlib.contextmanager
def analysis_slot(*, wait: float | None = None) -> Iterator[None]:
    """Hold one of `CHAT_ANALYSIS_CONCURRENCY` slots on this machine while the block runs;
    raise Busy if none frees up within `wait` seconds (CHAT_ANALYSIS_QUEUE_SECONDS)."""
    folder = Path(settings.VAR_DIR) / "locks"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    slots = max(1, setting("CHAT_ANALYSIS_CONCURRENCY"))
    wait = setting("CHAT_ANALYSIS_QUEUE_SECONDS") if wait is None else wait
    give_up = time.monotonic() + wait
    while True:
        for slot in range(slots):
            path = folder / f"chat-analysis-{slot}.lock"
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(descriptor)
                continue
            try:
                yield
            finally:
                fcntl.flock(descriptor, fcntl.LOCK_UN)
                os.close(descriptor)
            return
        if time.monotonic() >= give_up:
            raise Busy
        time.sleep(0.1)
