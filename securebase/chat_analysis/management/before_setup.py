"""`manage.py analyze_chat`, run before Django's start-up.

Reading one file needs no database, no models and no other app, so ``manage.py`` hands the
command to ``run_without_setup()`` instead of starting every app first (about half a
second, most of a small chat's time). It does not import ``django.conf`` either: the two
settings it needs are read from the settings module itself, which is all ``django.conf``
would do for them, and its imports (asyncio among them, about 40 ms) are left out of every
run. ``call_command("analyze_chat", ...)`` and ``manage.py help`` go through the ``Command``
in ``commands/analyze_chat.py``, which reads the same defaults from ``django.conf``.
"""

from __future__ import annotations

import importlib
import os

from securebase.chat_analysis import cli


def defaults(settings) -> dict[str, object]:
    """The options whose defaults come from ``settings``: Django's settings object, or the
    settings module."""
    return {
        "tz": settings.PRACTICE_TIME_ZONE,
        "max_mb": settings.CHAT_ANALYSIS_MAX_UPLOAD_BYTES / 1e6,
    }


def run_without_setup(argv: list[str]) -> int:
    """Run the command from ``manage.py analyze_chat ARGS`` without ``django.setup()``.

    The same options, report and exit codes as the ``Command``; an error is printed the way
    Django prints a ``CommandError``.
    """
    settings = importlib.import_module(os.environ["DJANGO_SETTINGS_MODULE"])
    return cli.main(
        argv,
        prog="manage.py analyze_chat",
        defaults=defaults(settings),
        error_prefix="CommandError: ",
    )
