"""Every kind of unusable upload gets our own error with a message for the person."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from securebase.chat_analysis.engine.errors import ChatImportError
from securebase.chat_analysis.engine.parsers import Limits, parse_export

FIXTURES = Path(__file__).parent / "fixtures"
CHAT = (FIXTURES / "WhatsApp Chat with Sam.txt").read_bytes()


def refused(data: bytes, *, filename: str = "upload", limits: Limits | None = None) -> str:
    with pytest.raises(ChatImportError) as caught:
        parse_export(data, filename=filename, limits=limits)
    assert caught.value.message == str(caught.value)
    assert caught.value.message.endswith(".")
    return caught.value.code


def zipped(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_it_refuses_an_empty_file():
    assert refused(b"") == "empty"
    assert refused(b"  \r\n\n\t ") == "empty"
    assert refused(b"\xef\xbb\xbf\n") == "empty"


@pytest.mark.parametrize(
    "head",
    [
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",  # JPEG
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"GIF89a\x01\x00\x01\x00",
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00",  # iPhone photo
        b"RIFF\x10\x00\x00\x00WEBPVP8 ",
    ],
)
def test_it_refuses_a_photo(head):
    assert refused(head + bytes(range(256)) * 4, filename="IMG_0001.jpg") == "image"


def test_it_refuses_a_truncated_zip():
    whole = zipped({"_chat.txt": CHAT * 50})
    assert refused(whole[: len(whole) // 2]) == "zip_damaged"
    # Intact directory, damaged data: the error comes while decompressing.
    broken = bytearray(whole)
    start = 30 + len("_chat.txt")
    broken[start + 10 : start + 40] = b"\x00" * 30
    assert refused(bytes(broken)) == "zip_damaged"


def test_it_refuses_a_password_protected_zip():
    # The standard library cannot write encrypted zips, so set the "encrypted" flag bit in
    # the local and central headers of an ordinary one.
    data = bytearray(zipped({"_chat.txt": CHAT}, zipfile.ZIP_STORED))
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    for offset in (local + 6, central + 8):
        (flags,) = struct.unpack_from("<H", data, offset)
        struct.pack_into("<H", data, offset, flags | 0x1)
    assert refused(bytes(data)) == "zip_encrypted"


def test_it_refuses_a_zip_bomb_while_decompressing():
    bomb = zipped({"_chat.txt": CHAT + b"a" * 5_000_000})
    assert len(bomb) < 50_000  # tiny on disk...
    limits = Limits(max_bytes=1_000_000)
    assert refused(bomb, limits=limits) == "zip_too_large"  # ...refused from its header
    # A header that lies about the size is caught while streaming.
    lying = bytearray(bomb)
    central = lying.find(b"PK\x01\x02")
    struct.pack_into("<I", lying, central + 24, 1000)  # uncompressed size
    local = lying.find(b"PK\x03\x04")
    struct.pack_into("<I", lying, local + 22, 1000)
    assert refused(bytes(lying), limits=limits) in ("zip_too_large", "zip_damaged")


def test_it_refuses_a_zip_without_a_chat():
    assert refused(zipped({"IMG-0001.jpg": b"\xff\xd8\xff" + b"0" * 100})) == "zip_no_chat"
    assert refused(zipped({})) == "zip_no_chat"


def test_it_refuses_text_that_is_not_utf8():
    latin1 = "12/03/24, 10:00 - Zoë: Café?\n12/03/24, 10:05 - Noé: Oui\n".encode("latin-1")
    assert refused(latin1) == "encoding"
    utf16 = "12/03/24, 10:00 - Zoe: hi\n".encode("utf-16")
    assert refused(utf16) == "encoding"
    # A bad byte far into a big file is found too.
    late = CHAT * 2000 + b"12/03/24, 10:00 - Zo\xeb: hi\n"
    assert refused(late) == "encoding"


@pytest.mark.parametrize(
    "data",
    [
        b"Dear diary, today I walked the dog.\nIt rained.\n",
        b'{"hello": "world", "items": [1, 2, 3]}',
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        b"id,colour\n1,red\n",
        b"<html><body><p>Not a chat</p></body></html>",
    ],
)
def test_it_refuses_an_unknown_format(data):
    assert refused(data) in ("unknown_format", "encoding")


def test_it_refuses_a_chat_with_one_participant():
    text = b"12/03/24, 10:00 - Zoe: note to self\n12/03/24, 10:05 - Zoe: another\n"
    assert refused(text) == "one_participant"


def test_it_refuses_a_file_over_the_size_limit(tmp_path):
    limits = Limits(max_bytes=len(CHAT) - 1)
    assert refused(CHAT, limits=limits) == "too_large"
    path = tmp_path / "chat.txt"
    path.write_bytes(CHAT)
    with pytest.raises(ChatImportError) as caught:
        parse_export(path, limits=limits)
    assert caught.value.code == "too_large"
    assert "limit" in caught.value.message


def test_it_refuses_a_damaged_json_export():
    data = (FIXTURES / "telegram_result.json").read_bytes()
    assert refused(data[: len(data) // 2]) == "json_damaged"


@pytest.mark.parametrize(
    ("filename", "export"),
    [
        # JSON as Python writes it may hold Infinity, which no clock reads.
        (
            "message_1.json",
            '{"participants": [{"name": "Ana"}, {"name": "Ben"}], "messages": ['
            '{"sender_name": "Ana", "timestamp_ms": Infinity, "content": "hola"}]}',
        ),
        (
            "result.json",
            '{"name": "Ben", "type": "personal_chat", "messages": [{"id": 1, "type": "message", '
            '"date": "x", "date_unixtime": Infinity, "from": "Ana", "text": "hola"}]}',
        ),
    ],
)
def test_a_message_stamped_infinity_is_skipped_not_a_crash(filename, export):
    assert refused(export.encode(), filename=filename) == "no_messages"


def test_it_refuses_a_file_with_only_notices():
    text = b"12/03/24, 10:00 - Messages and calls are end-to-end encrypted.\n"
    assert refused(text) == "no_messages"
