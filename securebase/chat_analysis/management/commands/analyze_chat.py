"""`manage.py analyze_chat FILE [--me NAME] [--json]`: the reality-check report, locally.

Nothing is uploaded or stored: the file is read, the report printed, and that is all.

Reading one file needs no database, no models and no other app, so ``manage.py`` runs this
command through ``run_without_setup()`` before Django's start-up (which imports every app's
models and the admin: about half a second, most of a small chat's time and a fifth of a
million-message one's). ``call_command("analyze_chat", ...)`` and ``manage.py help`` still find
the ``Command`` below, which does the same with Django started.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from securebase.chat_analysis import cli


def defaults() -> dict[str, object]:
    """The options whose defaults come from the settings (reading them needs no app)."""
    return {
        "tz": settings.PRACTICE_TIME_ZONE,
        "max_mb": settings.CHAT_ANALYSIS_MAX_UPLOAD_BYTES / 1e6,
    }


class Command(BaseCommand):
    # Reading a file needs no database, so skip the system checks and start faster.
    requires_system_checks: list[str] = []
    help = "Print the reply-time reality check for an exported chat (text, or JSON with --json)."

    def add_arguments(self, parser) -> None:
        cli.add_arguments(parser)
        parser.set_defaults(**defaults())

    def handle(self, *args, **options) -> None:
        try:
            cli.run(options, out=self.stdout)
        except cli.CliError as exc:
            raise CommandError(exc.message, returncode=exc.status) from exc


def run_without_setup(argv: list[str]) -> int:
    """Run the command from ``manage.py analyze_chat ARGS`` without ``django.setup()``.

    The same options, report and exit codes as the ``Command``; an error is printed the way
    Django prints a ``CommandError``.
    """
    return cli.main(
        argv, prog="manage.py analyze_chat", defaults=defaults(), error_prefix="CommandError: "
    )
