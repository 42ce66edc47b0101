"""Key rotation for encrypted fields, and proof that the database holds no plaintext."""

import uuid
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import TestCase, TransactionTestCase

from securebase.core import encryption
from securebase.core.fields import EncryptedTextField
from securebase.core.management.commands.rotate_encryption_key import encrypted_fields
from securebase.journal import services
from securebase.journal.models import Entry, NoContactReason, NoContactSlip
from securebase.testing import Personas, make_client

OLD_KEY = Fernet.generate_key().decode()
NEW_KEY = Fernet.generate_key().decode()
STRAY_KEY = Fernet.generate_key().decode()

SECRETS = [
    "The night the porch light stayed off.",
    "Dear Sam, I kept the mug.",
    "I answered his birthday text.",
    "My sleep came back.",
]


def raw_values(model, field_name):
    """Ciphertext exactly as stored, read with plain SQL (bypassing the field)."""
    field = model._meta.get_field(field_name)
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {quote(model._meta.pk.column)}, {quote(field.column)} "  # noqa: S608
            f"FROM {quote(model._meta.db_table)} ORDER BY {quote(model._meta.pk.column)}"
        )
        return dict(cursor.fetchall())


def write_journal_data(ada, ben):
    services.create_entry(
        user=ada, body=SECRETS[0], prompt="roots/early-care", submission_key=uuid.uuid4()
    )
    services.create_entry(
        user=ben, body=SECRETS[1], prompt="breakup/unsent-letter", submission_key=uuid.uuid4()
    )
    services.start_no_contact(user=ada, started_on=date(2026, 3, 1))
    services.log_slip(
        user=ada,
        happened_on=date(2026, 3, 2),
        note=SECRETS[2],
        restart_count=False,
        submission_key=uuid.uuid4(),
    )
    services.log_slip(
        user=ada,
        happened_on=date(2026, 3, 3),
        note="",
        restart_count=False,
        submission_key=uuid.uuid4(),
    )
    services.add_reason(user=ada, text=SECRETS[3], submission_key=uuid.uuid4())


class KeyRing:
    """Switch FIELD_ENCRYPTION_KEYS for a block and make the field code notice."""

    def keys(self, *keys):
        test = self

        class _Keys:
            def __enter__(self):
                self.override = test.settings(FIELD_ENCRYPTION_KEYS=list(keys))
                self.override.__enter__()
                encryption.reset_keys()

            def __exit__(self, *exc):
                self.override.__exit__(*exc)
                encryption.reset_keys()

        return _Keys()


