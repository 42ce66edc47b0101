"""Median server time of the home page and the first article, with demo data, on SQLite.

Run: .venv/bin/python bench/pages.py [--runs 200]
It builds a throwaway database in a temporary folder, migrates it, seeds the demo practice,
then times complete requests through Django's test client (middleware, views, templates;
no network). Aim: under 15 ms each.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="securebase-bench-")
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "securebase.settings",
            "SECUREBASE_VAR_DIR": workdir,
            "DEBUG": "false",
            "SECRET_KEY": "bench-only-secret-key-that-is-long-enough-for-django-checks",
            "ALLOWED_HOSTS": "testserver",
            "SECURE_SSL_REDIRECT": "false",
        }
    )
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    # Static files are served by whitenoise from a manifest in production; the benchmark
    # measures Django's work, so it uses plain static URLs.
    settings.STORAGES["staticfiles"]["BACKEND"] = (
        "django.contrib.staticfiles.storage.StaticFilesStorage"
    )
    call_command("migrate", verbosity=0)
    call_command("seed_demo", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115

    client = Client()
    pages = {"home": "/", "article": "/learn/understanding-anxious-attachment/"}
    print(f"SQLite, demo data, {args.runs} requests each after 20 warm-up requests")
    for name, path in pages.items():
        for _ in range(20):
            assert client.get(path).status_code == 200
        timings = []
        for _ in range(args.runs):
            start = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        print(
            f"{name:8s} {path:45s} median {statistics.median(timings):6.2f} ms"
            f"  p90 {statistics.quantiles(timings, n=10)[-1]:6.2f} ms"
            f"  queries {len(queries)}"
        )


if __name__ == "__main__":
    main()
