"""A client's saved reality-check summaries, for the account-wide export."""

from __future__ import annotations

from securebase.chat_analysis.models import SavedSummary


def export_user_data(user) -> dict:
    """Every summary ``user`` saved, oldest first: the numbers exactly as kept."""
    tz = user.tzinfo
    rows = SavedSummary.objects.filter(user=user).order_by("created_at", "pk")
    return {
        "time_zone": user.time_zone,
        "saved_summaries": [
            {
                "saved_at": row.created_at.astimezone(tz).isoformat(),
                "source_format": row.source_format,
                "messages_me": row.messages_me,
                "messages_them": row.messages_them,
                "first_message_on": row.first_message_on.isoformat(),
                "last_message_on": row.last_message_on.isoformat(),
                "numbers": row.numbers,
            }
            for row in rows
        ],
    }
