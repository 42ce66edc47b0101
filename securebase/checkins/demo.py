"""The demo client's check-ins (``practice.demo``): five weeks with patterns to find.

Rows are keyed by fixed tokens and their times follow today's date, so seeding again keeps the
same check-ins and moves them along: the trends page always has recent weeks to show.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from securebase.checkins import rollups
from securebase.checkins.models import Checkin
from securebase.core.demo_keys import demo_key

DAYS = 35
# Days (counted back from today) without a check-in: real weeks have gaps.
SKIPPED = frozenset({3, 9, 10, 17, 24, 30})


def _entry(day: int) -> dict:
    """What the demo client noted ``day`` days ago: slow replies and nights alone raise the
    anxiety, and over the weeks resisting a protest behavior becomes more common."""
    slow_reply = day % 3 == 0
    alone = day % 5 == 1
    recent = day < 14
    anxiety = 3 + (3 if slow_reply else 0) + (2 if alone else 0) - (1 if recent else 0)
    triggers = [k for k, on in (("slow_reply", slow_reply), ("alone_at_night", alone)) if on]
    behaviors = {}
    if slow_reply:
        behaviors["excessive_contact"] = "resisted" if recent or day % 2 else "acted"
    if alone:
        behaviors["checking"] = "resisted" if recent else "acted"
    emotions = ["anxious", "lonely"] if anxiety >= 6 else ["calm"] if anxiety <= 3 else ["on_edge"]
    helped = ["breathing", "talking"] if triggers else ["movement"]
    return {
        "anxiety": max(0, min(10, anxiety)),
        "emotions": emotions,
        "triggers": triggers,
        "behaviors": behaviors,
        "helped": helped,
        "note": "Waited an hour before texting back. It passed." if day == 1 else "",
    }


@transaction.atomic
def seed(*, clinicians, client, now: datetime | None = None) -> None:
    """Give ``client`` a check-in on most of the last ``DAYS`` days (refreshed, never doubled)."""
    now = now or timezone.now()
    tz = client.tzinfo
    today = now.astimezone(tz).date()
    for day in range(DAYS):
        if day in SKIPPED:
            continue
        hour = 21 if day % 2 else 9
        at = datetime.combine(today - timedelta(days=day), time(hour, 15), tzinfo=tz)
        at = min(at, now - timedelta(minutes=5))
        Checkin.objects.update_or_create(
            user=client,
            token=demo_key(f"checkin-{day}"),
            defaults={"created_at": at, "updated_at": at, **_entry(day)},
        )
    # Seeding moves check-ins to other days: count the client's days again.
    rollups.rebuild([client])
