"""Benchmark: the reality-check upload under its worst files, one at a time and four at once.

Starts the development server in a child process (its own SQLite database and VAR_DIR in a
temporary folder, migrated first), then uploads:

* one huge message: a two-person WhatsApp export whose middle message is one line of
  `--huge-mb` megabytes;
* a large zip: a zipped two-person Android export of `--zip-messages` messages (the
  generator in bench/_chat_exports.py);

each alone and then four at once, while a fifth client loads the home page every 200 ms.
Printed: each upload's status and time, the server process's peak memory above its idle
size (sampled from /proc every 20 ms), the bound the settings promise for one analysis
(`uploads.memory_bound_bytes()`) and how many analyses may run at once, and the home page's
latency (median and worst) during the uploads.

    .venv/bin/python bench/uploads.py
    .venv/bin/python bench/uploads.py --huge-mb 190 --zip-messages 1000000

Figures are printed, never asserted: machines differ.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _chat_exports import generate  # noqa: E402 - the same generator as the import benchmark
from chat_import import tree_memory_kib  # noqa: E402

from tests.scale.servers import start_dev_server  # noqa: E402

TOKEN = "b" * 32
BOUNDARY = "----bench-upload"


def huge_message_export(path: Path, megabytes: int) -> None:
    with path.open("wb") as out:
        out.write(b"1/2/24, 09:00 - Robin: Are you up?\n")
        out.write(b"1/2/24, 09:05 - Sam: ")
        piece = ("All the words of one very long message, caf\u00e9 \U0001f319 " * 1000).encode()
        written = 0
        while written < megabytes * 1_000_000:
            out.write(piece)
            written += len(piece)
        out.write(b"\n1/2/24, 09:30 - Robin: Wow\n1/2/24, 09:45 - Sam: Sorry!\n")


def zipped_export(path: Path, messages: int, folder: Path) -> None:
    text = folder / "WhatsApp Chat with Alex.txt"
    generate(text, messages)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(text, "WhatsApp Chat with Alex.txt")
    text.unlink()


def rss_kib(pid: int) -> int:
    """Resident memory of the server and any children it started (KiB)."""
    return tree_memory_kib(pid, "Rss:")


def upload(port: int, path: Path) -> tuple[int, float]:
    """POST the file to the reality check, streaming it; return status and seconds."""
    head = (
        f"--{BOUNDARY}\r\n"
        'Content-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
        f"{TOKEN}\r\n--{BOUNDARY}\r\n"
        'Content-Disposition: form-data; name="time_zone"\r\n\r\nUTC\r\n'
        f"--{BOUNDARY}\r\n"
        f'Content-Disposition: form-data; name="chat"; filename="{path.name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    tail = f"\r\n--{BOUNDARY}--\r\n".encode()
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    connection.putrequest("POST", "/reality-check/")
    connection.putheader("Content-Type", f"multipart/form-data; boundary={BOUNDARY}")
    connection.putheader("Content-Length", str(len(head) + path.stat().st_size + len(tail)))
    connection.putheader("Cookie", f"csrftoken={TOKEN}")
    connection.putheader("X-Requested-With", "XMLHttpRequest")
    connection.endheaders()
    connection.send(head)
    with path.open("rb") as source:
        while block := source.read(1 << 20):
            connection.send(block)
    connection.send(tail)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, time.perf_counter() - started


class Watch:
    """Samples the server's memory and the home page's latency until stopped."""

    def __init__(self, port: int, pid: int) -> None:
        self.port, self.pid = port, pid
        self.idle = rss_kib(pid)
        self.peak = self.idle
        self.latencies: list[float] = []
        self.done = threading.Event()
        self.threads = [
            threading.Thread(target=self._memory, daemon=True),
            threading.Thread(target=self._home, daemon=True),
        ]
        for thread in self.threads:
            thread.start()

    def _memory(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, rss_kib(self.pid))
            time.sleep(0.02)

    def _home(self) -> None:
        while not self.done.is_set():
            started = time.perf_counter()
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
                connection.request("GET", "/")
                connection.getresponse().read()
                connection.close()
            except OSError:
                continue
            self.latencies.append(time.perf_counter() - started)
            time.sleep(0.2)

    def stop(self) -> str:
        self.done.set()
        for thread in self.threads:
            thread.join()
        grown = (self.peak - self.idle) / 1024
        if self.latencies:
            ordered = sorted(self.latencies)
            home = (
                f"home page {statistics.median(ordered) * 1000:.0f} ms median, "
                f"{ordered[-1] * 1000:.0f} ms worst of {len(ordered)}"
            )
        else:
            home = "home page: no answer during the uploads"
        return f"server memory +{grown:.0f} MiB at peak (idle {self.idle / 1024:.0f} MiB); {home}"


def run_case(port: int, pid: int, label: str, path: Path, copies: int) -> None:
    watch = Watch(port, pid)
    results: list[tuple[int, float]] = []
    threads = [
        threading.Thread(target=lambda: results.append(upload(port, path))) for _ in range(copies)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    summary = watch.stop()
    statuses = ", ".join(f"{status} in {seconds:.1f} s" for status, seconds in results)
    print(f"{label}, {copies} at once: {wall:.1f} s in all ({statuses}); {summary}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--huge-mb", type=int, default=100, help="size of the one message")
    parser.add_argument("--zip-messages", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="upload-bench-") as temp:
        folder = Path(temp)
        env = {
            **os.environ,
            "DEBUG": "1",
            "SECRET_KEY": "upload-benchmark",
            "SECUREBASE_VAR_DIR": str(folder / "var"),
            "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        }
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True
        )
        bound = subprocess.run(
            [
                sys.executable,
                "-c",
                "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', "
                "'securebase.settings'); django.setup(); from django.conf import settings; "
                "from securebase.chat_analysis import uploads; "
                "print(uploads.memory_bound_bytes() / 2**20, settings.CHAT_ANALYSIS_CONCURRENCY,"
                " settings.CHAT_ANALYSIS_TIME_BUDGET_SECONDS)",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        huge = folder / "huge-message.txt"
        huge_message_export(huge, args.huge_mb)
        zipped = folder / "WhatsApp Chat with Alex.zip"
        zipped_export(zipped, args.zip_messages, folder)
        print(
            f"settings promise: at most {float(bound[0]):.0f} MiB for one analysis, "
            f"{bound[1]} analysis at once per machine, {bound[2]} s each"
        )
        server, port = start_dev_server(env)
        try:
            upload(port, huge)  # warm up: the first request imports the views
            cases = [
                (f"one {args.huge_mb} MB message ({huge.stat().st_size / 2**20:.0f} MiB)", huge),
                (
                    f"zip of {args.zip_messages:,} messages "
                    f"({zipped.stat().st_size / 2**20:.0f} MiB)",
                    zipped,
                ),
            ]
            for label, path in cases:
                run_case(port, server.pid, label, path, 1)
            for label, path in cases:
                run_case(port, server.pid, label, path, 4)
        finally:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
