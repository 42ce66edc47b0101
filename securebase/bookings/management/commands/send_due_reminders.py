"""Send the reminders that are due. Run it from cron, or as a loop with --every.

Consultation reminders, then those of every installed app whose ``AppConfig`` names a
``due_reminders`` function (called with ``now=``; it returns counts ``sent`` and ``failed``),
such as the questionnaires a clinician scheduled.
"""

from __future__ import annotations

import time

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.module_loading import import_string

from securebase.bookings.reminders import send_due_reminders
from securebase.core.periodic import run_alone


class Command(BaseCommand):
    help = (
        "Send every consultation reminder that is due, once. Safe to run repeatedly or from "
        "several servers at once: one run works while the others skip. With --every N it "
        "keeps running, checking every N seconds."
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
        runs = failed = 0
        try:
            while True:
                failed = self._run_once()
                runs += 1
                if every is None or (max_runs is not None and runs >= max_runs):
                    break
                time.sleep(every)
        except KeyboardInterrupt:
            self.stdout.write("Stopped.")
        if every is None and failed:
            # Non-zero exit so cron mails the operator; failed reminders retry on the next run.
            raise CommandError(f"{failed} reminder(s) could not be sent; will retry.")

    def _run_once(self) -> int:
        """One check, unless another server is running one; returns the failed sends."""
        now = timezone.now()
        with run_alone("send_due_reminders", lease_seconds=600) as alone:
            if not alone:
                self.stdout.write(
                    f"{now:%Y-%m-%d %H:%M:%S} UTC: another server is sending reminders; skipped"
                )
                return 0
            result = send_due_reminders(now=now)
            self.stdout.write(
                f"{timezone.now():%Y-%m-%d %H:%M:%S} UTC: "
                f"{result.sent} reminder(s) sent, {result.failed} failed"
            )
            failed = result.failed
            for label, run in self._other_reminders(now):
                failed += run.failed
                self.stdout.write(f"  {label}: {run.sent} sent, {run.failed} failed")
            return failed

    def _other_reminders(self, now):
        for config in apps.get_app_configs():
            dotted = getattr(config, "due_reminders", None)
            if dotted:
                yield config.verbose_name, import_string(dotted)(now=now)
