"""The demo client's journal (``practice.demo``): one free entry, refreshed on each seed."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from securebase.core.demo_keys import demo_key
from securebase.journal.models import Entry

BODY = (
    "When the reply took all afternoon I started writing the worst story in my head. "
    "I noticed it, went for a walk, and by evening the story was smaller. "
    "Next time I want to remember that the waiting feels worse than it is."
)


@transaction.atomic
def seed(*, clinicians, client, now: datetime | None = None) -> None:
    """Give ``client`` one free journal entry from a few days ago."""
    now = now or timezone.now()
    written = now - timedelta(days=4, hours=3)
    Entry.objects.update_or_create(
        user=client,
        submission_key=demo_key("journal-entry-0"),
        defaults={
            "prompt": "",
            "body": BODY,
            "created_at": written,
            "updated_at": written,
        },
    )
