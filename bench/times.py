"""Throughput of the slot picker (`/book/times/`) as a fraction of a bare "ok" view's.

Run: .venv/bin/python bench/times.py [--rounds 300] [--server [--seconds 4]]

It builds a throwaway SQLite database in a temporary folder, migrates it and seeds the demo
practice. The bare view is a function returning "ok", mounted on the same URLconf for this run
only, so it pays the same middleware.

In process (the default), it times complete requests through Django's test client (every
middleware, the view, the template; no network). Requests alternate (bare, picker, bare, ...)
so both see the same load on a shared machine; the figure is the ratio of their medians.

With --server (and gunicorn installed) it measures what issue 17 measured: gunicorn with 2 sync
workers, 8 concurrent clients (separate processes), requests per second for each URL in
alternating blocks of --seconds; the figure is the ratio of the throughputs.

The home page is printed as a reference: it renders the same site shell as the picker.
Aim (issue 17): picker throughput / bare throughput >= 0.10 through gunicorn (0.023 before,
measured that way, with every one of about 200 slot links built by its own reverse() and
urlencode()). In process the bare view pays no HTTP, so the ratio reads lower and is printed
for comparing versions, not against the aim.

Leaner picker (docs/bookings.md, "How free times are computed"), in process, the previous code
and this one run one right after the other on 2 cores, load average 4.3 to 4.6: first
available 0.081 -> 0.093, one clinician 0.070 -> 0.082. Through gunicorn on a quiet machine
(2026-12-07): 0.187 and 0.177 (docs/speed.md).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _baseline import environment as bench_environment  # noqa: E402
from _baseline import use_plain_static  # noqa: E402

AIM = 0.10
BEFORE = 0.023


PAGES = {
    "bare": "/bench-ok/",
    "home (reference)": "/",
    "first available": "/book/times/?clinician=any&format=in_person",
    "one clinician": "/book/times/?clinician=maya-chen&format=in_person",
}


def environment(workdir: str) -> dict[str, str]:
    return {
        **bench_environment(workdir, hosts="testserver,127.0.0.1"),
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
    }


def setup_django() -> None:
    """Django with plain static URLs and the bare view mounted at /bench-ok/."""
    import django

    django.setup()
    from django.http import HttpResponse
    from django.urls import clear_url_caches, path

    from securebase import urls

    use_plain_static()
    urls.urlpatterns.append(path("bench-ok/", lambda request: HttpResponse("ok")))
    clear_url_caches()


_app = None


def application(environ, start_response):
    """The WSGI application gunicorn serves in --server mode (Django set up on first use)."""
    global _app
    if _app is None:
        from django.core.wsgi import get_wsgi_application

        setup_django()
        _app = get_wsgi_application()
    return _app(environ, start_response)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--server", action="store_true", help="measure through gunicorn")
    parser.add_argument("--seconds", type=float, default=4.0, help="--server: block length")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="securebase-bench-")
    os.environ.update(environment(workdir))
    setup_django()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("seed_demo", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
    if args.server:
        serve_and_measure(seconds=args.seconds)
        return

    client = Client()
    pages = PAGES
    for url in pages.values():
        for _ in range(20):
            assert client.get(url).status_code == 200
    links = client.get(pages["first available"]).content.count(b'class="slot"')

    timings: dict[str, list[float]] = {name: [] for name in pages}
    for _ in range(args.rounds):
        for name, url in pages.items():
            started = time.perf_counter()
            response = client.get(url)
            timings[name].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200

    rates = {name: 1000 / statistics.median(timings[name]) for name in pages}
    show(
        f"SQLite, demo practice, {args.rounds} interleaved rounds after 20 warm-up requests",
        rates,
        links,
        "in process (1 / median)",
    )


def show(header: str, rates: dict[str, float], links: int, how: str) -> None:
    """One line per URL (requests per second and the ratio to the bare view), then the verdict."""
    load = os.getloadavg()
    print(
        f"{header}; {os.cpu_count()} cores, "
        f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}"
    )
    for name, path in PAGES.items():
        line = f"{name:16s} {path:52s} {rates[name]:7.1f} requests/s"
        if name != "bare":
            line += f"  throughput / bare {rates[name] / rates['bare']:5.3f}"
        print(line)
    report(rates["first available"] / rates["bare"], links, how)


def report(ratio: float, links: int, how: str) -> None:
    if how.startswith("gunicorn"):
        aim = f"aim >= {AIM:.2f} ({'met' if ratio >= AIM else 'NOT met'})"
    else:
        # Without HTTP the bare view costs much less, so the same page reads as a smaller
        # share of it: the aim was measured, and is judged, through gunicorn.
        aim = f"the aim, >= {AIM:.2f}, is for throughput through gunicorn: run with --server"
    print(
        f"first available ({links} slot links), {how}: throughput / bare = {ratio:.3f}; "
        f"{aim}; before this change {BEFORE} (gunicorn)"
    )


def _client(port: int, path: str, stop_at: float, counts) -> None:
    import http.client

    done = 0
    while time.monotonic() < stop_at:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        connection.close()
        if response.status != 200:
            raise SystemExit(f"{path} answered {response.status}")
        done += 1
    counts.put(done)


def serve_and_measure(*, seconds: float, clients: int = 8, workers: int = 2) -> None:
    import multiprocessing
    import shutil

    from _load import serve

    if shutil.which("gunicorn", path=str(Path(sys.executable).parent)) is None:
        print("gunicorn is not installed: run without --server for the in-process figure")
        return
    with serve(workers=workers, app="times:application") as port:
        _wait_for(port)
        import urllib.request

        first = f"http://127.0.0.1:{port}{PAGES['first available']}"
        for _ in range(10):
            for path in PAGES.values():
                urllib.request.urlopen(f"http://127.0.0.1:{port}{path}").read()
        links = urllib.request.urlopen(first).read().count(b'class="slot"')
        rates: dict[str, list[float]] = {name: [] for name in PAGES}
        for _ in range(2):
            for name, path in PAGES.items():
                counts = multiprocessing.Queue()
                stop_at = time.monotonic() + seconds
                procs = [
                    multiprocessing.Process(target=_client, args=(port, path, stop_at, counts))
                    for _ in range(clients)
                ]
                for proc in procs:
                    proc.start()
                for proc in procs:
                    proc.join()
                rates[name].append(sum(counts.get() for _ in procs) / seconds)
    show(
        f"gunicorn, {workers} sync workers, {clients} concurrent clients, 2 blocks of "
        f"{seconds:g} s per URL",
        {name: statistics.mean(values) for name, values in rates.items()},
        links,
        "gunicorn",
    )


def _wait_for(port: int) -> None:
    import urllib.error
    import urllib.request

    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bench-ok/").read()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise SystemExit("gunicorn did not start")


if __name__ == "__main__":
    main()
