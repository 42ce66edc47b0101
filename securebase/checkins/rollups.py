"""Check-ins counted per person and local day, kept in ``CheckinDay`` beside the check-ins.

The trends page reads these rows, and no check-in: its recent window a row per day, and what
came before added up per month. So its cost follows what it shows rather than the length of
the history. They are derived data: every number comes from the check-ins through
``trends.group_by_day``, the plain reference, and ``rebuild`` (the ``checkin_rollups rebuild``
command) can throw them away and make them again.

How they stay right:

- **Same transaction.** The check-in services call ``refresh_days`` after their write and
  inside their ``transaction.atomic``; a failed write leaves the rows as they were.
- **No lost counts.** A day is recomputed from its check-ins, never incremented, after
  ``lock_practice`` has locked the person's row (PostgreSQL: ``SELECT … FOR NO KEY UPDATE``, so
  two check-ins saved at once on one day queue, and the second recount sees the first
  check-in). SQLite runs one writer at a time (``transaction_mode = "IMMEDIATE"``), so the
  recount there already sees every committed check-in.
- **Time zones.** A row names the zone its day was worked out in. Reads take only the
  person's current zone; changing zone rebuilds the person's rows in the new one (the
  ``time_zone_changed`` hook, in the same transaction as the change).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, tzinfo

from django.contrib.auth import get_user_model
from django.db import models, transaction

from securebase.checkins.models import Checkin, CheckinDay
from securebase.checkins.stats import Day
from securebase.checkins.trends import CheckinFact, group_by_day


def _facts(checkins: models.QuerySet) -> list[CheckinFact]:
    rows = checkins.order_by("created_at", "pk").values_list(
        "created_at", "anxiety", "triggers", "behaviors"
    )
    return [
        CheckinFact(at, anxiety, tuple(triggers or ()), behaviors or {})
        for at, anxiety, triggers, behaviors in rows
    ]


def _row(day_model: type[models.Model], user_id: int, zone: str, day: Day) -> models.Model:
    return day_model(
        user_id=user_id,
        zone=zone,
        day=day.day,
        checkins=day.checkins,
        anxiety_total=day.anxiety_total,
        low=day.low,
        high=day.high,
        triggers=dict(sorted(day.triggers.items())),
        acted=sorted(day.acted),
        resisted=sorted(day.resisted),
        run=1,
    )


def lock_practice(user) -> None:
    """Make check-in writes for ``user`` queue behind this transaction (PostgreSQL).

    Call inside ``transaction.atomic`` before writing a check-in. ``no_key`` leaves rows that
    only point at the person (a journal entry, a pause) free to be written meanwhile. On
    SQLite there is nothing to lock: its writers already take turns.
    """
    list(get_user_model().objects.select_for_update(no_key=True).filter(pk=user.pk).values("pk"))


def refresh_days(user, days: Iterable[date]) -> None:
    """Recount ``user``'s ``days`` (local dates in their current zone) from their check-ins.

    Call inside the transaction that changed the check-ins, after ``lock_practice``. Reads
    only those days' check-ins (with a day's margin either side, so any zone's midnight is
    covered), whatever the length of the history.
    """
    tz, zone = user.tzinfo, user.time_zone
    for local in set(days):
        start = datetime.combine(local - timedelta(days=1), time(), tzinfo=tz)
        end = datetime.combine(local + timedelta(days=2), time(), tzinfo=tz)
        near = Checkin.objects.filter(user=user, created_at__gte=start, created_at__lt=end)
        found = group_by_day(_facts(near), tz).get(local)
        CheckinDay.objects.filter(user=user, zone=zone, day=local).delete()
        if found is not None:
            _row(CheckinDay, user.pk, zone, found).save()
        _renumber_runs(user.pk, zone, local)


def _renumber_runs(user_id: int, zone: str, changed: date) -> None:
    """Put ``run`` right from ``changed`` on, after that day appeared or disappeared.

    Only the days that follow without a gap can change: a check-in today touches one row;
    deleting the last check-in of a day in a long run renumbers the rest of that run.
    """
    mine = CheckinDay.objects.filter(user_id=user_id, zone=zone)
    previous = mine.filter(day=changed - timedelta(days=1)).values_list("run", flat=True).first()
    run, expected, stale = previous or 0, changed, []
    one_day = timedelta(days=1)
    for row in mine.filter(day__gte=changed).order_by("day").only("day", "run").iterator(100):
        if row.day == expected:
            run += 1
        elif expected == changed and row.day == changed + one_day:
            run = 1  # ``changed`` has no check-in left: the next day starts a run
        else:
            break  # a gap: the runs after it do not depend on ``changed``
        if row.run != run:
            row.run = run
            stale.append(row)
        elif row.day > changed:
            break  # already right, and so is everything after it
        expected = row.day + one_day
    CheckinDay.objects.bulk_update(stale, ["run"])


def rebuild_users(
    users: Iterable[tuple[int, str, tzinfo]],
    *,
    checkin_model: type[models.Model] = Checkin,
    day_model: type[models.Model] = CheckinDay,
) -> int:
    """Replace every rollup row of each ``(user id, zone name, zone)`` with a fresh count.

    Rows in other zones are dropped too. The models are parameters so the data migration
    can pass its historical ones. Returns the number of day rows written.
    """
    written = 0
    for user_id, zone, tz in users:
        day_model.objects.filter(user_id=user_id).delete()
        days = group_by_day(_facts(checkin_model.objects.filter(user_id=user_id)), tz)
        rows = [_row(day_model, user_id, zone, day) for day in days.values()]
        for before, row in zip([None, *rows], rows, strict=False):
            if before is not None and row.day - before.day == timedelta(days=1):
                row.run = before.run + 1
            else:
                row.run = 1
        day_model.objects.bulk_create(rows, batch_size=500)
        written += len(rows)
    return written


def rebuild(users: Iterable | None = None) -> int:
    """Recount every day of ``users`` (default: everyone with a check-in or a rollup row).

    For repair and for a zone change; the work grows with the history, so the page never
    calls it. One transaction per person, so a long repair never holds everyone's lock.
    Returns the number of day rows written.
    """
    if users is None:
        with_data = models.Q(pk__in=Checkin.objects.values("user_id")) | models.Q(
            pk__in=CheckinDay.objects.values("user_id")
        )
        users = get_user_model().objects.filter(with_data).order_by("pk")
    written = 0
    for person in users:
        with transaction.atomic():
            lock_practice(person)
            written += rebuild_users([(person.pk, person.time_zone, person.tzinfo)])
    return written


def on_time_zone_changed(*, user, previous: str) -> None:
    """Hook: ``user``'s zone just changed from ``previous``; count their days in the new one."""
    rebuild([user])


def stored_days(user) -> dict[date, Day]:
    """``user``'s rollup rows in their current zone as Days, oldest first (for checks)."""
    rows = CheckinDay.objects.filter(user=user, zone=user.time_zone).order_by("day")
    return {
        row.day: Day(
            row.day,
            checkins=row.checkins,
            anxiety_total=row.anxiety_total,
            low=row.low,
            high=row.high,
            triggers=dict(row.triggers),
            acted=set(row.acted),
            resisted=set(row.resisted),
        )
        for row in rows
    }
