"""`manage.py analyze_chat FILE [--me NAME] [--json]`: the reality-check report, locally.

Nothing is uploaded or stored: the file is read, the report printed, and that is all.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from securebase.chat_analysis import cli


class Command(BaseCommand):
    # Reading a file needs no database, so skip the system checks and start faster.
    requires_system_checks: list[str] = []
    help = "Print the reply-time reality check for an exported chat (text, or JSON with --json)."

    def add_arguments(self, parser) -> None:
        cli.add_arguments(parser)
        parser.set_defaults(
            tz=settings.PRACTICE_TIME_ZONE, max_mb=settings.CHAT_ANALYSIS_MAX_UPLOAD_BYTES / 1e6
        )

    def handle(self, *args, **options) -> None:
        try:
            cli.run(options, out=self.stdout)
        except cli.CliError as exc:
            raise CommandError(exc.message, returncode=exc.status) from exc
