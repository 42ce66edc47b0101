"""The restore drill of docs/DEPLOYMENT.md, as a test: back up with pg_dump, restore into a new
database with pg_restore, and read an encrypted journal entry there from a fresh process that
has only the restored database and the backed-up keys.

Needs DATABASE_URL to be PostgreSQL and pg_dump/pg_restore on PATH; skips otherwise.
"""

# The commands run here are PostgreSQL's own client tools and this project's manage.py.
# ruff: noqa: S603, S607

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import TransactionTestCase

from securebase.journal.services import create_entry
from securebase.testing import make_client
from tests.scale.servers import ROOT, database_url_named, drop_database, recreate_database

WORDS = "I noticed I could wait an hour before texting, and the wave passed."

READ_ENTRY = """
import django
django.setup()
from securebase.journal.models import Entry
print(Entry.objects.get(user__email="ada@example.com").body)
"""


def _tools_missing() -> str | None:
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        return "DATABASE_URL is not PostgreSQL"
    for tool in ("pg_dump", "pg_restore"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return None


@pytest.mark.postgres
@pytest.mark.skipif(_tools_missing() is not None, reason=f"restore drill: {_tools_missing()}")
class RestoreDrillTests(TransactionTestCase):
    def setUp(self):
        self.source = database_url_named(
            os.environ["DATABASE_URL"], connection.settings_dict["NAME"]
        )
        self.restored_name = f"{connection.settings_dict['NAME']}_restored"
        self.addCleanup(drop_database, os.environ["DATABASE_URL"], self.restored_name)

    def read_entry(self, database_url: str, keys: str) -> subprocess.CompletedProcess:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "PYTEST_", "SECUREBASE_PG"))
        }
        env.update(
            DATABASE_URL=database_url,
            FIELD_ENCRYPTION_KEYS=keys,
            DJANGO_SETTINGS_MODULE="securebase.settings",
            DEBUG="true",
        )
        return subprocess.run(
            [sys.executable, "-c", READ_ENTRY], cwd=ROOT, env=env, capture_output=True, text=True
        )

    def test_it_reads_an_encrypted_journal_entry_from_a_restored_backup(self):
        ada = make_client()
        create_entry(user=ada, body=WORDS, prompt="", submission_key=uuid.uuid4())
        with connection.cursor() as cursor:
            cursor.execute("SELECT body FROM journal_entry")
            (stored,) = cursor.fetchone()
        assert WORDS not in stored, "the entry should be stored encrypted"

        dump = Path(self.enterContext(tempfile.TemporaryDirectory())) / "securebase.dump"
        subprocess.run(["pg_dump", "-Fc", "-f", str(dump), self.source], check=True)
        restored = recreate_database(os.environ["DATABASE_URL"], self.restored_name)
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", "-d", restored, str(dump)], check=True
        )

        keys = ",".join(settings.FIELD_ENCRYPTION_KEYS)
        read = self.read_entry(restored, keys)
        assert read.returncode == 0, read.stderr
        assert read.stdout.strip() == WORDS

        # The dump alone is not enough: without the keys' backup the words stay unreadable.
        from cryptography.fernet import Fernet

        other_key = Fernet.generate_key().decode()
        unreadable = self.read_entry(restored, other_key)
        assert unreadable.returncode != 0
        assert WORDS not in unreadable.stdout
