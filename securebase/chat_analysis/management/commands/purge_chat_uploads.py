"""`manage.py purge_chat_uploads`: delete expired reality-check data.

Run it every few minutes (cron or a systemd timer; see docs/DEPLOYMENT.md). It deletes
pending analyses past their expiry. Running it on several servers at once is harmless: each
deletes whatever is still there.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from securebase.chat_analysis import pending


class Command(BaseCommand):
    help = "Delete expired pending chat analyses."

    def handle(self, *args, **options) -> None:
        removed = pending.purge_expired()
        self.stdout.write(f"Deleted {removed} expired pending chat analyses.")
