"""Opening an upload safely: size limits, zip archives, images and encodings.

Everything here reads in bounded chunks. A zip archive is never extracted to disk; only the
chat file inside it is decompressed, as a stream, and reading stops as soon as it passes the
limit, so a small archive that would unpack to gigabytes ("zip bomb") is refused early.
"""

from __future__ import annotations

import codecs
import io
import os
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from .. import errors

DEFAULT_MAX_BYTES = 200_000_000
HEAD_SIZE = 64 * 1024
CHUNK_SIZE = 8 * 1024 * 1024
BOM = b"\xef\xbb\xbf"
CHAT_SUFFIXES = (".txt", ".json", ".csv", ".html", ".htm", ".md")
IMAGE_MAGIC = (
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF
    b"MM\x00*",
)


@dataclass(frozen=True)
class Limits:
    """What one parse may use. `max_bytes` caps the file and `max_unzipped_bytes` the chat
    file inside a zip; `max_message_bytes` caps what is held for one message (a line-based
    export streams longer lines instead); `max_messages` caps the messages of the whole
    file; `deadline` is a `time.monotonic()` value after which parsing stops. None: no
    limit."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_unzipped_bytes: int | None = None
    max_message_bytes: int | None = None
    max_messages: int | None = None
    deadline: float | None = None

    @property
    def unzipped(self) -> int:
        return self.max_unzipped_bytes or self.max_bytes


class Budget:
    """The messages and time one parse has left: shared by every builder of one file."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.max_messages = limits.max_messages or (1 << 62)
        self.max_message_chars = limits.max_message_bytes or (1 << 62)
        self.messages = 0

    def count(self, n: int = 1) -> None:
        """Count `n` more messages; ChatImportError past the limit."""
        self.messages += n
        if self.messages > self.max_messages:
            raise errors.too_many_messages(self.max_messages)

    def check_time(self) -> None:
        deadline = self.limits.deadline
        if deadline is not None and time.monotonic() > deadline:
            raise errors.too_slow()


def character_start(data: bytes, at: int) -> int:
    """The last position at or before `at` where a UTF-8 character starts."""
    while at > 0 and 0x80 <= data[at] < 0xC0:
        at -= 1
    return at


class Source:
    """The chat file as a byte stream whose first bytes can be looked at first."""

    def __init__(
        self,
        stream: BinaryIO,
        *,
        name: str,
        limit: int,
        zipped: bool,
        budget: Budget | None = None,
    ) -> None:
        self.stream = stream
        self.budget = budget or Budget(Limits())
        self.name = name
        self.limit = limit
        self.zipped = zipped
        self.path: str | None = None  # set when the source is a plain file on disk
        self.workers = 1
        self.read_so_far = 0
        self.head = self._read(HEAD_SIZE)
        self.start = 0  # where the first byte `chunks()` yields is in the stream
        while self.head.startswith(BOM):
            self.head = self.head[len(BOM) :]
            self.start += len(BOM)
        if not self.head.strip(b" \t\r\n\x00"):
            raise errors.empty_file()

    def close(self) -> None:
        self.stream.close()

    def _read(self, size: int) -> bytes:
        self.budget.check_time()
        try:
            data = self.stream.read(size)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise errors.damaged_zip() from exc
        except (OSError, ValueError) as exc:  # ValueError: a seek before the start
            if self.zipped:
                raise errors.damaged_zip() from exc
            raise
        self.read_so_far += len(data)
        if self.read_so_far > self.limit:
            raise (
                errors.too_large_unzipped(self.limit)
                if self.zipped
                else errors.too_large(self.limit)
            )
        return data

    def chunks(self, size: int = CHUNK_SIZE) -> Iterator[bytes]:
        """Yield the whole file (BOM removed) in chunks of about `size` bytes."""
        if self.head:
            yield self.head
        while True:
            data = self._read(size)
            if not data:
                return
            yield data

    def chunks_from(self, offset: int, size: int = CHUNK_SIZE) -> Iterator[bytes]:
        """Yield the file from `offset` (counted from the stream's start, as `start` is) to
        its end, in chunks of about `size` bytes. A plain file on disk only: it seeks."""
        self.stream.seek(offset)
        while data := self._read(size):
            yield data

    def text_head(self) -> str:
        """The first bytes as text; refuses anything that is not UTF-8."""
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            return decoder.decode(self.head, final=False)
        except UnicodeDecodeError as exc:
            raise errors.not_utf8() from exc


