"""Anonymous home page and article against a bare "ok" view, with demo data, on SQLite.

Run: .venv/bin/python bench/pages.py [--runs 200]
It builds a throwaway database in a temporary folder, migrates it, seeds the demo practice,
then times complete requests through Django's test client (middleware, views, templates;
no network). Printed for each page: its median, its throughput as a share of a bare view's
through the same middleware (bare median / page median; aim >= 0.5), and the same without
the caches of rendered pages and fragments (every request rendered), all from the same run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _baseline import BARE_PATH, median_ms, mount_bare_view, start_site, statements  # noqa: E402

DUMMY = "django.core.cache.backends.dummy.DummyCache"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument(
        "--load", type=float, default=5.0, help="seconds per path under gunicorn (0: skip)"
    )
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="securebase-bench-")
    start_site(workdir)
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings

    call_command("migrate", verbosity=0)
    call_command("seed_demo", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115

    mount_bare_view()
    client = Client()
    pages = {"home": "/", "article": "/learn/understanding-anxious-attachment/"}
    print(f"SQLite, demo data, {args.runs} requests each after 20 warm-up requests")
    bare = median_ms(client, BARE_PATH, args.runs, warm=20)
    print(f"bare 'ok' view: median {bare:.2f} ms")
    uncached = {**settings.CACHES, "fragments": {"BACKEND": DUMMY}, "pages": {"BACKEND": DUMMY}}
    for name, path in pages.items():
        now = median_ms(client, path, args.runs, warm=20)
        _, queries = statements(client, path)
        with override_settings(CACHES=uncached):
            before = median_ms(client, path, args.runs, warm=20)
        print(
            f"{name:8s} {path:45s} median {now:6.2f} ms, throughput / bare view "
            f"{bare / now:.2f} (aim >= 0.5); every request rendered {before:6.2f} ms, "
            f"{bare / before:.2f}; queries {len(queries)}"
        )
    if args.load:
        from _load import serve, throughput

        print(f"gunicorn, 2 sync workers, 8 clients, {args.load:g} s per path (loopback):")
        with serve() as port:
            throughput(port, BARE_PATH, seconds=1)  # start both workers
            bare_rate, bare_p50 = throughput(port, BARE_PATH, seconds=args.load)
            print(f"bare 'ok' view: {bare_rate:.0f} requests/s, p50 {bare_p50:.1f} ms")
            for name, path in pages.items():
                rate, p50 = throughput(port, path, seconds=args.load)
                print(
                    f"{name:8s} {rate:.0f} requests/s, p50 {p50:.1f} ms, throughput / bare "
                    f"{rate / bare_rate:.2f} (aim >= 0.5)"
                )


if __name__ == "__main__":
    main()
