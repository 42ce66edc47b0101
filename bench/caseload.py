"""Benchmark: a clinician's caseload and one client page, for 200 clients with two years each.

Builds a throwaway SQLite database in a temporary directory (or uses DATABASE_URL as it is),
creates one clinician and N clients who each accepted the clinician's invitation and share
every area, with two years of daily check-ins, a pause on three days a week, a dozen
questionnaire results and five homework assignments. It then times, through Django's test
client (middleware, view, templates; no network), the clinic home (whose glance reads the
caseload too), the caseload page, one client page, and a bare "ok" view as a baseline (the
same middleware, session and two-factor check, no template, no data), and prints the median
server time, its CPU time and the queries per request.

To show that the query count does not grow with clients or data, it measures twice: first
with a small caseload (--small clients, 30 days each), then the full one.

    .venv/bin/python bench/caseload.py                    # 200 clients, 730 days
    .venv/bin/python bench/caseload.py --clients 50 --days 365 --runs 20
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/caseload.py

The figures are printed, never asserted: machines differ. The aim from the issue is at most
50 ms for each page, with a query count that stays the same as clients and data grow
(securebase/care/tests/test_caseload.py asserts that part).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _baseline import BARE_PATH, interleaved, start_test_site, statements  # noqa: E402


def build_caseload(clinician, *, clients: int, days: int, now: datetime, tag: str) -> int:
    """``clients`` clients of ``clinician``, each sharing every area, with ``days`` of data."""
    from securebase.accounts.models import User
    from securebase.assessments.models import AssessmentResult
    from securebase.care import registry
    from securebase.care.models import Assignment, CareRelationship, Grant
    from securebase.checkins import rollups, vocabulary
    from securebase.checkins.models import Checkin
    from securebase.pause import exercises
    from securebase.pause.models import PauseSession

    rng = random.Random(7)
    triggers = [t.key for t in vocabulary.TRIGGERS]
    behaviors = [t.key for t in vocabulary.PROTEST_BEHAVIORS]
    exercise_keys = [c.key for c in exercises.EXERCISES]
    area_keys = [a.key for a in registry.areas()]
    users = User.objects.bulk_create(
        [
            User(
                email=f"{tag}-client-{index}@example.com",
                full_name=f"Client {tag} {index:03d}",
                role=User.Role.CLIENT,
                password="!",
            )
            for index in range(clients)
        ]
    )
    started = now - timedelta(days=days + 1)
    relationships = CareRelationship.objects.bulk_create(
        [CareRelationship(client=u, clinician=clinician, started_at=started) for u in users]
    )
    Grant.objects.bulk_create(
        [
            Grant(relationship=r, area=key, granted_at=started)
            for r in relationships
            for key in area_keys
        ]
    )
    checkins, pauses, results, homework = [], [], [], []
    start = now - timedelta(days=days)
    for user, relationship in zip(users, relationships, strict=True):
        for day in range(days):
            at = start + timedelta(days=day, hours=rng.randint(7, 22))
            checkins.append(
                Checkin(
                    user=user,
                    created_at=at,
                    updated_at=at,
                    anxiety=rng.randint(0, 10),
                    triggers=[t for t in triggers if rng.random() < 0.15],
                    behaviors={
                        b: rng.choice(("acted", "resisted"))
                        for b in behaviors
                        if rng.random() < 0.1
                    },
                    token=uuid.uuid4(),
                )
            )
            if day % 7 in (1, 3, 5):
                pauses.append(
                    PauseSession(
                        user=user,
                        started_at=at,
                        finished_at=at + timedelta(minutes=10),
                        urge="text",
                        exercise=rng.choice(exercise_keys),
                        urge_before=7,
                        anxiety_before=7,
                        urge_after=4,
                        anxiety_after=4,
                        outcome="waited",
                        token=uuid.uuid4(),
                    )
                )
        for index in range(12):
            results.append(
                AssessmentResult(
                    client=user,
                    instrument="ecr-r",
                    taken_at=start + timedelta(days=index * days // 12),
                    anxiety=Decimal("4.500") - Decimal(index) / 10,
                    avoidance=Decimal("3.250"),
                    run_id=uuid.uuid4(),
                )
            )
        for index in range(5):
            homework.append(
                Assignment(
                    relationship=relationship,
                    kind="pause_exercise",
                    target=rng.choice(exercise_keys),
                    assigned_at=now - timedelta(days=index * 7),
                    due_on=(now - timedelta(days=index * 7 - 5)).date(),
                    done_at=now - timedelta(days=index * 7 - 2) if index % 2 else None,
                    done_how="did_it" if index % 2 else "",
                )
            )
    Checkin.objects.bulk_create(checkins, batch_size=1000)
    # The day counts the services keep as check-ins are saved, which bulk_create goes around
    # (the client page's check-in panels read them, as the client's trends page does).
    rollups.rebuild(users)
    PauseSession.objects.bulk_create(pauses, batch_size=1000)
    AssessmentResult.objects.bulk_create(results, batch_size=1000)
    Assignment.objects.bulk_create(homework, batch_size=1000)
    return len(checkins)


def count_queries(client, url: str) -> tuple[int, int]:
    """(queries, bytes) of one request to ``url``, after two warm-up requests."""
    for _ in range(2):
        assert client.get(url).status_code == 200, url
    response, executed = statements(client, url)
    return len(executed), len(response.content)


def run(*, clients: int, days: int, runs: int, label: str) -> None:
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from securebase.accounts.models import User
    from securebase.testing import _verified_session, make_clinician

    tag = uuid.uuid4().hex[:6]
    clinician = make_clinician(email=f"bench-{tag}@example.com", slug=f"bench-{tag}")
    made = time.perf_counter()
    n = build_caseload(clinician, clients=clients, days=days, now=datetime.now(tz=UTC), tag=tag)
    print(
        f"\n{label}: {clients} clients, {days} days each, {n} check-ins "
        f"(built in {time.perf_counter() - made:.1f} s, {connection.vendor})"
    )
    client = Client()
    _verified_session(client, clinician)
    one = User.objects.filter(email=f"{tag}-client-0@example.com").get()
    pages = [
        ("bare 'ok' view", BARE_PATH),
        ("clinic home", reverse("dashboard:clinician_home")),
        ("caseload", reverse("care:caseload")),
        ("one client page", reverse("care:client", args=[one.pk])),
    ]
    counted = [count_queries(client, url) for _, url in pages]
    medians = interleaved(client, [url for _, url in pages], runs)
    bare, bare_cpu = medians[0]
    for (name, _), (median, cpu), (queries, size) in zip(pages, medians, counted, strict=True):
        print(
            f"  {name:<24} median {median:6.1f} ms ({median / bare:4.1f} x bare), "
            f"CPU {cpu:6.1f} ms ({cpu / bare_cpu:4.1f} x)  {queries:3d} queries  "
            f"{size / 1024:5.0f} KiB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--small", type=int, default=5)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="securebase-bench-") as var_dir:
        start_test_site(var_dir)
        run(clients=args.small, days=30, runs=args.runs, label="small")
        run(clients=args.clients, days=args.days, runs=args.runs, label="full")


if __name__ == "__main__":
    main()