def open_source(
    source: str | os.PathLike | bytes | BinaryIO,
    *,
    filename: str = "",
    limits: Limits | None = None,
) -> Source:
    """Open a path, bytes or binary file and return the chat file in it as a `Source`.

    Raises ChatImportError for an empty or oversized file, an image, a damaged,
    password-protected or oversized zip, a zip without a chat, or text that is not UTF-8.
    """
    limits = limits or Limits()
    if isinstance(source, bytes | bytearray):
        stream: BinaryIO = io.BytesIO(source)
    elif isinstance(source, str | os.PathLike):
        filename = filename or Path(source).name
        stream = open(source, "rb")  # noqa: SIM115 - closed by the caller via Source.stream
    else:
        stream = source
    size = _size_of(stream)
    if size is not None and size > limits.max_bytes:
        raise errors.too_large(limits.max_bytes)
    head = stream.read(16)
    if not head:
        raise errors.empty_file()
    _rewind(stream, head)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _open_zip(stream, filename=filename, limits=limits)
    if head.startswith(IMAGE_MAGIC) or _is_other_image(head):
        raise errors.image_file()
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise errors.not_utf8()
    return Source(
        stream, name=filename, limit=limits.max_bytes, zipped=False, budget=Budget(limits)
    )


def _size_of(stream: BinaryIO) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, io.UnsupportedOperation):
        pass
    try:
        here = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(here)
        return end - here
    except (AttributeError, OSError, io.UnsupportedOperation):
        return None


def _rewind(stream: BinaryIO, head: bytes) -> None:
    try:
        stream.seek(-len(head), io.SEEK_CUR)
    except (AttributeError, OSError, io.UnsupportedOperation) as exc:
        raise ValueError("chat sources must be seekable") from exc


def _is_other_image(head: bytes) -> bool:
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return True
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return True
    return head.startswith(b"BM") and b"\x00" in head[2:16]


def _open_zip(stream: BinaryIO, *, filename: str, limits: Limits) -> Source:
    try:
        archive = zipfile.ZipFile(stream)
        members = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
        raise errors.damaged_zip() from exc
    chat = _pick_chat_member(members)
    if chat is None:
        raise errors.zip_without_chat()
    if chat.flag_bits & 0x1:
        raise errors.encrypted_zip()
    if chat.file_size > limits.unzipped:
        raise errors.too_large_unzipped(limits.unzipped)
    try:
        inner = archive.open(chat)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        OSError,
        ValueError,
    ) as exc:
        raise errors.damaged_zip() from exc
    except RuntimeError as exc:  # zipfile's "password required"
        raise errors.encrypted_zip() from exc
    inner_name = PurePosixPath(chat.filename).name
    if inner_name in ("_chat.txt", "chat.txt") and filename:
        inner_name = filename  # the zip's name says whose chat it is ("WhatsApp Chat - Alex")
    return Source(inner, name=inner_name, limit=limits.unzipped, zipped=True, budget=Budget(limits))


def _pick_chat_member(members: list[zipfile.ZipInfo]) -> zipfile.ZipInfo | None:
    def rank(info: zipfile.ZipInfo) -> tuple[int, int]:
        name = PurePosixPath(info.filename).name.lower()
        if name.startswith("._") or "__macosx" in info.filename.lower():
            return (-1, 0)
        if name in ("_chat.txt", "chat.txt") or name.startswith("whatsapp chat"):
            return (3, info.file_size)
        if name.startswith("message_") and name.endswith(".json"):
            return (2, info.file_size)
        if name.endswith(CHAT_SUFFIXES):
            return (1, info.file_size)
        return (-1, 0)

    ranked = sorted(((rank(m), m) for m in members), key=lambda pair: pair[0], reverse=True)
    if not ranked or ranked[0][0][0] < 0:
        return None
    return ranked[0][1]
