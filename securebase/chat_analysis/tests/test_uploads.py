"""Uploads, bounded: no plain text on disk even when a server is killed, bounded places."""

from __future__ import annotations

import io
import os
import random
import socket
import threading
import time
import tracemalloc
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

from securebase.chat_analysis import uploads
from securebase.chat_analysis.engine.parsers import parse_export
from tests.scale.servers import start_dev_server

ROOT = Path(__file__).resolve().parents[3]
MARKER = "Marker-7c1f-kept-nowhere"


def text_with_marker(size: int) -> bytes:
    lines = []
    total = 0
    minute = 0
    while total < size:
        who = ("Robin", "Sam")[minute % 2]
        line = f"1/2/24, {9 + minute // 60 % 12}:{minute % 60:02d} - {who}: {MARKER} {minute}\n"
        lines.append(line)
        total += len(line)
        minute += 1
    return "".join(lines).encode()


def holds_marker(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            try:
                if MARKER.encode() in path.read_bytes():
                    found.append(str(path))
            except OSError:
                continue
    return found


def test_it_keeps_a_spooled_upload_encrypted_and_reads_it_back_with_seeks(tmp_path):
    data = text_with_marker(300_000)
    spool = uploads.EncryptedSpool(tmp_path)
    rng = random.Random(5)
    at = 0
    while at < len(data):  # pieces of odd sizes, as a request body arrives
        step = rng.randint(1, 70_000)
        spool.append(data[at : at + step])
        at += step
    spool.raw.seek(0)
    assert MARKER.encode() not in spool.raw.read()
    assert list(tmp_path.iterdir()) == []  # an anonymous file: no name on disk
    reader = io.BufferedReader(spool)
    assert reader.read() == data
    for _ in range(50):
        start = rng.randrange(len(data))
        length = rng.randint(0, 5000)
        reader.seek(start)
        assert reader.read(length) == data[start : start + length]
    spool.close()


@pytest.mark.django_db
def test_it_removes_leftovers_older_than_the_time_budget(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    old = uploads.upload_dir() / "old"
    old.write_bytes(b"left by a killed worker")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    fresh = uploads.upload_dir() / "fresh"
    fresh.write_bytes(b"a request still running")
    legacy = tmp_path / "chat-analysis"
    legacy.mkdir()
    (legacy / "abc.bin").write_bytes(b"pending chat from before")
    out = io.StringIO()
    call_command("purge_chat_uploads", stdout=out)
    assert not old.exists()
    assert fresh.exists()
    assert not legacy.exists()
    assert "2 leftover upload files" in out.getvalue()


def test_it_lets_only_the_configured_number_of_analyses_run_at_once(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    settings.CHAT_ANALYSIS_CONCURRENCY = 2
    with (
        uploads.analysis_slot(wait=0),
        uploads.analysis_slot(wait=0),
        pytest.raises(uploads.Busy),
        uploads.analysis_slot(wait=0.2),
    ):
        pass
    with uploads.analysis_slot(wait=0):
        pass


@override_settings(CHAT_ANALYSIS_CONCURRENCY=1)
def test_it_frees_the_place_of_a_process_that_died(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    child = os.fork()
    if child == 0:  # takes the only place, then dies without letting go
        try:
            with uploads.analysis_slot(wait=0):
                os.kill(os.getpid(), 9)
        finally:
            os._exit(1)
    os.waitpid(child, 0)
    with uploads.analysis_slot(wait=0):
        pass


def test_it_leaves_no_message_text_on_disk_when_the_server_is_killed_mid_upload(tmp_path):
    """A real server process receives most of a large upload, then is killed (SIGKILL,
    as a supervisor kills a worker over its timeout). No file anywhere it could write
    holds the chat's text."""
    var, temp = tmp_path / "var", tmp_path / "tmp"
    var.mkdir()
    temp.mkdir()
    env = {
        **os.environ,
        "DEBUG": "1",
        "SECRET_KEY": "killed-upload-test",
        "SECUREBASE_VAR_DIR": str(var),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "TMPDIR": str(temp),
    }
    server, port = start_dev_server(env, seconds=60)
    try:
        body = text_with_marker(6_000_000)  # over Django's in-memory size: spooled
        token = "a" * 32
        boundary = "----killed-upload"
        head = (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
            f"{token}\r\n--{boundary}\r\n"
            'Content-Disposition: form-data; name="chat"; filename="chat.txt"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        tail = f"\r\n--{boundary}--\r\n".encode()
        request = (
            "POST /reality-check/ HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{port}\r\n"
            f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
            f"Content-Length: {len(head) + len(body) + len(tail)}\r\n"
            f"Cookie: csrftoken={token}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", port)) as connection:
            connection.sendall(request + head + body[: len(body) * 3 // 4])
            time.sleep(3)  # let the server read and store what it was sent
            server.kill()
            server.wait(10)
        assert holds_marker(tmp_path) == []
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(10)


def one_huge_line(megabytes: int) -> tuple[bytes, int]:
    """An export whose second message is one line of about `megabytes` MB, and that
    message's length in characters."""
    text = "word café 🌙 " * 100_000
    repeat = megabytes * 1_000_000 // len(text.encode()) + 1
    data = (
        b"1/2/24, 09:00 - Robin: Are you up?\n1/2/24, 09:05 - Sam: "
        + text.encode() * repeat
        + b"\n1/2/24, 09:30 - Robin: Wow\n1/2/24, 09:45 - Sam: Sorry\n"
    )
    return data, len(text) * repeat


@pytest.mark.django_db
def test_four_uploads_of_one_huge_line_stay_within_the_memory_the_settings_promise(
    settings, tmp_path
):
    settings.VAR_DIR = tmp_path
    settings.CHAT_ANALYSIS_CONCURRENCY = 1
    # Memory is what is measured here. Tracing every allocation makes each analysis several
    # times slower, and a busy machine slower again: neither waiting for the one analysis
    # slot nor the time an analysis may take is a limit in this test.
    settings.CHAT_ANALYSIS_QUEUE_SECONDS = 600
    settings.CHAT_ANALYSIS_TIME_BUDGET_SECONDS = 600
    settings.CHAT_ANALYSIS_MAX_MESSAGE_BYTES = 1_000_000
    settings.CHAT_ANALYSIS_MAX_MESSAGES = 1000
    data, characters = one_huge_line(24)
    spools = []
    for _ in range(4):
        spool = uploads.EncryptedSpool(tmp_path)
        for at in range(0, len(data), 1 << 20):
            spool.append(data[at : at + (1 << 20)])
        spools.append(io.BufferedReader(spool))
    del data
    lengths, failures = [], []

    def analyse(stream) -> None:
        try:
            with uploads.analysis_slot():
                stream.seek(0)
                [conv] = parse_export(stream, filename="chat.txt", limits=uploads.limits())
                lengths.append(conv.length[1])
        except Exception as exc:  # reported below
            failures.append(exc)

    tracemalloc.start()
    try:
        threads = [threading.Thread(target=analyse, args=(s,)) for s in spools]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert failures == []
    assert len(lengths) == 4
    assert lengths == [characters] * 4  # every piece of the line counted
    assert peak <= uploads.memory_bound_bytes(), f"{peak / 2**20:.0f} MiB"
    print(f"peak {peak / 2**20:.0f} MiB, bound {uploads.memory_bound_bytes() / 2**20:.0f} MiB")
