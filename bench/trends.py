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

Printed beside each figure: the aim (2 years: 50 ms; 10 years, --days 3650: 100 ms), a
bare signed-in "ok" view through the same middleware, and the previous implementation
(every check-in read and decoded, grouped in Python, every week in the tables), all measured
in the same run, so the ratios hold on a busy machine. Figures are printed, never asserted;
the constant query count is asserted in securebase/checkins/tests/test_trends_page.py.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _baseline import BARE_PATH, median_ms, mount_bare_view  # noqa: E402


def configure(var_dir: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "securebase.settings")
    os.environ["SECUREBASE_VAR_DIR"] = var_dir
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment(debug=False)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    mount_bare_view()


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
    """The page as it was built before the roll-up: every check-in fetched and decoded,
    grouped in Python, and every week listed in the tables."""
    from securebase.checkins import queries, report
    from securebase.checkins.trends import group_by_day

    rolled, tables = queries.checkin_days, report.recent_tables
    queries.checkin_days = lambda viewer, tz: group_by_day(queries.checkin_facts(viewer), tz)
    report.recent_tables = lambda trends: tables(trends, weeks=10**6)
    try:
        yield
    finally:
        queries.checkin_days, report.recent_tables = rolled, tables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="securebase-bench-") as var_dir:
        configure(var_dir)
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
        client = Client()
        client.force_login(user)
        url = reverse("checkins:trends")
        executed = []
        client.get(url)
        with connection.execute_wrapper(
            lambda execute, sql, params, many, context: (
                executed.append(sql) or execute(sql, params, many, context)
            )
        ):
            response = client.get(url)
        bare = median_ms(client, BARE_PATH, args.runs)
        now = median_ms(client, url, args.runs)
        with previous_implementation():
            before = median_ms(client, url, max(5, args.runs // 3))
            previous_size = len(client.get(url).content)
        aim = 100 if args.days > 730 else 50
        print(f"bare signed-in 'ok' view: median {bare:.1f} ms")
        print(
            f"trends page: median {now:.1f} ms (aim <= {aim} ms in process), "
            f"{now / bare:.1f}x the bare view"
        )
        print(
            f"previous implementation (every check-in read and decoded, full tables): "
            f"median {before:.1f} ms, {before / bare:.1f}x the bare view; "
            f"now {before / now:.1f}x faster"
        )
        print(f"  {len(executed)} queries per request (session and user included)")
        print(
            f"  page size {len(response.content) / 1024:.0f} KiB "
            f"(previous {previous_size / 1024:.0f} KiB)"
        )
        user.delete()


if __name__ == "__main__":
    main()
