"""Benchmark: the trends page for a client with two years of daily practice.

Builds a throwaway SQLite database in a temporary directory, creates one client with two
years of check-ins (one to three a day, a third with a note) and a pause session on most
days, then requests /check-in/trends/ through Django's test client and prints the median
server time (request in, response out, no network) and the number of database queries.

    .venv/bin/python bench/trends.py                 # 730 days, 30 timed requests
    .venv/bin/python bench/trends.py --days 365 --runs 50
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/trends.py

With DATABASE_URL the named database is used as it is (it must exist and will get tables
and rows); without it nothing outside the temporary directory is touched.

The check-ins are counted per day into CheckinDay once, as the data migration does (the
services keep those counts as check-ins change). Printed beside each figure: the aim (2 years:
50 ms under load; 10 years, --days 3650: 100 ms in process), a bare signed-in "ok" view
through the same middleware, and the previous implementation (the whole history rolled up by
day from the check-ins on every request, every pause read and added up in Python), all
measured in the same run, interleaved, so the ratios hold on a busy machine. Figures are
printed, never asserted; the constant query count is asserted in
securebase/checkins/tests/test_trends_page.py and test_history.py.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _baseline import BARE_PATH, interleaved, start_test_site, statements  # noqa: E402


def build_practice(user, *, days: int, now: datetime, seed: int = 7) -> tuple[int, int]:
    """Fill ``user``'s history with ``days`` days of check-ins and pauses ending at ``now``.

    Anxiety drifts down over the period, runs higher on slow-reply days, and protest
    behaviors are resisted more often as time goes on — plausible shapes, generated here.
    """
    from securebase.checkins import vocabulary
    from securebase.checkins.models import Checkin
    from securebase.pause import exercises
    from securebase.pause.models import PauseSession

    rng = random.Random(seed)
    triggers = [t.key for t in vocabulary.TRIGGERS]
    behaviors = [t.key for t in vocabulary.PROTEST_BEHAVIORS]
    emotions = [t.key for t in vocabulary.EMOTIONS]
    helped = [t.key for t in vocabulary.HELPED]
    exercise_keys = [c.key for c in exercises.EXERCISES]
    checkins, pauses = [], []
    start = now - timedelta(days=days)
    for day in range(days):
        progress = day / max(days - 1, 1)
        for _ in range(rng.choice((1, 1, 2, 3))):
            at = start + timedelta(days=day, hours=rng.randint(7, 22), minutes=rng.randint(0, 59))
            noted = [t for t in triggers if rng.random() < 0.18]
            base = 7 - 3 * progress + (2 if "slow_reply" in noted else 0)
            anxiety = max(0, min(10, round(rng.gauss(base, 1.5))))
            marks = {}
            for key in behaviors:
                if rng.random() < 0.15:
                    marks[key] = "resisted" if rng.random() < 0.3 + 0.5 * progress else "acted"
            checkins.append(
                Checkin(
                    user=user,
                    created_at=at,
                    updated_at=at,
                    anxiety=anxiety,
                    emotions=rng.sample(emotions, rng.randint(0, 4)),
                    triggers=noted,
                    behaviors=marks,
                    helped=rng.sample(helped, rng.randint(0, 2)),
                    note="A few words about the day." if rng.random() < 0.33 else "",
                    token=uuid.uuid4(),
                )
            )
        if rng.random() < 0.7:
            at = start + timedelta(days=day, hours=rng.randint(8, 23))
            before = rng.randint(5, 10)
            pauses.append(
                PauseSession(
                    user=user,
                    started_at=at,
                    finished_at=at + timedelta(minutes=rng.randint(3, 20)),
                    urge=rng.choice(("text", "check", "ask")),
                    exercise=rng.choice(exercise_keys),
                    urge_before=before,
                    anxiety_before=before,
                    urge_after=max(0, before - rng.randint(0, 5)),
                    anxiety_after=max(0, before - rng.randint(0, 4)),
                    outcome=rng.choice(("waited", "waited", "other", "sent")),
                    unsent_message="",
                    token=uuid.uuid4(),
                )
            )
    Checkin.objects.bulk_create(checkins, batch_size=500)
    PauseSession.objects.bulk_create(pauses, batch_size=500)
    return len(checkins), len(pauses)


@contextlib.contextmanager
def previous_implementation():
    """The page as it was before the kept day counts: the whole history rolled up by day from
    the check-ins in one statement (``queries.checkin_days``) and summarized day by day, every
    pause (of the whole history) read and added up in Python. Here: a window that starts in
    1970, filled by that statement, and the plain pause summary."""
    from securebase.checkins import queries, views
    from securebase.checkins.history import Earlier
    from securebase.pause import queries as pause_queries
    from securebase.pause.summary import summarize_pauses

    window, days, summary = views.window_start, queries.practice_days, pause_queries.pause_summary
    views.window_start = lambda today: date(1970, 1, 2)
    queries.practice_days = lambda viewer, tz, since: (queries.checkin_days(viewer, tz), Earlier())
    pause_queries.pause_summary = lambda viewer, since=None: summarize_pauses(
        pause_queries.pause_facts(viewer)
    )
    try:
        yield
    finally:
        views.window_start, queries.practice_days = window, days
        pause_queries.pause_summary = summary


def report_under_load(client, url: str, seconds: float) -> None:
    """p50 of the trends page and of the bare view under gunicorn (the project's gunicorn.conf.py,
    two sync workers), with the same session."""
    from _load import serve, throughput
    from django.conf import settings

    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    print(
        f"gunicorn (gunicorn.conf.py), 2 sync workers, 8 clients, {seconds:g} s per path "
        "(loopback):"
    )
    with serve(production=True) as port:
        throughput(port, BARE_PATH, seconds=1, cookie=cookie)  # start both workers
        bare_rate, bare_p50 = throughput(port, BARE_PATH, seconds=seconds, cookie=cookie)
        rate, p50 = throughput(port, url, seconds=seconds, cookie=cookie)
    print(f"bare signed-in view: p50 {bare_p50:.1f} ms, {bare_rate:.0f} requests/s")
    print(
        f"trends page: p50 {p50:.1f} ms under load (aim <= 50 ms for two years), "
        f"{rate:.1f} requests/s, {p50 / bare_p50:.1f}x the bare view's p50"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--load", type=float, default=5.0, help="seconds per path under gunicorn (0: skip)"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="securebase-bench-") as var_dir:
        start_test_site(var_dir)
        from django.db import connection
        from django.test import Client
        from django.urls import reverse

        from securebase.accounts.models import User

        email = f"bench-{uuid.uuid4().hex[:8]}@example.com"
        user = User.objects.create_user(email=email, password=None, role=User.Role.CLIENT)
        made = time.perf_counter()
        n_checkins, n_pauses = build_practice(user, days=args.days, now=datetime.now(tz=UTC))
        print(
            f"built {n_checkins} check-ins and {n_pauses} pauses over {args.days} days "
            f"in {time.perf_counter() - made:.1f} s ({connection.vendor})"
        )
        from securebase.checkins import rollups

        counted = time.process_time()
        n_days = rollups.rebuild([user])
        print(
            f"counted {n_days} check-in days (what the migration and `checkin_rollups rebuild` "
            f"do) in {time.process_time() - counted:.2f} s of CPU"
        )
        client = Client()
        client.force_login(user)
        url = reverse("checkins:trends")
        client.get(url)
        response, executed = statements(client, url)
        # Interleaved, request by request, so a change in the machine's load hits all three.
        (bare, bare_cpu), (now, now_cpu), (before, before_cpu) = interleaved(
            client, [BARE_PATH, url, (url, previous_implementation)], args.runs
        )
        with previous_implementation():
            previous_size = len(client.get(url).content)
        aim = (
            "aim <= 100 ms in process for ten years"
            if args.days > 730
            else "the two-year aim, <= 50 ms, is under load: below"
        )
        print(f"bare signed-in 'ok' view: median {bare:.1f} ms ({bare_cpu:.1f} ms CPU)")
        print(
            f"trends page: median {now:.1f} ms ({now_cpu:.1f} ms CPU; {aim}), "
            f"{now / bare:.1f}x the bare view"
        )
        print(
            f"previous implementation (whole history rolled up per request, pauses one by one): "
            f"median {before:.1f} ms ({before_cpu:.1f} ms CPU), {before / bare:.1f}x the bare "
            f"view; now {before / now:.1f}x faster ({before_cpu / now_cpu:.1f}x in CPU)"
        )
        print(f"  {len(executed)} queries per request (session and user included)")
        print(
            f"  page size {len(response.content) / 1024:.0f} KiB "
            f"(previous {previous_size / 1024:.0f} KiB)"
        )
        if args.load:
            report_under_load(client, url, args.load)
        user.delete()


if __name__ == "__main__":
    main()
