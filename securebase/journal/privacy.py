"""The journal's part of a person's data export."""

from __future__ import annotations

from securebase.journal.models import Entry, NoContactPlan, NoContactReason, NoContactSlip


def export_user_data(user) -> dict:
    """``user``'s journal entries and no-contact tracker, decrypted, as JSON-ready data."""
    plan = NoContactPlan.objects.filter(user=user).first()
    return {
        "entries": [
            {
                "prompt": entry.prompt_info.title if entry.prompt else "Free entry",
                "prompt_key": entry.prompt,
                "text": entry.body,
                "created_at": entry.created_at.isoformat(),
                "updated_at": entry.updated_at.isoformat(),
            }
            for entry in Entry.objects.filter(user=user).order_by("created_at", "pk")
        ],
        "no_contact": {
            "started_on": plan.started_on.isoformat() if plan else None,
            "slips": [
                {
                    "happened_on": slip.happened_on.isoformat(),
                    "note": slip.note,
                    "restarted_count": slip.restarted_count,
                }
                for slip in NoContactSlip.objects.filter(user=user).order_by("happened_on", "pk")
            ],
            "reasons": [reason.text for reason in NoContactReason.objects.filter(user=user)],
        },
    }
