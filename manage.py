#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "securebase.settings")
    if sys.argv[1:2] == ["analyze_chat"]:
        # Reads one file and needs no app: skip Django's start-up (see that module).
        from securebase.chat_analysis.management.before_setup import run_without_setup

        sys.exit(run_without_setup(sys.argv[2:]))
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
