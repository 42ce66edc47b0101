"""Benchmark: pages with forms, their widgets drawn by Django's templates and by core.form_renderer.

Run: .venv/bin/python bench/forms.py [--runs 100]
Builds a throwaway SQLite database with the demo practice, signs the demo client in, and
requests each page through Django's test client (middleware, view, templates; no network),
in turn with Django's own form renderer (the previous way) and with the site's renderer, and a
bare "ok" view through the same middleware between them, so all three meet the same load.
Printed for each page: the median wall and CPU time each way, and the previous way's CPU time
over this one's. The pages are the same character for character either way
(securebase/core/tests/test_form_renderer.py). Figures are printed, never asserted.
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

from _baseline import BARE_PATH, mount_bare_view, start_site  # noqa: E402

DJANGO = "django.forms.renderers.DjangoTemplates"
PAGES = {
    "check-in form": "/check-in/",
    "pause tool": "/pause/",
    "booking start": "/book/",
    "account settings": "/accounts/settings/",
}


def timed(client, path: str) -> tuple[float, float]:
    began, cpu = time.perf_counter(), time.process_time()
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return (time.perf_counter() - began) * 1000, (time.process_time() - cpu) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()

    start_site(tempfile.mkdtemp(prefix="securebase-bench-"))
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings

    from securebase.practice.demo import seed_demo_practice

    call_command("migrate", verbosity=0)
    demo = seed_demo_practice()
    mount_bare_view()
    client = Client()
    client.force_login(demo.client)
    print(f"SQLite, demo data, the demo client signed in; {args.runs} rounds after 10 warm-up")
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    heads = ("bare ms", "Django ms (CPU)", "site ms (CPU)", "CPU ratio")
    print(f"{'page':18} {heads[0]:>8} {heads[1]:>16} {heads[2]:>14} {heads[3]:>9}")
    for label, path in PAGES.items():
        runs: dict[str, list[tuple[float, float]]] = {"bare": [], "django": [], "site": []}
        for round_ in range(args.runs + 10):
            with override_settings(FORM_RENDERER=DJANGO):
                before = timed(client, path)
            bare = timed(client, BARE_PATH)
            now = timed(client, path)
            if round_ >= 10:
                runs["django"].append(before)
                runs["bare"].append(bare)
                runs["site"].append(now)
        wall = {k: statistics.median(w for w, _ in v) for k, v in runs.items()}
        cpu = {k: statistics.median(c for _, c in v) for k, v in runs.items()}
        print(
            f"{label:18} {wall['bare']:8.1f} {wall['django']:8.1f} ({cpu['django']:5.1f})"
            f" {wall['site']:7.1f} ({cpu['site']:5.1f}) {cpu['django'] / cpu['site']:8.1f}x"
        )
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
