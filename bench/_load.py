"""Throughput under load: gunicorn with two sync workers, eight clients, loopback only.

``serve()`` starts gunicorn on 127.0.0.1 with the benchmark's environment and stops it on
exit; ``throughput()`` keeps eight client threads busy on one path for a fixed time (a
bounded number of seconds, never another host) and returns requests per second and the
median latency. A page's throughput divided by the bare view's, measured the same way in
the same run, is the figure the aims are written in.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serve(*, workers: int = 2, app: str = "bench_wsgi:application", production: bool = False):
    """gunicorn serving ``app`` (a module in bench/: bench_wsgi, the site with the bare view)
    on a free loopback port; yields the port.

    With ``production``, gunicorn also reads the project's ``gunicorn.conf.py``, as
    ``bin/serve-production`` does: the app loaded once in the first process, the system checks,
    templates and catalogs ready and memory frozen before the workers fork. The worker count and
    class stay the benchmark's (``workers`` sync workers)."""
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    if gunicorn is None:
        raise SystemExit("gunicorn is not installed: pip install gunicorn to run the load part")
    port = _free_port()
    # The command is fixed here; only the port number varies.
    process = subprocess.Popen(  # noqa: S603
        [
            gunicorn,
            *(["--config", str(BENCH.parent / "gunicorn.conf.py")] if production else []),
            "--worker-class",
            "sync",
            "--threads",  # more than one would turn gunicorn's sync worker into gthread
            "1",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--chdir",
            str(BENCH),
            "--log-level",
            "warning",
            app,
        ],
        env=os.environ.copy(),
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def throughput(
    port: int, path: str, *, seconds: float = 5.0, clients: int = 8, cookie: str = ""
) -> tuple[float, float]:
    """(requests per second, median milliseconds) for ``path`` under ``clients`` at once."""
    headers = {"Host": "testserver", "Cookie": cookie} if cookie else {"Host": "testserver"}
    timings: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client() -> None:
        mine = []
        while time.monotonic() < stop:
            began = time.perf_counter()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            connection.close()
            if response.status != 200:
                raise RuntimeError(f"{path} answered {response.status}")
            mine.append((time.perf_counter() - began) * 1000)
        with lock:
            timings.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(timings) / (time.monotonic() - began), statistics.median(timings)
