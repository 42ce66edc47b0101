from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from functools import lru_cache

from django.db import connections, router
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import TruncDate

from securebase.checkins import vocabulary
from securebase.checkins.history import Earlier, MonthCount, summarize_earlier
from securebase.checkins.models import Checkin, CheckinDay
from securebase.checkins.stats import Day
from securebase.checkins.trends import CheckinFact, group_by_day
from securebase.core.access import clients_own, get_own_or_404, sees_own_rows
from securebase.core.offsets import offset_segments


def checkins_visible_to(viewer) -> QuerySet[Checkin]:
    """The check-ins ``viewer`` may see: a client's own, and nobody else's.

    Check-ins are a client's private practice; clinicians and staff see none of them here.
    """
    return clients_own(Checkin, viewer)


def access_checkin(viewer, pk: int) -> Checkin:
    """One check-in ``viewer`` may see; Http404 when it is missing or someone else's."""
    return get_own_or_404(checkins_visible_to(viewer), viewer, pk)


def checkin_history(viewer) -> QuerySet[Checkin]:
    """``viewer``'s own check-ins, newest first, without the encrypted note (not shown)."""
    return checkins_visible_to(viewer).defer("note")


_FACT_COLUMNS = ("created_at", "anxiety", "triggers", "behaviors")


def checkin_facts(viewer) -> list[CheckinFact]:
    """What the trends need from ``viewer``'s check-ins, in time order, in one query.

    On SQLite and PostgreSQL the rows are read bare and converted here: Django's converters,
    called per column and row, and a JSON parse per value took most of the time of a
    clinician's page over two years of daily check-ins (``_decode_all``). The reference,
    and the path on other databases, is ``plain_checkin_facts``; the tests compare the two.
    """
    queryset = checkins_visible_to(viewer).order_by("created_at", "pk").values_list(*_FACT_COLUMNS)
    if queryset.query.is_empty():
        return []
    connection = connections[queryset.db]
    if connection.vendor not in _JSON:
        return plain_checkin_facts(viewer)
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    # SQLite gives naive UTC datetimes, PostgreSQL aware ones.
    zone = connection.timezone
    words = iter(_decode_all([value for row in rows for value in row[2:]]))
    return [
        CheckinFact(
            at if at.tzinfo is not None else at.replace(tzinfo=zone),
            anxiety,
            tuple(next(words) or ()),
            next(words) or {},
        )
        for at, anxiety, _, _ in rows
    ]


def _decode_all(values: list) -> list:
    """The JSON column values ``values`` decoded, in order, in one call to the parser.

    Both databases hand JSON columns to Django as text. Each text is a whole JSON document
    (the database checks it), so joined with commas inside brackets they are one JSON array
    whose items are exactly their values; NULL reads as None, as the field reads it.
    """
    if not all(isinstance(value, str) or value is None for value in values):
        return [json.loads(value) if isinstance(value, str) else value for value in values]
    return json.loads("[" + ",".join("null" if value is None else value for value in values) + "]")


def plain_checkin_facts(viewer) -> list[CheckinFact]:
    """``checkin_facts`` through the ORM's own conversions: the reference."""
    rows = checkins_visible_to(viewer).order_by("created_at", "pk").values_list(*_FACT_COLUMNS)
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


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@lru_cache(maxsize=64)
def _offsets_since_1970(tz: tzinfo) -> tuple[tuple[str, int], ...]:
    """Each change of ``tz``'s UTC offset since 1970 up to a year ahead, newest first.

    Pairs of (the UTC moment, written as SQLite stores datetimes; the offset in seconds from
    then on), ending with 1970's own offset. Found by ``core.offsets``, once per zone in a
    process.
    """
    (_, first), *changes = offset_segments(tz, _EPOCH, datetime.now(tz=UTC) + timedelta(days=366))
    written = [(since.strftime("%Y-%m-%d %H:%M:%S"), seconds) for since, seconds in changes]
    return (*reversed(written), ("", first))


def _sqlite_local_date(column: str, tz: tzinfo) -> RawSQL:
    """The calendar date in ``tz`` of a UTC datetime column, computed by SQLite itself.

    Django's TruncDate calls a Python function for every row on SQLite; this is the same
    date from SQLite's own date() with the zone's offset at that moment, picked from its
    changes newest first (a check-in is most likely recent). ``checkin_days`` is tested
    against the plain Python grouping in zones with and without daylight saving.
    """
    *changes, (_, first) = _offsets_since_1970(tz)
    branches = " ".join(f"WHEN {column} >= %s THEN %s" for _ in changes)
    params: list[object] = []
    for since, seconds in changes:
        params += [since, f"{seconds:+d} seconds"]
    params.append(f"{first:+d} seconds")
    # Whole seconds: SQLite rounds fractions to milliseconds, which would carry 23:59:59.9999
    # into the next day.
    seconds = f"substr({column}, 1, 19)"
    sql = f"date({seconds}, CASE {branches} ELSE %s END)" if changes else f"date({seconds}, %s)"
    # Only the fixed column name is written into the SQL; every value is a bound parameter.
    return RawSQL(sql, params)  # noqa: S611


