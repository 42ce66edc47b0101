"""`manage.py purge_chat_uploads`: delete expired reality-check data.

Run it every few minutes (cron or a systemd timer; see docs/DEPLOYMENT.md). It deletes
pending analyses past their expiry, and upload files a killed worker left behind (see
uploads.py; they are encrypted, and the key died with the worker). Running it on several
servers at once is harmless: each deletes whatever is still there.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from securebase.chat_analysis import pending, uploads


class Command(BaseCommand):
    help = "Delete expired pending chat analyses and leftover upload files."

    def handle(self, *args, **options) -> None:
        removed = pending.purge_expired()
        leftovers = uploads.remove_leftovers()
        self.stdout.write(
            f"Deleted {removed} expired pending chat analyses and {leftovers} leftover upload "
            "files."
        )
