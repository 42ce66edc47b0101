from __future__ import annotations

import uuid
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone

from securebase.chat_analysis.models import SavedSummary
from securebase.chat_analysis.presentation.summary import summary_numbers
from securebase.core.once import create_once


@transaction.atomic
def save_summary(
    *, user, data: dict, token: uuid.UUID, now: datetime | None = None
) -> SavedSummary:
    """Keep the numbers of a report (``report.report_data()`` output) for ``user``, a client.

    Names and all text from the chat are left out (see ``summary.summary_numbers``).
    ``token`` identifies the form: saving the same form twice returns the first summary.
    """

    def build() -> SavedSummary:
        numbers = summary_numbers(data)
        return SavedSummary(
            user=user,
            token=token,
            created_at=now or timezone.now(),
            source_format=numbers["format"],
            messages_me=numbers["messages"]["me"],
            messages_them=numbers["messages"]["them"],
            first_message_on=date.fromisoformat(numbers["first_message"][:10]),
            last_message_on=date.fromisoformat(numbers["last_message"][:10]),
            numbers=numbers,
        )

    summary, _ = create_once(SavedSummary, lookup={"user": user, "token": token}, build=build)
    return summary


@transaction.atomic
def delete_summary(*, summary: SavedSummary) -> None:
    """Delete one saved summary (the caller got it through ``queries.access_summary``)."""
    summary.delete()
