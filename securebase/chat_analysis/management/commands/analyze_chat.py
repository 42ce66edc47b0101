"""`manage.py analyze_chat FILE [--me NAME] [--json]`: the reality-check report, locally.

Nothing is uploaded or stored: the file is read, the report printed, and that is all.
``manage.py`` runs it before Django's start-up (``management/before_setup.py``); this
``Command`` is what ``call_command("analyze_chat", ...)`` and ``manage.py help`` find, and
does the same with Django started.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from securebase.chat_analysis import cli
from securebase.chat_analysis.management.before_setup import defaults


class Command(BaseCommand):
    # Reading a file needs no database, so skip the system checks and start faster.
    requires_system_checks: list[str] = []
    help = "Print the reply-time reality check for an exported chat (text, or JSON with --json)."

    def add_arguments(self, parser) -> None:
        cli.add_arguments(parser)
        parser.set_defaults(**defaults(settings))

    def handle(self, *args, **options) -> None:
        try:
            cli.run(options, out=self.stdout)
        except cli.CliError as exc:
            raise CommandError(exc.message, returncode=exc.status) from exc
