"""Benchmark: load on real gunicorn servers, one and then two, sharing PostgreSQL and Redis.

Starts the deployment the scale tests use (tests/scale/servers.py: production settings, its
own database `<DATABASE_URL's name>_load`, dropped at the end, a key prefix of its own in
Redis), seeds a clinician, a client with 90 days of check-ins and pauses, and the demo
article, then for each page sends requests from a fixed number of concurrent clients for a
fixed time and prints requests per second, p50 and p99. With two servers each client sends
its requests to them in turn, as a round-robin proxy would.

Every page is read against a bare view in the same server (`/bench/ok`: "ok" through the
whole middleware stack, mounted with BENCH_OK_VIEW), so "ratio" is the page's throughput as a
share of what the server does with no work at all. The issue's aims, on this 2-core machine:
the home page and an article at least 0.5 of the bare view; no page's p99 above 250 ms at 8
concurrent clients. The figures are printed, never asserted.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_scale REDIS_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/load.py                    # 30 s per page, 8 clients
    ... bench/load.py --seconds 10 --clients 8 --servers 1 2 --pages ok home article

The load generator runs on the same two cores as the servers (and PostgreSQL and Redis), so
these are figures for the whole machine, not for gunicorn alone.
"""

from __future__ import annotations

import argparse
import http.client
import os
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.scale.servers import (  # noqa: E402
    SEED,
    Browser,
    Deployment,
    scale_environment_ready,
)

PASSWORD = "a-long-test-password-42"  # the seeded personas' (securebase.testing)
ARTICLE = "/learn/understanding-anxious-attachment/"

# name: (path, signed in?)
PAGES = {
    "ok": ("/bench/ok", False),
    "home": ("/", False),
    "article": (ARTICLE, False),
    "articles": ("/learn/", False),
    "book": ("/book/", False),
    "client-home": ("/home/", True),
    "trends": ("/check-in/trends/", True),
    "journal": ("/journal/entries/", True),
}

LOAD_SEED = (
    SEED
    + """
import importlib.util
from datetime import UTC, datetime
from securebase.accounts.models import User
spec = importlib.util.spec_from_file_location("bench_trends", "bench/trends.py")
trends = importlib.util.module_from_spec(spec)
spec.loader.exec_module(trends)
trends.build_practice(User.objects.get(email="ada@example.com"), days=90, now=datetime.now(UTC))
"""
)


@dataclass
class Result:
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def percentile(self, share: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def session_cookie(server: str) -> str:
    """Log the client in (through the real login form) and return its Cookie header."""
    browser = Browser()
    browser.post_form(
        server + "/accounts/login/", {"username": "ada@example.com", "password": PASSWORD}
    )
    cookies = {c.name: c.value for c in browser.cookies}
    assert "sessionid" in cookies, "the bench client could not log in"
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def load(ports: list[int], path: str, *, clients: int, seconds: float, cookies: list[str]):
    """`clients` threads, each with a kept-alive connection to every server, sending GET
    `path` one after another (to the servers in turn) until `seconds` have passed."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    start = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(index: int) -> None:
        connections = [http.client.HTTPConnection("127.0.0.1", port, timeout=30) for port in ports]
        headers = {"Host": "127.0.0.1"}
        if cookies:
            headers["Cookie"] = cookies[index % len(cookies)]
        turn = index
        start.wait()
        while time.perf_counter() < stop_at[0]:
            connection = connections[turn % len(connections)]
            turn += 1
            began = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    errors[index] += 1
                    continue
            except (OSError, http.client.HTTPException):
                errors[index] += 1
                connection.close()
                continue
            latencies[index].append(time.perf_counter() - began)
        for connection in connections:
            connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    stop_at[0] = time.perf_counter() + seconds
    began = time.perf_counter()
    start.wait()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    flat = [latency for per_client in latencies for latency in per_client]
    return Result(requests=len(flat), errors=sum(errors), seconds=elapsed, latencies=flat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30, help="per page (default 30)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (8)")
    parser.add_argument("--servers", type=int, nargs="+", default=[1, 2], choices=[1, 2])
    parser.add_argument("--pages", nargs="+", default=list(PAGES), choices=list(PAGES))
    args = parser.parse_args()
    pages = ["ok", *[p for p in args.pages if p != "ok"]]

    missing = scale_environment_ready()
    if missing:
        sys.exit(f"bench/load.py needs PostgreSQL and Redis: {missing}.")

    with tempfile.TemporaryDirectory() as workdir:
        deployment = Deployment(
            Path(workdir),
            Path(os.environ["DATABASE_URL"].rsplit("/", 1)[1]).name + "_load",
            workers=None,
            threads=None,
            seed=LOAD_SEED,
            extra_env={"BENCH_OK_VIEW": "true"},
        )
        try:
            print("Starting two servers (migrate, seed, collectstatic)…", flush=True)
            deployment.start(count=2)
            ports = [server.port for server in deployment.servers]
            cookies = [session_cookie(deployment.servers[i % 2].url) for i in range(args.clients)]
            print(
                f"gunicorn.conf.py defaults per server ({os.cpu_count()} cores), "
                f"{args.clients} clients, {args.seconds:g} s per page\n"
            )
            for count in args.servers:
                print(f"== {count} server{'s' if count > 1 else ''}")
                print(f"{'page':<12} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>6}  errors")
                bare = None
                for name in pages:
                    path, signed_in = PAGES[name]
                    result = load(
                        ports[:count],
                        path,
                        clients=args.clients,
                        seconds=args.seconds,
                        cookies=cookies if signed_in else [],
                    )
                    bare = bare or result.rate
                    print(
                        f"{name:<12} {result.rate:>8.1f} {result.percentile(0.50):>8.1f} "
                        f"{result.percentile(0.99):>8.1f} {result.rate / bare:>6.2f}  "
                        f"{result.errors}",
                        flush=True,
                    )
                print()
        finally:
            deployment.stop()
    print(
        "ratio = the page's req/s over the bare view's in the same run. Aims: home and "
        "article >= 0.50; p99 <= 250 ms at 8 clients."
    )


if __name__ == "__main__":
    main()
