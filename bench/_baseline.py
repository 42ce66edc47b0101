"""What the page benchmarks share: a bare "ok" view on the same site, and a timer.

``mount_bare_view()`` adds ``/bench-ok/`` to the project's URLs for this process only: it
goes through the same middleware (sessions, CSP, two-factor, ...) and returns "ok", so a
page's time divided by it says how much the page itself costs, whatever the machine.
"""

from __future__ import annotations

import statistics
import time
import types

BARE_PATH = "/bench-ok/"


def mount_bare_view() -> None:
    from django.conf import settings
    from django.http import HttpResponse
    from django.urls import clear_url_caches, include, path

    module = types.ModuleType("bench_urls")
    module.urlpatterns = [
        path(BARE_PATH.strip("/") + "/", lambda request: HttpResponse("ok")),
        path("", include(settings.ROOT_URLCONF)),
    ]
    settings.ROOT_URLCONF = module
    clear_url_caches()


def median_ms(client, path: str, runs: int, *, warm: int = 5) -> float:
    """Median time of ``runs`` complete requests to ``path`` through ``client``."""
    for _ in range(warm):
        assert client.get(path).status_code == 200, path
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, path
    return statistics.median(timings)
