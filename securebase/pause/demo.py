"""The demo client's pauses (``practice.demo``): a handful over the same weeks as the check-ins.

Keyed by fixed tokens and dated from today, like the demo check-ins, so seeding again refreshes
them instead of adding more.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from securebase.core.demo_keys import demo_key
from securebase.pause import exercises
from securebase.pause.models import PauseSession

# (days ago, urge, exercise, urge before/after, anxiety before/after, outcome)
PAUSES = (
    (30, "text", exercises.BREATHING, 9, 7, 8, 6, exercises.SENT),
    (24, "check", exercises.GROUNDING, 8, 5, 7, 5, exercises.WAITED),
    (18, "text", exercises.UNSENT_MESSAGE, 8, 4, 7, 4, exercises.WAITED),
    (12, "ask", exercises.SELF_COMPASSION, 7, 4, 6, 4, exercises.WAITED),
    (6, "text", exercises.URGE_SURFING, 8, 3, 7, 3, exercises.WAITED),
    (2, "check", exercises.BREATHING, 6, 3, 6, 2, exercises.WAITED),
)


@transaction.atomic
def seed(*, clinicians, client, now: datetime | None = None) -> None:
    """Give ``client`` the finished pauses in ``PAUSES`` (refreshed, never doubled)."""
    now = now or timezone.now()
    for index, (days, urge, exercise, u0, u1, a0, a1, outcome) in enumerate(PAUSES):
        started = now - timedelta(days=days, hours=2)
        PauseSession.objects.update_or_create(
            user=client,
            token=demo_key(f"pause-{index}"),
            defaults={
                "started_at": started,
                "finished_at": started + timedelta(minutes=12),
                "urge": urge,
                "exercise": exercise,
                "urge_before": u0,
                "urge_after": u1,
                "anxiety_before": a0,
                "anxiety_after": a1,
                "outcome": outcome,
                "unsent_message": (
                    "I miss you and I hate waiting. I'll wait anyway."
                    if exercise == exercises.UNSENT_MESSAGE
                    else ""
                ),
            },
        )
