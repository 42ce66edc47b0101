"""Benchmark: what saving the session adds to a signed-in request.

Run: .venv/bin/python bench/sessions.py [--runs 200]

It builds a throwaway SQLite database in a temporary folder, signs a client in and requests
two signed-in pages through Django's test client: the bare "ok" view (every middleware, no
work) and the check-in history. For each it counts the queries of one request and the ones
that write the session row, and times the requests, two ways in the same run, interleaved:

* now: the row is written only when the idle expiry moved by a minute or more
  (``accounts.middleware.slide_expiry``), so a request within the minute reads the session
  and the user and writes nothing;
* previous: ``SESSION_SAVE_EVERY_REQUEST`` on, so every request writes the row, as every
  request did when the issue was filed (it counted +3 statements with the code of its day).

Then, with the clock moved on (time_machine), it shows that the row is written once the
expiry has moved a minute. The aim (issue 17): no query added by the session when the expiry
moved by less than a minute (it was +3 a request). Figures are printed, never asserted; the
behavior is asserted in securebase/accounts/tests/test_session_sliding.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _baseline import BARE_PATH, interleaved, start_test_site, statements  # noqa: E402

TRANSACTION_STATEMENTS = ("BEGIN", "SAVEPOINT", "RELEASE", "COMMIT")


def request_queries(client, path: str) -> tuple[list[str], list[str]]:
    """Every statement one request to ``path`` runs, and those that write the session row."""
    response, executed = statements(client, path)
    assert response.status_code == 200, path
    # Saving the session is a statement on its table that is not the read, and the
    # transaction statements Django sends around it (SQLite's BEGIN IMMEDIATE here; a page
    # that GETs writes nothing else).
    writes = [
        sql
        for sql in executed
        if ("django_session" in sql and not sql.lstrip().upper().startswith("SELECT"))
        or sql.lstrip().upper().startswith(TRANSACTION_STATEMENTS)
    ]
    return executed, writes


def saving_every_request():
    from django.test.utils import override_settings

    return override_settings(SESSION_SAVE_EVERY_REQUEST=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="securebase-bench-") as var_dir:
        start_test_site(var_dir)
        import time_machine
        from django.conf import settings
        from django.db import connection
        from django.test import Client
        from django.urls import reverse
        from django.utils import timezone

        from securebase.accounts.models import User
        from securebase.testing import PASSWORD

        user = User.objects.create_user(
            email="bench-sessions@example.com", password=PASSWORD, role=User.Role.CLIENT
        )
        client = Client()
        signed_in_at = timezone.now()
        with time_machine.travel(signed_in_at, tick=False):
            client.post(reverse("accounts:login"), {"username": user.email, "password": PASSWORD})
        assert "_auth_user_id" in client.session, "the client could not sign in"
        pages = {"bare signed-in view": BARE_PATH, "check-in history": reverse("checkins:history")}
        print(
            f"{connection.vendor}, one signed-in client, {args.runs} interleaved requests per "
            f"page and way; idle limit {settings.CLIENT_SESSION_IDLE_MINUTES} minutes"
        )
        within_minute = signed_in_at + timedelta(seconds=30)
        for name, path in pages.items():
            with time_machine.travel(within_minute, tick=False):
                client.get(path)
                executed, writes = request_queries(client, path)
                with saving_every_request():
                    executed_before, writes_before = request_queries(client, path)
            # The previous way moved the stored expiry on; start the timed part afresh.
            with time_machine.travel(within_minute, tick=False):
                client.get(path)
            (now_ms, _), (previous_ms, _) = interleaved(
                client, [path, (path, saving_every_request)], args.runs
            )
            met = "met" if not writes else "NOT met"
            print(
                f"{name} ({path}): {len(executed)} queries, {len(writes)} added by saving the "
                f"session (aim 0 within a minute: {met}); previous (saved on every request) "
                f"{len(executed_before)} queries, +{len(writes_before)}"
            )
            print(
                f"  median {now_ms:.2f} ms against {previous_ms:.2f} ms saving every request "
                f"({previous_ms / now_ms:.2f}x)"
            )
        # The timed requests saved the row the previous way a moment ago.
        a_minute_on = timezone.now() + timedelta(minutes=1, seconds=1)
        with time_machine.travel(a_minute_on, tick=False):
            _, writes = request_queries(client, pages["check-in history"])
        print(f"a minute after the last save: +{len(writes)} (the expiry slides once a minute)")


if __name__ == "__main__":
    main()
