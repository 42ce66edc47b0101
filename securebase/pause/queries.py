from __future__ import annotations

from datetime import datetime

from django.db.models import QuerySet

from securebase.core.access import clients_own, get_own_or_404, own_statement_rows, sees_own_rows
from securebase.pause.models import PauseSession
from securebase.pause.summary import (
    PauseFact,
    PauseGroup,
    PauseSummary,
    summarize_pause_groups,
)


def pauses_visible_to(viewer) -> QuerySet[PauseSession]:
    """The pause sessions ``viewer`` may see: a client's own, and nobody else's."""
    return clients_own(PauseSession, viewer)


def access_pause(viewer, pk: int) -> PauseSession:
    """One pause session ``viewer`` may see; Http404 when it is missing or someone else's."""
    return get_own_or_404(pauses_visible_to(viewer), viewer, pk)


def pause_history(viewer) -> QuerySet[PauseSession]:
    """``viewer``'s own pauses, newest first, without the encrypted message (not listed)."""
    return pauses_visible_to(viewer).defer("unsent_message")


def pause_facts(viewer) -> list[PauseFact]:
    """What the trends need from ``viewer``'s pauses, in time order, in one query."""
    rows = (
        pauses_visible_to(viewer)
        .order_by("started_at", "pk")
        .values_list(
            "started_at",
            "exercise",
            "anxiety_before",
            "anxiety_after",
            "urge_before",
            "urge_after",
            "outcome",
        )
    )
    return [
        PauseFact(at, exercise, a_before, a_after, u_before, u_after, outcome or None)
        for at, exercise, a_before, a_after, u_before, u_after, outcome in rows
    ]


# The summary as one fixed statement: the grouping below is what the ORM writes for it, but
# building that query again on every trends page cost more than running it. Each group of
# exercise and outcome counts its pauses, and those rated before and after (anxiety, and
# separately the urge) with their totals. Only the table name is written in; the viewer and
# the start are bound parameters. ``_SUMMARY_SINCE`` summarizes the pauses from a start on
# and adds one row, its exercise NULL (a pause's is never), counting those before it.
_GROUPS = """
SELECT exercise, outcome, COUNT(*),
       COUNT(CASE WHEN {anxiety} THEN 1 END),
       COALESCE(SUM(CASE WHEN {anxiety} THEN anxiety_before END), 0),
       COALESCE(SUM(CASE WHEN {anxiety} THEN anxiety_after END), 0),
       COUNT(CASE WHEN {urge} THEN 1 END),
       COALESCE(SUM(CASE WHEN {urge} THEN urge_before END), 0),
       COALESCE(SUM(CASE WHEN {urge} THEN urge_after END), 0)
  FROM {table} WHERE user_id = %s{since} GROUP BY exercise, outcome
"""
_PARTS = {
    "anxiety": "anxiety_before IS NOT NULL AND anxiety_after IS NOT NULL",
    "urge": "urge_before IS NOT NULL AND urge_after IS NOT NULL",
    "table": PauseSession._meta.db_table,
}
_SUMMARY = _GROUPS.format(since="", **_PARTS)
_SUMMARY_SINCE = (
    _GROUPS.format(since=" AND started_at >= %s", **_PARTS)
    + f"""UNION ALL
SELECT NULL, NULL, COUNT(*), 0, 0, 0, 0, 0, 0
  FROM {_PARTS["table"]} WHERE user_id = %s AND started_at < %s
"""  # noqa: S608 - only the model's own table name is written in
)


def pause_summary(viewer, *, since: datetime | None = None) -> PauseSummary:
    """What ``viewer``'s own pauses add up to (nothing, for anyone but a client); with
    ``since``, the pauses started from that moment on, those before it only counted.

    One query that the database groups by exercise and outcome: a few rows however many
    pauses there are. Equal to ``summary.summarize_pauses(pause_facts(viewer), since=since)``.
    """
    # Only a client has pauses of their own (``pauses_visible_to``), asked without building
    # that queryset: the statement names the owner itself.
    if not sees_own_rows(viewer):
        return summarize_pause_groups(())
    rows = own_statement_rows(
        PauseSession, viewer.pk, whole=_SUMMARY, split=_SUMMARY_SINCE, since=since
    )
    earlier = sum(int(counts[0]) for exercise, _, *counts in rows if exercise is None)
    return summarize_pause_groups(
        (
            PauseGroup(exercise, outcome or None, *(int(n) for n in counts))
            for exercise, outcome, *counts in rows
            if exercise is not None
        ),
        earlier=earlier,
    )
