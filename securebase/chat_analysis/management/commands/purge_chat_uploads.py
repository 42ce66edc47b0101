"""`manage.py purge_chat_uploads`: delete expired reality-check data.

Run it every few minutes (cron or a systemd timer; see docs/DEPLOYMENT.md). It deletes
pending analyses past their expiry, and upload files a killed worker left behind (see
uploads.py; they are encrypted, and the key died with the worker). Run it on every server:
pending analyses are shared, so one server at a time purges them (core/periodic.py) while
each server removes its own leftover files.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from securebase.chat_analysis import pending, uploads
from securebase.core.periodic import run_alone


class Command(BaseCommand):
    help = "Delete expired pending chat analyses and leftover upload files."

    def handle(self, *args, **options) -> None:
        with run_alone("purge_chat_uploads") as alone:
            removed = pending.purge_expired() if alone else 0
        # Upload files live on this server's own disk: every server cleans its own.
        leftovers = uploads.remove_leftovers()
        self.stdout.write(
            f"Deleted {removed} expired pending chat analyses and {leftovers} leftover upload "
            "files."
        )