class RotationTests(KeyRing, Personas, TestCase):
    def setUp(self):
        with self.keys(OLD_KEY):
            write_journal_data(self.ada, self.ben)

    def rotate(self, *args):
        out = StringIO()
        call_command("rotate_encryption_key", *args, stdout=out)
        return out.getvalue()

    def test_it_finds_every_encrypted_field_through_the_app_registry(self):
        found = {(model._meta.label, field.name) for model, field in encrypted_fields()}
        assert {
            ("journal.Entry", "body"),
            ("journal.NoContactSlip", "note"),
            ("journal.NoContactReason", "text"),
        } <= found
        # A model written later is found the same way, with no list to keep up to date.
        from django.db import models

        class Scratch(models.Model):
            secret = EncryptedTextField()

            class Meta:
                app_label = "core"

            def __str__(self):
                return "scratch"

        try:
            assert ("core.Scratch", "secret") in {
                (m._meta.label, f.name) for m, f in encrypted_fields()
            }
        finally:
            from django.apps import apps

            del apps.all_models["core"]["scratch"]
            apps.clear_cache()

    def test_rotation_keeps_everything_readable_and_the_old_key_alone_cannot_read_it(self):
        with self.keys(NEW_KEY, OLD_KEY):
            output = self.rotate("--batch-size", "1")
        assert "journal.Entry.body: re-encrypted 2, 0 already under the current key" in output
        assert "journal.NoContactSlip.note: re-encrypted 1" in output
        old, new = Fernet(OLD_KEY.encode()), Fernet(NEW_KEY.encode())
        for model, name in [(Entry, "body"), (NoContactSlip, "note"), (NoContactReason, "text")]:
            for token in raw_values(model, name).values():
                if token == "":
                    continue  # an empty note stays empty: nothing to protect
                new.decrypt(token.encode())
                with pytest.raises(InvalidToken):
                    old.decrypt(token.encode())
        with self.keys(NEW_KEY):  # the old key is gone from the configuration
            assert sorted(e.body for e in Entry.objects.all()) == sorted(SECRETS[:2])
            assert sorted(s.note for s in NoContactSlip.objects.all()) == ["", SECRETS[2]]
            assert [r.text for r in NoContactReason.objects.all()] == [SECRETS[3]]

    def test_a_second_run_changes_nothing(self):
        with self.keys(NEW_KEY, OLD_KEY):
            self.rotate()
            before = raw_values(Entry, "body")
            output = self.rotate()
        assert raw_values(Entry, "body") == before
        assert "journal.Entry.body: re-encrypted 0, 2 already under the current key" in output

    def test_a_dry_run_counts_but_changes_nothing(self):
        before = raw_values(Entry, "body")
        with self.keys(NEW_KEY, OLD_KEY):
            output = self.rotate("--dry-run")
        assert "journal.Entry.body: would re-encrypt 2" in output
        assert raw_values(Entry, "body") == before

    def test_a_value_no_key_can_read_stops_the_rotation_and_changes_nothing(self):
        with self.keys(STRAY_KEY):
            services.create_entry(
                user=self.ada, body="stray", prompt="", submission_key=uuid.uuid4()
            )
        before = raw_values(Entry, "body")
        with self.keys(NEW_KEY, OLD_KEY), pytest.raises(CommandError, match="cannot be read"):
            self.rotate()
        assert raw_values(Entry, "body") == before

    def test_it_refuses_a_batch_size_below_one(self):
        with pytest.raises(CommandError, match="at least 1"):
            self.rotate("--batch-size", "0")


class NoPlaintextInTheDatabaseTests(Personas, TestCase):
    """Runs on whichever database the suite uses: SQLite by default, PostgreSQL in CI."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        write_journal_data(cls.ada, cls.ben)

    def test_raw_sql_finds_ciphertext_and_no_plaintext_in_any_encrypted_column(self):
        for model, field in encrypted_fields():
            for value in raw_values(model, field.name).values():
                for secret in SECRETS:
                    assert secret not in (value or ""), (model._meta.label, field.name)
        tokens = [t for t in raw_values(Entry, "body").values()]
        assert len(tokens) == 2
        assert all(encryption.decrypt(t) in SECRETS for t in tokens)

    def test_no_row_of_the_journal_tables_contains_plaintext(self):
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            for model in [Entry, NoContactSlip, NoContactReason]:
                cursor.execute(f"SELECT * FROM {quote(model._meta.db_table)}")  # noqa: S608
                dump = repr(cursor.fetchall())
                assert not [s for s in SECRETS if s in dump], model._meta.label


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads the SQLite database file")
class NoPlaintextInTheSqliteFileTests(TransactionTestCase):
    def test_the_database_file_holds_no_plaintext_of_journal_text(self):
        ada = make_client(email="ada@example.com")
        ben = make_client(email="ben@example.com", full_name="Ben Okafor")
        write_journal_data(ada, ben)
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        path = Path(connection.settings_dict["NAME"])
        raw = b"".join(p.read_bytes() for p in [path, Path(f"{path}-wal")] if p.exists())
        # The file really is being read: unencrypted columns are there to be found.
        assert b"ben@example.com" in raw
        assert b"breakup/unsent-letter" in raw
        for secret in SECRETS:
            assert secret.encode() not in raw, secret
