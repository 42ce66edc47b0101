"""What the page benchmarks share: the site set up as in production, a bare "ok" view on it,
and a timer.

``start_site(var_dir)`` sets Django up as production runs it (DEBUG off, cached templates)
over a throwaway database folder, with plain static URLs: whitenoise serves a manifest in
production, and the benchmarks measure Django's work. The caller migrates.

``start_test_site(var_dir)`` does both, migrated, for the test client.

``mount_bare_view()`` adds ``/bench-ok/`` to the project's URLs for this process only: it
goes through the same middleware (sessions, CSP, two-factor, ...) and returns "ok", so a
page's time divided by it says how much the page itself costs, whatever the machine.

``statements(client, path)`` is one request and every SQL statement it ran;
``interleaved(client, steps, runs)`` times several requests in turn, so that a busy machine
slows all of them alike.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import time
import types
from collections.abc import Callable, Sequence

BARE_PATH = "/bench-ok/"


def environment(var_dir: str, *, hosts: str = "testserver") -> dict[str, str]:
    """The settings a benchmark runs under: production's, with its database in ``var_dir``,
    served to ``hosts`` over plain HTTP (the test client and loopback gunicorn)."""
    return {
        "DJANGO_SETTINGS_MODULE": "securebase.settings",
        "SECUREBASE_VAR_DIR": var_dir,
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-secret-key-that-is-long-enough-for-django-checks",
        "ALLOWED_HOSTS": hosts,
        "SECURE_SSL_REDIRECT": "false",
        # One server (in process, or one gunicorn), also when DATABASE_URL names PostgreSQL:
        # its own key file in the throwaway folder is all it needs.
        "SEVERAL_SERVERS": "false",
    }


def use_plain_static() -> None:
    from django.conf import settings

    settings.STORAGES["staticfiles"]["BACKEND"] = (
        "django.contrib.staticfiles.storage.StaticFilesStorage"
    )


def start_site(var_dir: str) -> None:
    """Django set up over ``var_dir`` with ``environment()``'s settings and plain static URLs."""
    os.environ.update(environment(var_dir))
    import django

    django.setup()
    use_plain_static()


def start_test_site(var_dir: str) -> None:
    """``start_site(var_dir)``, migrated, with the test client's setup and the bare view: what
    a benchmark that builds its own data and requests pages in process needs."""
    start_site(var_dir)
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment(debug=False)
    call_command("migrate", verbosity=0)
    mount_bare_view()


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


def statements(client, path: str):
    """One request to ``path`` through ``client``: (its response, every SQL statement it ran)."""
    from django.db import connection

    executed: list[str] = []
    with connection.execute_wrapper(
        lambda execute, sql, params, many, context: (
            executed.append(sql) or execute(sql, params, many, context)
        )
    ):
        response = client.get(path)
    return response, executed


Step = str | tuple[str, Callable[[], contextlib.AbstractContextManager]]


def interleaved(client, steps: Sequence[Step], runs: int) -> list[tuple[float, float]]:
    """Median ms per step, of the clock and of this process's CPU time (the test client serves
    in process; CPU time is the steadier of the two on a shared machine), requesting the steps
    in turn, ``runs`` times. A step is a path, or (path, a function returning the context to
    request it in: the previous implementation, other settings)."""
    timings: list[list[tuple[float, float]]] = [[] for _ in steps]
    for _ in range(runs):
        for index, step in enumerate(steps):
            path, context = (step, contextlib.nullcontext) if isinstance(step, str) else step
            with context():
                began, cpu = time.perf_counter(), time.process_time()
                assert client.get(path).status_code == 200, path
                timings[index].append(
                    ((time.perf_counter() - began) * 1000, (time.process_time() - cpu) * 1000)
                )
    return [
        (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
        for times in timings
    ]
