from __future__ import annotations

from datetime import date, tzinfo

from django.db import connections
from django.db.models import QuerySet
from django.db.models.functions import TruncDate

from securebase.checkins import vocabulary
from securebase.checkins.models import Checkin
from securebase.checkins.stats import Day
from securebase.checkins.trends import CheckinFact, group_by_day
from securebase.core.access import get_for_viewer_or_404


def checkins_visible_to(viewer) -> QuerySet[Checkin]:
    """The check-ins ``viewer`` may see: a client's own, and nobody else's.

    Check-ins are a client's private practice; clinicians and staff see none of them here.
    """
    if not viewer.is_authenticated or not viewer.is_client:
        return Checkin.objects.none()
    return Checkin.objects.filter(user=viewer)


def access_checkin(viewer, pk: int) -> Checkin:
    """One check-in ``viewer`` may see; Http404 when it is missing or someone else's."""
    checkin = get_for_viewer_or_404(checkins_visible_to(viewer), pk)
    checkin.user = viewer  # the owner is the viewer: spare the query
    return checkin


def checkin_history(viewer) -> QuerySet[Checkin]:
    """``viewer``'s own check-ins, newest first, without the encrypted note (not shown)."""
    return checkins_visible_to(viewer).defer("note")


def checkin_facts(viewer) -> list[CheckinFact]:
    """What the trends need from ``viewer``'s check-ins, in time order, in one query."""
    rows = (
        checkins_visible_to(viewer)
        .order_by("created_at", "pk")
        .values_list("created_at", "anxiety", "triggers", "behaviors")
    )
    return [
        CheckinFact(at, anxiety, tuple(triggers or ()), behaviors or {})
        for at, anxiety, triggers, behaviors in rows
    ]


# One statement rolls check-ins up by local day: the day is worked out once per check-in (in
# the materialized CTE), then three groupings share it: anxiety per day (kind 0), check-ins
# naming each trigger per day (kind 1), and each behavior's marks per day (kind 2). Only the
# functions that open a JSON array or object differ between the two databases.
_ROLLUP = """
WITH s AS MATERIALIZED ({inner})
SELECT 0, s.day, NULL, NULL, COUNT(*), SUM(s.anxiety), MIN(s.anxiety), MAX(s.anxiety)
  FROM s GROUP BY s.day
UNION ALL
SELECT 1, s.day, t.value, NULL, COUNT(DISTINCT s.id), NULL, NULL, NULL
  FROM s, {triggers} WHERE {is_array} GROUP BY s.day, t.value
UNION ALL
SELECT 2, s.day, b.key, b.value, NULL, NULL, NULL, NULL
  FROM s, {behaviors} WHERE {is_object} AND b.value IN (%s, %s) GROUP BY s.day, b.key, b.value
"""
_JSON = {
    "sqlite": {
        "triggers": "json_each(s.triggers) t",
        "is_array": "json_type(s.triggers) = 'array'",
        "behaviors": "json_each(s.behaviors) b",
        "is_object": "json_type(s.behaviors) = 'object'",
    },
    "postgresql": {
        "triggers": "jsonb_array_elements_text(s.triggers) t(value)",
        "is_array": "jsonb_typeof(s.triggers) = 'array'",
        "behaviors": "jsonb_each_text(s.behaviors) b(key, value)",
        "is_object": "jsonb_typeof(s.behaviors) = 'object'",
    },
}


def checkin_days(viewer, tz: tzinfo) -> dict[date, Day]:
    """``viewer``'s own check-ins rolled up by calendar day in ``tz``, oldest day first.

    One query, and the database does the grouping: what comes back grows with the number of
    days, not with the number of check-ins or the words in them. Gives exactly what
    ``trends.group_by_day`` gives for the same check-ins (the tests compare the two); on a
    database other than SQLite or PostgreSQL it is that plain path.
    """
    queryset = checkins_visible_to(viewer)
    if queryset.query.is_empty():
        return {}
    vendor = connections[queryset.db].vendor
    if vendor not in _JSON:
        return group_by_day(checkin_facts(viewer), tz)
    inner, params = (
        queryset.order_by()
        .annotate(day=TruncDate("created_at", tzinfo=tz))
        .values("id", "day", "anxiety", "triggers", "behaviors")
        .query.sql_with_params()
    )
    sql = _ROLLUP.format(inner=inner, **_JSON[vendor])
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, (*params, vocabulary.ACTED, vocabulary.RESISTED))
        rows = cursor.fetchall()
    days: dict[date, Day] = {}
    for kind, when, key, mark, count, total, low, high in rows:
        local = when if isinstance(when, date) else date.fromisoformat(when)
        day = days.get(local)
        if day is None:
            day = days[local] = Day(local)
        if kind == 0:
            day.checkins, day.anxiety_total, day.low, day.high = count, total, low, high
        elif kind == 1:
            day.triggers[key] = count
        elif mark == vocabulary.ACTED:
            day.acted.add(key)
        else:
            day.resisted.add(key)
    return dict(sorted(days.items()))
