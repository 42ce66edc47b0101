from __future__ import annotations

import uuid
from datetime import date, datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from securebase.chat_analysis.models import SavedSummary
from securebase.chat_analysis.presentation.summary import summary_numbers


@transaction.atomic
def save_summary(
    *, user, data: dict, token: uuid.UUID, now: datetime | None = None
) -> SavedSummary:
    """Keep the numbers of a report (``report.report_data()`` output) for ``user``, a client.

    Names and all text from the chat are left out (see ``summary.summary_numbers``).
    ``token`` identifies the form: saving the same form twice returns the first summary.
    """
    existing = SavedSummary.objects.filter(user=user, token=token).first()
    if existing is not None:
        return existing
    numbers = summary_numbers(data)
    summary = SavedSummary(
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
    try:
        with transaction.atomic():
            summary.save()
    except IntegrityError:
        existing = SavedSummary.objects.filter(user=user, token=token).first()
        if existing is None:
            raise
        return existing
    return summary


@transaction.atomic
def delete_summary(*, summary: SavedSummary) -> None:
    """Delete one saved summary (the caller got it through ``queries.get_summary``)."""
    summary.delete()
