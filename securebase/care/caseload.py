"""The clinician's caseload: one row per active client, in a fixed number of queries.

Every figure about a client's practice comes only from areas that client shares with this
clinician: the 14-day anxiety trend and the last check-in from "check-ins and trends", the
last pause from "pause history". Rollups are SQL aggregates over indexed columns, so the page
costs the same number of queries for 2 clients or 200, with 2 days or 2 years of data.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.apps import apps
from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    F,
    Func,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import TruncDate
from django.utils.translation import gettext

from securebase.care import areas, registry, sparkline
from securebase.care.models import Assignment, CareRelationship, Grant
from securebase.care.queries import active_relationships_of_clinician
from securebase.core.numbers import round1
from securebase.core.offsets import offset_segments

TREND_DAYS = 14
PAGE_SIZE = 50
RELATIONSHIP_FIELDS = (
    "id",
    "client_id",
    "clinician_id",
    "started_at",
    "client__id",
    "client__email",
    "client__full_name",
    "client__time_zone",
    "client__role",
)
# The areas a caseload row reads (trend, last check-in, last pause): each is one audit row.
AUDITED_AREAS = frozenset({areas.CHECKINS, areas.PAUSES})


@dataclass
class CaseloadRow:
    relationship: CareRelationship
    shared: list[areas.Area]
    last_activity: datetime | None
    trend: list[float | None] | None  # None when check-ins are not shared
    trend_svg: str = ""
    trend_text: str = ""
    homework_open: int = 0
    homework_done: int = 0
    homework_overdue: int = 0
    due: list[str] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)
    scores: list[str] = field(default_factory=list)

    @property
    def client(self):
        return self.relationship.client


def _latest(model, user_field: str, at_field: str):
    return Subquery(
        model.objects.filter(**{user_field: OuterRef("client_id")})
        .order_by(f"-{at_field}")
        .values(at_field)[:1]
    )


def _last_activity() -> dict:
    """The annotations for each client's last check-in and pause, from the apps installed."""
    found = {}
    if apps.is_installed(areas.CHECKINS_APP):
        from securebase.checkins.models import Checkin

        found["last_checkin"] = _latest(Checkin, "user_id", "created_at")
    if apps.is_installed(areas.PAUSE_APP):
        from securebase.pause.models import PauseSession

        found["last_pause"] = _latest(PauseSession, "user_id", "started_at")
    return found


def _local_day(zones: list[str], *, start: datetime, end: datetime, vendor: str):
    """The check-in's calendar date in its writer's time zone, as an SQL expression.

    PostgreSQL converts each time natively (``AT TIME ZONE``). SQLite would call a Python
    function per row for that, so there the date is SQLite's own ``date(created_at, '+N
    seconds')`` with the zone's offset, switching offset at each daylight-saving transition
    inside the window (``core.offsets``): the same dates, tested against the plain conversion.
    """
    if vendor != "sqlite":
        return Case(
            *[
                When(user__time_zone=zone, then=TruncDate("created_at", tzinfo=ZoneInfo(zone)))
                for zone in zones
            ]
        )
    whens = []
    for zone in zones:
        for since, offset in reversed(offset_segments(ZoneInfo(zone), start, end)):
            whens.append(
                When(
                    user__time_zone=zone,
                    created_at__gte=since,
                    then=Value(f"{offset:+d} seconds"),
                )
            )
    return Func(
        F("created_at"),
        Case(*whens, output_field=CharField()),
        function="date",
        output_field=DateField(),
    )


