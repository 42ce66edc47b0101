from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from securebase.core.periodic import run_alone
from securebase.records.services import purge_expired_records


class Command(BaseCommand):
    help = (
        "Delete records of care kept after an account was deleted (or made without one) once "
        "RECORDS_RETENTION_YEARS have passed since the person's last contact."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be deleted; delete nothing."
        )

    def handle(self, *args, dry_run: bool, **options):
        years = settings.RECORDS_RETENTION_YEARS
        with run_alone("purge_expired_records") as alone:
            if not alone:
                self.stdout.write("Another server is purging records of care; skipped.")
                return
            purged = purge_expired_records(now=timezone.now(), years=years, dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"Retention period: {years} years after the last contact.")
        for line in purged:
            self.stdout.write(f"{verb} {line.count} {line.model} record(s) past retention.")
        total = sum(line.count for line in purged)
        self.stdout.write(f"{verb} {total} record(s) in all.")
