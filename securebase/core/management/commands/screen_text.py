"""Run the risk-language screen over lines of text, for auditing it against a review set."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand

from securebase.core.risk import screen_text


class Command(BaseCommand):
    help = (
        "Read lines on standard input and print 'risk' or 'none' for each, in order. "
        "With --explain, add the warning-sign category and rule after a tab."
    )
    # Lets tests pass a file object in place of standard input.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "--explain",
            action="store_true",
            help="Also print which category and rule matched (tab-separated).",
        )

    def handle(self, *args, **options):
        source = options.get("stdin") or sys.stdin
        for line in source:
            result = screen_text(line.rstrip("\n"))
            verdict = "risk" if result.matched else "none"
            if options["explain"] and result.matched:
                self.stdout.write(f"{verdict}\t{result.category}\t{result.rule}")
            else:
                self.stdout.write(verdict)
