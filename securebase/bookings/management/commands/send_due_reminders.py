"""Send consultation reminders that are due. Run it from cron, or as a loop with --every."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from securebase.bookings.services import send_due_reminders


class Command(BaseCommand):
    help = (
        "Send every consultation reminder that is due, once. Safe to run repeatedly or from "
        "several places at once. With --every N it keeps running, checking every N seconds."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="Keep running and check again every SECONDS seconds (for example 60).",
        )
        parser.add_argument(
            "--max-runs",
            type=int,
            metavar="N",
            help="With --every: stop after N checks (default: run until stopped).",
        )

    def handle(self, *args, every=None, max_runs=None, **options):
        if every is not None and every < 1:
            raise CommandError("--every must be at least 1 second.")
        runs = 0
        result = None
        try:
            while True:
                result = send_due_reminders(now=timezone.now())
                runs += 1
                self.stdout.write(
                    f"{timezone.now():%Y-%m-%d %H:%M:%S} UTC: "
                    f"{result.sent} reminder(s) sent, {result.failed} failed"
                )
                if every is None or (max_runs is not None and runs >= max_runs):
                    break
                time.sleep(every)
        except KeyboardInterrupt:
            self.stdout.write("Stopped.")
        if every is None and result is not None and result.failed:
            # Non-zero exit so cron mails the operator; failed reminders retry on the next run.
            raise CommandError(f"{result.failed} reminder(s) could not be sent; will retry.")
