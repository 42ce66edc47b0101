"""A SQLite database named by DATABASE_URL gets the same settings as the default one.

Found by moving the database elsewhere through DATABASE_URL: the booking race then gave
nineteen "database is locked" server errors, because only the default database had WAL, a busy
timeout and IMMEDIATE transactions.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def run(args, *, env_extra, timeout):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env.update(env_extra)
    return subprocess.run(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_it_gives_a_sqlite_database_url_wal_a_busy_timeout_and_immediate_writes(tmp_path):
    code = (
        "import json, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'securebase.settings'; "
        "from django.conf import settings; print(json.dumps(settings.DATABASES['default'], "
        "default=str))"
    )
    result = run(
        ["-c", code],
        env_extra={
            "DEBUG": "true",
            "SECUREBASE_VAR_DIR": str(tmp_path / "var"),
            "DATABASE_URL": f"sqlite:///{tmp_path}/moved.sqlite3",
        },
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    database = json.loads(result.stdout)
    assert database["NAME"] == f"{tmp_path}/moved.sqlite3"
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert database["OPTIONS"]["timeout"] >= 20
    assert "journal_mode=WAL" in database["OPTIONS"]["init_command"]
    # Its test database is a file beside it, so live-server threads share it for real.
    assert database["TEST"]["NAME"] == f"{tmp_path}/test-moved.sqlite3"


def test_it_books_one_of_20_simultaneous_attempts_on_a_sqlite_file_named_by_database_url(
    tmp_path,
):
    race = (
        "securebase/bookings/tests/test_concurrency.py::ConcurrentBookingTests::"
        "test_it_books_one_of_20_simultaneous_attempts_on_file_sqlite"
    )
    result = run(
        ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", race],
        env_extra={
            "SECUREBASE_VAR_DIR": str(tmp_path / "var"),
            "DATABASE_URL": f"sqlite:///{tmp_path}/moved.sqlite3",
        },
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "1 passed" in result.stdout
