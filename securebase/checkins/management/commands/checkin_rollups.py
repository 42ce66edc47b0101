"""Repair the per-day check-in counts the trends page reads: ``checkin_rollups rebuild``."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from securebase.checkins import rollups


class Command(BaseCommand):
    help = (
        "rebuild: count every person's check-ins per day again, in their current time zone, "
        "replacing the kept counts (all people, or those named with --email). Safe to run "
        "while the site is up: each person's check-in saves wait for their recount."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild"])
        parser.add_argument(
            "--email", action="append", default=[], help="Only this person (repeatable)."
        )

    def handle(self, *args, action: str, email: list[str], **options):
        users = None
        if email:
            users = list(get_user_model().objects.filter(email__in=email))
            missing = set(email) - {user.email for user in users}
            if missing:
                raise CommandError(f"No account for {', '.join(sorted(missing))}.")
        written = rollups.rebuild(users)
        self.stdout.write(f"Counted {written} check-in days.")