def caseload_rows(
    viewer, *, now: datetime, search: str = "", sort: str = "name"
) -> list[CaseloadRow]:
    """``viewer``'s active clients with what each shares, sorted; see the module docstring.

    The per-day trend, questionnaires due and safety markers are left empty: ``fill_details``
    adds them to the rows a page shows.
    """
    offered = {a.key: a for a in registry.areas()}
    relationships = (
        active_relationships_of_clinician(viewer)
        .select_related("client")
        .only(*RELATIONSHIP_FIELDS)
        .annotate(**_last_activity())
    )
    if search.strip():
        term = search.strip()
        relationships = relationships.filter(
            Q(client__full_name__icontains=term) | Q(client__email__icontains=term)
        )
    relationships = list(relationships)
    if not relationships:
        return []
    # The grants and homework of all of the viewer's active relationships, those a search
    # left out included: a join costs less to build than a list of two hundred ids.
    active = {"relationship__clinician": viewer, "relationship__ended_at__isnull": True}
    open_areas: defaultdict[int, set[str]] = defaultdict(set)
    for rel_id, key in Grant.objects.filter(
        **active, revoked_at__isnull=True, entry__isnull=True
    ).values_list("relationship_id", "area"):
        open_areas[rel_id].add(key)
    homework = {
        item["relationship_id"]: item
        for item in Assignment.objects.filter(**active)
        .values("relationship_id")
        .annotate(
            open=Count("id", filter=Q(done_at__isnull=True)),
            done=Count("id", filter=Q(done_at__isnull=False)),
            overdue=Count("id", filter=Q(done_at__isnull=True, due_on__lt=now.date())),
        )
        .order_by()
    }
    rows: list[CaseloadRow] = []
    for rel in relationships:
        keys = open_areas[rel.pk] & offered.keys()
        shared = [offered[k] for k in offered if k in keys]
        moments = []
        if areas.CHECKINS in keys and getattr(rel, "last_checkin", None):
            moments.append(rel.last_checkin)
        if areas.PAUSES in keys and getattr(rel, "last_pause", None):
            moments.append(rel.last_pause)
        counts = homework.get(rel.pk, {})
        rows.append(
            CaseloadRow(
                relationship=rel,
                shared=shared,
                last_activity=max(moments) if moments else None,
                trend=[] if areas.CHECKINS in keys else None,
                homework_open=counts.get("open", 0),
                homework_done=counts.get("done", 0),
                homework_overdue=counts.get("overdue", 0),
            )
        )
    return _sorted(rows, sort)


def fill_details(viewer, rows: list[CaseloadRow], *, now: datetime) -> None:
    """Add the trend, questionnaires due and safety markers to ``rows`` (one page of them)."""
    _fill_trends(rows, [row.client.pk for row in rows if row.trend is not None], now=now)
    by_id = {row.client.pk: row for row in rows}
    memo: dict = {}
    for kind, attr in (
        (registry.DUE, "due"),
        (registry.SCORES, "scores"),
        (registry.MARKERS, "markers"),
    ):
        for provider in registry.caseload_facts(kind):
            facts = registry.caseload_facts_for(provider, viewer, list(by_id), memo=memo)
            for client_id, texts in facts.items():
                if client_id in by_id:
                    getattr(by_id[client_id], attr).extend(texts)


def _fill_trends(rows: list[CaseloadRow], client_ids: list[int], *, now: datetime) -> None:
    """Daily mean anxiety over each client's last TREND_DAYS local days, in one query."""
    if not client_ids:
        return
    from securebase.checkins.models import Checkin

    by_client = {row.client.pk: row for row in rows}
    zones = sorted({by_client[i].client.time_zone for i in client_ids})
    start = now - timedelta(days=TREND_DAYS + 1)
    sums = (
        Checkin.objects.filter(user_id__in=client_ids, created_at__gte=start)
        .annotate(day=_local_day(zones, start=start, end=now, vendor=connection.vendor))
        .values("user_id", "day")
        .annotate(total=Sum("anxiety"), count=Count("id"))
        .order_by()
    )
    means: dict[int, dict[date, float]] = defaultdict(dict)
    for item in sums:
        means[item["user_id"]][item["day"]] = float(
            round1(Decimal(item["total"]) / Decimal(item["count"]))
        )
    for client_id in client_ids:
        row = by_client[client_id]
        today = now.astimezone(ZoneInfo(row.client.time_zone)).date()
        days = [today - timedelta(days=offset) for offset in range(TREND_DAYS - 1, -1, -1)]
        row.trend = [means[client_id].get(day) for day in days]
        row.trend_text = trend_words(row.trend)
        # The sentence is shown beside the line; the image's name says what it is.
        row.trend_svg = sparkline.sparkline(
            row.trend, title=gettext("Anxiety, last %(days)s days") % {"days": TREND_DAYS}
        )


def _sorted(rows: list[CaseloadRow], sort: str) -> list[CaseloadRow]:
    def name(row: CaseloadRow) -> str:
        return (row.client.full_name or row.client.email).casefold()

    if sort == "activity":
        oldest = datetime.min.replace(tzinfo=ZoneInfo("UTC"))
        return sorted(rows, key=lambda r: (r.last_activity or oldest, name(r)), reverse=True)
    if sort == "homework":
        return sorted(rows, key=lambda r: (-r.homework_overdue, -r.homework_open, name(r)))
    return sorted(rows, key=name)


def trend_words(values) -> str:
    """The sparkline in words, in the page's language (``sparkline.summarize``)."""
    s = sparkline.summarize(values)
    if not s.present:
        return gettext("No check-ins in the last %(days)s days.") % {"days": s.days}
    return gettext(
        "%(present)s of the last %(days)s days with a check-in; average anxiety %(first)s on "
        "the first, %(last)s on the latest; lowest %(lowest)s, highest %(highest)s (0 to 10)."
    ) % vars(s)
