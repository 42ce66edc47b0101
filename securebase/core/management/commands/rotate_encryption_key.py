"""Re-encrypt every encrypted text field under the first key in FIELD_ENCRYPTION_KEYS.

Rotation procedure (docs/safety.md has the full version):
1. Put the new key first in FIELD_ENCRYPTION_KEYS, keep the old one after it, restart the app.
2. Run ``manage.py rotate_encryption_key``.
3. Remove the old key and restart again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, models, transaction

from securebase.core import encryption
from securebase.core.fields import EncryptedTextField

DEFAULT_BATCH_SIZE = 500


@dataclass
class FieldReport:
    label: str
    rotated: int = 0
    already_current: int = 0


class _DryRun(Exception):
    """Raised inside the transaction so that a dry run rolls back whatever it touched."""


def encrypted_fields() -> list[tuple[type[models.Model], EncryptedTextField]]:
    """Every (model, field) pair using EncryptedTextField, found through the app registry.

    Proxy and unmanaged models are skipped: their rows live in a table some other model owns.
    """
    found = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, EncryptedTextField):
                found.append((model, field))
    return found


def _primary_fernet() -> Fernet:
    keys = settings.FIELD_ENCRYPTION_KEYS
    if keys:
        return Fernet(keys[0].encode())
    encryption.fernet()  # creates the local key file on a first run
    return Fernet(Path(settings.FIELD_ENCRYPTION_KEY_FILE).read_bytes().strip())


def rotate_encrypted_fields(*, batch_size: int = DEFAULT_BATCH_SIZE, dry_run: bool = False):
    """Re-encrypt every stored value that is not yet under the first (current) key.

    Reads ciphertext with raw SQL in primary-key order, ``batch_size`` rows at a time, so
    memory stays flat. Values the current key already reads are left untouched, which makes a
    second run a no-op. Everything happens in one transaction: if any value cannot be read
    with the configured keys, nothing is changed and CommandError names the row. Each row is
    updated only if it still holds the ciphertext that was read, so a concurrent edit (already
    written under the current key) is never overwritten. Returns one FieldReport per field.
    """
    if batch_size < 1:
        raise CommandError("--batch-size must be at least 1.")
    encryption.reset_keys()
    every_key = encryption.fernet()
    current = _primary_fernet()
    quote = connection.ops.quote_name
    reports = []
    try:
        with transaction.atomic():
            for model, field in encrypted_fields():
                report = FieldReport(label=f"{model._meta.label}.{field.name}")
                table, pk, column = (
                    quote(model._meta.db_table),
                    quote(model._meta.pk.column),
                    quote(field.column),
                )
                select = (
                    f"SELECT {pk}, {column} FROM {table} "  # noqa: S608 - quoted identifiers
                    f"WHERE {column} IS NOT NULL AND {column} <> '' "
                )
                update = f"UPDATE {table} SET {column} = %s WHERE {pk} = %s AND {column} = %s"  # noqa: S608
                last_pk = None
                with connection.cursor() as cursor:
                    while True:
                        if last_pk is None:
                            cursor.execute(f"{select} ORDER BY {pk} LIMIT %s", [batch_size])
                        else:
                            cursor.execute(
                                f"{select} AND {pk} > %s ORDER BY {pk} LIMIT %s",
                                [last_pk, batch_size],
                            )
                        rows = cursor.fetchall()
                        if not rows:
                            break
                        for row_pk, token in rows:
                            token_bytes = token.encode("ascii")
                            try:
                                current.decrypt(token_bytes)
                            except InvalidToken:
                                pass
                            else:
                                report.already_current += 1
                                continue
                            try:
                                rotated = every_key.rotate(token_bytes).decode("ascii")
                            except InvalidToken:
                                raise CommandError(
                                    f"{report.label} row {row_pk} cannot be read with any "
                                    "configured key; nothing was changed."
                                ) from None
                            cursor.execute(update, [rotated, row_pk, token])
                            report.rotated += cursor.rowcount
                        last_pk = rows[-1][0]
                reports.append(report)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return reports


class Command(BaseCommand):
    help = (
        "Re-encrypt every encrypted text field under the first key in FIELD_ENCRYPTION_KEYS. "
        "Safe to run again; all-or-nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=DEFAULT_BATCH_SIZE,
            help=f"Rows read per query (default {DEFAULT_BATCH_SIZE}).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count what would change, then roll everything back.",
        )

    def handle(self, *args, **options):
        reports = rotate_encrypted_fields(
            batch_size=options["batch_size"], dry_run=options["dry_run"]
        )
        verb = "would re-encrypt" if options["dry_run"] else "re-encrypted"
        for report in reports:
            self.stdout.write(
                f"{report.label}: {verb} {report.rotated}, "
                f"{report.already_current} already under the current key"
            )
        total = sum(report.rotated for report in reports)
        self.stdout.write(
            self.style.SUCCESS(f"Done: {verb} {total} value(s) in {len(reports)} field(s).")
        )
