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

from django.db.models import Case, Count, OuterRef, Prefetch, Q, Subquery, Sum, When
from django.db.models.functions import TruncDate

from securebase.care import areas, registry, sparkline
from securebase.care.models import CareRelationship, Grant
from securebase.care.queries import active_relationships_of_clinician
from securebase.checkins.models import Checkin
from securebase.core.numbers import round1
from securebase.pause.models import PauseSession

TREND_DAYS = 14
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


def caseload_rows(
    viewer, *, now: datetime, search: str = "", sort: str = "name"
) -> list[CaseloadRow]:
    """``viewer``'s active clients with what each shares; see the module docstring."""
    offered = {a.key: a for a in registry.areas()}
    relationships = (
        active_relationships_of_clinician(viewer)
        .select_related("client")
        .prefetch_related(
            Prefetch(
                "grants",
                queryset=Grant.objects.filter(revoked_at__isnull=True, entry__isnull=True).only(
                    "relationship_id", "area"
                ),
                to_attr="open_grants",
            )
        )
        .annotate(
            last_checkin=_latest(Checkin, "user_id", "created_at"),
            last_pause=_latest(PauseSession, "user_id", "started_at"),
            homework_open=Count("assignments", filter=Q(assignments__done_at__isnull=True)),
            homework_done=Count("assignments", filter=Q(assignments__done_at__isnull=False)),
            homework_overdue=Count(
                "assignments",
                filter=Q(assignments__done_at__isnull=True, assignments__due_on__lt=now.date()),
            ),
        )
    )
    if search.strip():
        term = search.strip()
        relationships = relationships.filter(
            Q(client__full_name__icontains=term) | Q(client__email__icontains=term)
        )
    rows: list[CaseloadRow] = []
    trend_ids = []
    for rel in relationships:
        keys = {g.area for g in rel.open_grants}
        shared = [offered[k] for k in offered if k in keys]
        moments = []
        if areas.CHECKINS in keys and rel.last_checkin:
            moments.append(rel.last_checkin)
        if areas.PAUSES in keys and rel.last_pause:
            moments.append(rel.last_pause)
        row = CaseloadRow(
            relationship=rel,
            shared=shared,
            last_activity=max(moments) if moments else None,
            trend=[] if areas.CHECKINS in keys else None,
            homework_open=rel.homework_open,
            homework_done=rel.homework_done,
            homework_overdue=rel.homework_overdue,
        )
        if row.trend is not None:
            trend_ids.append(rel.client_id)
        rows.append(row)
    _fill_trends(rows, trend_ids, now=now)
    by_id = {row.client.pk: row for row in rows}
    for kind, attr in (
        (registry.DUE, "due"),
        (registry.SCORES, "scores"),
        (registry.MARKERS, "markers"),
    ):
        for provider in registry.caseload_facts(kind):
            for client_id, texts in provider(viewer, list(by_id)).items():
                if client_id in by_id:
                    getattr(by_id[client_id], attr).extend(texts)
    return _sorted(rows, sort)


def _fill_trends(rows: list[CaseloadRow], client_ids: list[int], *, now: datetime) -> None:
    """Daily mean anxiety over each client's last TREND_DAYS local days, in one query."""
    if not client_ids:
        return
    by_client = {row.client.pk: row for row in rows}
    zones = sorted({by_client[i].client.time_zone for i in client_ids})
    local_day = Case(
        *[
            When(user__time_zone=zone, then=TruncDate("created_at", tzinfo=ZoneInfo(zone)))
            for zone in zones
        ]
    )
    sums = (
        Checkin.objects.filter(
            user_id__in=client_ids, created_at__gte=now - timedelta(days=TREND_DAYS + 1)
        )
        .annotate(day=local_day)
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
        row.trend_text = sparkline.describe(row.trend)
        row.trend_svg = sparkline.sparkline(
            row.trend, title=f"Anxiety, last {TREND_DAYS} days: {row.trend_text}"
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
