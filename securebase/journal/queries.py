"""Reads of journal and no-contact data, always scoped to the person asking.

The journal is a client's private space: clinicians and staff see none of it, anywhere.
Anything missing or belonging to someone else raises Http404.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from django.db import connections, router
from django.db.models import QuerySet
from django.utils import timezone

from securebase.core.access import (
    clients_own,
    get_for_viewer_or_404,
    get_own_or_404,
    own_statement_rows,
)
from securebase.journal.models import Entry, NoContactPlan, NoContactReason, NoContactSlip
from securebase.journal.nocontact import SlipFact, Stretch, summarize_stretch


def entries_visible_to(viewer) -> QuerySet[Entry]:
    """The journal entries ``viewer`` may see: a client's own; nobody else's, ever."""
    return clients_own(Entry, viewer)


def access_entry(viewer, pk: int) -> Entry:
    """One entry ``viewer`` may see; Http404 when it is missing or someone else's."""
    return get_own_or_404(entries_visible_to(viewer), viewer, pk)


# The moments behind ``entry_dates_for``, in one fixed statement: building the ORM's query
# cost the trends page more than running it. From a start on, one more row, its moment NULL
# (an entry's never is), counts the entries before it.
# Only the model's own table name is written in; the person and the start are bound parameters.
_ENTRY_MOMENTS = f"""
SELECT created_at, 0 FROM {Entry._meta.db_table} WHERE user_id = %s ORDER BY created_at
"""  # noqa: S608
_ENTRY_MOMENTS_SINCE = f"""
SELECT created_at, 0 FROM {Entry._meta.db_table} WHERE user_id = %s AND created_at >= %s
UNION ALL
SELECT NULL, COUNT(*) FROM {Entry._meta.db_table} WHERE user_id = %s AND created_at < %s
ORDER BY 1
"""  # noqa: S608


class EntryDates(NamedTuple):
    dates: list[date]  # the local date of each entry from the start on, oldest first
    earlier: int  # entries before the start, counted only


def entry_dates_for(user, *, since: datetime | None = None) -> EntryDates:
    """The local calendar date of each of ``user``'s journal entries, oldest first; with
    ``since``, of those written from that moment on, the others only counted.

    One date per entry (a day with two entries appears twice), in the user's own time zone.
    Only dates are read, never the encrypted text. For the trends page and similar summaries;
    the caller must already be showing ``user`` their own data. On SQLite and PostgreSQL the
    moments are read bare; ``plain_entry_dates_for`` is the reference (the tests compare them).
    """
    connection = connections[router.db_for_read(Entry)]
    if connection.vendor not in ("sqlite", "postgresql"):
        return plain_entry_dates_for(user, since=since)
    rows = own_statement_rows(
        Entry, user.pk, whole=_ENTRY_MOMENTS, split=_ENTRY_MOMENTS_SINCE, since=since
    )
    tz = user.tzinfo
    # SQLite gives naive datetimes in the connection's zone (UTC), PostgreSQL aware ones.
    zone = connection.timezone
    return EntryDates(
        [
            (at if at.tzinfo is not None else at.replace(tzinfo=zone)).astimezone(tz).date()
            for at, _ in rows
            if at is not None
        ],
        sum(int(count) for at, count in rows if at is None),
    )


def plain_entry_dates_for(user, *, since: datetime | None = None) -> EntryDates:
    """``entry_dates_for`` through the ORM: the reference."""
    tz = user.tzinfo
    entries = Entry.objects.filter(user=user)
    earlier = 0
    if since is not None:
        earlier = entries.filter(created_at__lt=since).count()
        entries = entries.filter(created_at__gte=since)
    moments = entries.order_by("created_at").values_list("created_at", flat=True)
    return EntryDates([moment.astimezone(tz).date() for moment in moments], earlier)


def no_contact_plan_for(viewer) -> NoContactPlan | None:
    """``viewer``'s own no-contact plan, or None (also for anyone who is not a client)."""
    return clients_own(NoContactPlan, viewer).first()


def slips_visible_to(viewer) -> QuerySet[NoContactSlip]:
    """``viewer``'s own logged slips, most recent first."""
    return clients_own(NoContactSlip, viewer)


def reasons_visible_to(viewer) -> QuerySet[NoContactReason]:
    """``viewer``'s own reasons, in the order they were written."""
    return clients_own(NoContactReason, viewer)


def access_slip(viewer, pk: int) -> NoContactSlip:
    """One of ``viewer``'s slips; Http404 when missing or someone else's."""
    return get_for_viewer_or_404(slips_visible_to(viewer), pk)


def access_reason(viewer, pk: int) -> NoContactReason:
    """One of ``viewer``'s reasons; Http404 when missing or someone else's."""
    return get_for_viewer_or_404(reasons_visible_to(viewer), pk)


def stretch_for(viewer, plan: NoContactPlan, *, now=None) -> Stretch:
    """The no-contact count for ``viewer``'s plan, as of ``now`` in the viewer's time zone."""
    now = now or timezone.now()
    facts = [
        SlipFact(happened_on, restarted)
        for happened_on, restarted in slips_visible_to(viewer).values_list(
            "happened_on", "restarted_count"
        )
    ]
    return summarize_stretch(
        started_on=plan.started_on, slips=facts, today=now.astimezone(viewer.tzinfo).date()
    )