def _date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def checkin_days(viewer, tz: tzinfo) -> dict[date, Day]:
    """``viewer``'s own check-ins rolled up by calendar day in ``tz``, oldest day first.

    One query, and the database does the grouping: what comes back grows with the number of
    days, not with the number of check-ins or the words in them. Gives exactly what
    ``trends.group_by_day`` gives for the same check-ins (the tests compare the two); on a
    database other than SQLite or PostgreSQL it is that plain path. Counted from the check-ins
    themselves, in any zone, it needs no kept day counts: how the trends page read the whole
    history before them, and what ``bench/trends.py`` measures the page against.
    """
    queryset = checkins_visible_to(viewer)
    if queryset.query.is_empty():
        return {}
    vendor = connections[queryset.db].vendor
    if vendor not in _JSON:
        return group_by_day(checkin_facts(viewer), tz)
    if vendor == "sqlite":
        local_date = _sqlite_local_date(f'"{Checkin._meta.db_table}"."created_at"', tz)
    else:
        local_date = TruncDate("created_at", tzinfo=tz)
    inner, params = (
        queryset.order_by()
        .annotate(day=local_date)
        .values("id", "day", "anxiety", "triggers", "behaviors")
        .query.sql_with_params()
    )
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(
            _ROLLUP.format(inner=inner, **_JSON[vendor]),
            (*params, vocabulary.ACTED, vocabulary.RESISTED),
        )
        rows = cursor.fetchall()
    days: dict[date, Day] = {}
    for kind, when, key, mark, count, total, low, high in rows:
        local = _date(when)
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


# The trends page in one statement, all from the kept day counts (CheckinDay) in the person's
# current zone: each day of the recent window as it is kept, and the day before it for its run
# length (kind 0), and before the window, per month (kind 3), with each month's longest run.
# The first branch names its types: PostgreSQL would otherwise take its NULLs for text.
_WINDOW = """
SELECT 0, day, CAST(checkins AS BIGINT), CAST(anxiety_total AS BIGINT), low, high,
       CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS {float}), triggers, acted, resisted,
       CAST(run AS BIGINT)
  FROM {table} WHERE user_id = %s AND zone = %s AND day >= %s
UNION ALL
SELECT 3, MIN(day), COUNT(*), SUM(checkins), MIN(low), MAX(high), SUM({acted}), SUM({resisted}),
       SUM(CAST(anxiety_total AS {float}) / checkins), NULL, NULL, NULL, MAX(run)
  FROM {table} WHERE user_id = %s AND zone = %s AND day < %s GROUP BY {month}
"""
_WINDOW_SQL = {
    "sqlite": {
        "float": "REAL",
        "month": "substr(day, 1, 7)",
        "acted": "json_array_length(acted)",
        "resisted": "json_array_length(resisted)",
    },
    "postgresql": {
        "float": "DOUBLE PRECISION",
        # A plain timestamp: a bare date would be cast to one with a time zone first, which
        # costs the database more on every row and changes no month.
        "month": "date_trunc('month', CAST(day AS TIMESTAMP))",
        "acted": "jsonb_array_length(acted)",
        "resisted": "jsonb_array_length(resisted)",
    },
}


def _sum_of_means(value: float | Decimal) -> Decimal:
    # The database adds day means as floating point; nine decimals drop its error and keep
    # every value a sum of a few days' means can take apart.
    return Decimal(str(round(float(value), 9)))


def practice_days(viewer, tz: tzinfo, *, since: date) -> tuple[dict[date, Day], Earlier]:
    """``viewer``'s check-in days from ``since`` on, and what came before, in one query.

    Everything comes from the kept day counts (``CheckinDay``, in ``viewer``'s current zone,
    which ``tz`` must be): the days from ``since`` as they are kept, and before ``since`` the
    months and runs. What is read grows with the window and the number of months, not with
    the check-ins. The plain path for other databases reads every check-in
    (``trends.group_by_day``, ``history.summarize_earlier``); the tests hold the two to the
    same result.
    """
    # Only a client has days of their own (``checkins_visible_to``), asked without building
    # that queryset: the statement below names the owner itself.
    if not sees_own_rows(viewer):
        return {}, Earlier()
    database = router.db_for_read(Checkin)
    vendor = connections[database].vendor
    if vendor not in _WINDOW_SQL:
        days = group_by_day(checkin_facts(viewer), tz)
        return {d: day for d, day in days.items() if d >= since}, summarize_earlier(
            days, since=since
        )
    before = since - timedelta(days=1)
    bound = (since, before) if vendor == "postgresql" else (since.isoformat(), before.isoformat())
    sql = _WINDOW.format(table=CheckinDay._meta.db_table, **_WINDOW_SQL[vendor])
    with connections[database].cursor() as cursor:
        cursor.execute(
            sql, (viewer.pk, viewer.time_zone, bound[1], viewer.pk, viewer.time_zone, bound[0])
        )
        rows = cursor.fetchall()
    window: dict[date, Day] = {}
    months: list[MonthCount] = []
    longest = reaching = 0
    # The window's triggers and behavior keys (JSON columns), decoded in one call.
    kept = iter(_decode_all([value for row in rows if row[0] == 0 for value in row[9:12]]))
    for kind, when, count, total, low, high, acted, resisted, means, *_, run in rows:
        if kind == 0:
            local = _date(when)
            triggers, acted_keys, resisted_keys = next(kept), next(kept), next(kept)
            if local < since:  # the day before the window: only its run is read
                reaching = int(run)
                continue
            window[local] = Day(
                day=local,
                checkins=int(count),
                anxiety_total=int(total),
                low=int(low),
                high=int(high),
                triggers=triggers,
                acted=set(acted_keys),
                resisted=set(resisted_keys),
            )
        else:
            longest = max(longest, int(run))
            months.append(
                MonthCount(
                    first_day=_date(when),
                    days=int(count),
                    checkins=int(total),
                    mean_total=_sum_of_means(means),
                    low=int(low),
                    high=int(high),
                    acted=int(acted),
                    resisted=int(resisted),
                )
            )
    months.sort(key=lambda m: m.first_day)
    return dict(sorted(window.items())), Earlier(tuple(months), longest, reaching)
