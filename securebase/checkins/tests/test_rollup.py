"""The database's roll-up by day gives exactly what the plain Python grouping gives."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import JSONField, Value
from django.test import TestCase

from securebase.checkins import queries, trends, vocabulary
from securebase.checkins.models import Checkin
from securebase.testing import Personas

LA = ZoneInfo("America/Los_Angeles")
AUCKLAND = ZoneInfo("Pacific/Auckland")
ADELAIDE = ZoneInfo("Australia/Adelaide")  # half-hour offset, daylight saving in the south


def add(user, at: datetime, anxiety: int, triggers=(), behaviors=None) -> Checkin:
    return Checkin.objects.create(
        user=user,
        created_at=at,
        updated_at=at,
        anxiety=anxiety,
        triggers=list(triggers),
        behaviors=behaviors or {},
        token=uuid.uuid4(),
    )


class CheckinDaysTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        rng = random.Random(3)
        triggers = [t.key for t in vocabulary.TRIGGERS] + ["retired_word"]
        behaviors = [t.key for t in vocabulary.PROTEST_BEHAVIORS]
        # Across both daylight-saving changes, with several check-ins near midnight.
        start = datetime(2025, 2, 20, tzinfo=UTC)
        for n in range(400):
            at = start + timedelta(hours=rng.randint(0, 24 * 300))
            marks = {key: rng.choice(("acted", "resisted", "")) for key in rng.sample(behaviors, 3)}
            noted = rng.sample(triggers, rng.randint(0, 3))
            if n % 17 == 0:
                noted.append(noted[0] if noted else "slow_reply")  # a key named twice
            add(cls.ada, at, rng.randint(0, 10), noted, {k: v for k, v in marks.items() if v})
        add(cls.ben, start, 9, ["conflict"], {"checking": "acted"})

    def test_the_facts_read_bare_are_the_facts_the_orm_gives(self):
        odd = add(self.ben, datetime(2025, 3, 9, 9, 59, 59, 999999, tzinfo=UTC), 0)
        json_null = Value(None, JSONField())
        Checkin.objects.filter(pk=odd.pk).update(triggers=json_null, behaviors=json_null)
        for user in (self.ada, self.ben):
            with self.assertNumQueries(1):
                facts = queries.checkin_facts(user)
            assert facts == queries.plain_checkin_facts(user)
            assert all(fact.at.tzinfo is not None for fact in facts)
        assert queries.checkin_facts(self.theo) == []

    def test_it_matches_the_plain_grouping_in_any_time_zone(self):
        for tz in (LA, AUCKLAND, ADELAIDE, ZoneInfo("Asia/Kolkata"), UTC):
            facts = queries.plain_checkin_facts(self.ada)
            with self.assertNumQueries(1):
                rolled = queries.checkin_days(self.ada, tz)
            plain = trends.group_by_day(facts, tz)
            # Days compare field by field: count, sum, lowest, highest, triggers, marks.
            assert list(rolled.items()) == list(plain.items()), tz

    def test_it_puts_check_ins_either_side_of_a_clock_change_on_their_own_days(self):
        # Los Angeles moved from -8 to -7 hours at 10:00 UTC on 2025-03-09.
        for at, local in [
            (datetime(2025, 3, 9, 7, 59, 59, 999999, tzinfo=UTC), date(2025, 3, 8)),
            (datetime(2025, 3, 9, 8, 0, tzinfo=UTC), date(2025, 3, 9)),
            (datetime(2025, 3, 10, 6, 59, 59, tzinfo=UTC), date(2025, 3, 9)),
            (datetime(2025, 3, 10, 7, 0, tzinfo=UTC), date(2025, 3, 10)),
            (datetime(1969, 12, 31, 12, tzinfo=UTC), date(1969, 12, 31)),
        ]:
            Checkin.objects.filter(user=self.ben).delete()
            add(self.ben, at, 5)
            assert list(queries.checkin_days(self.ben, LA)) == [local], at

    def test_it_puts_a_late_evening_check_in_on_the_persons_own_day(self):
        add(self.theo, datetime(2025, 3, 11, 6, 30, tzinfo=UTC), 4)  # theo is no client
        assert queries.checkin_days(self.theo, LA) == {}
        rolled = queries.checkin_days(self.ben, LA)
        assert list(rolled) == [date(2025, 2, 19)]
        day = rolled[date(2025, 2, 19)]
        assert (day.checkins, day.mean, day.triggers, day.acted) == (
            1,
            9,
            {"conflict": 1},
            {"checking"},
        )

    def test_it_summarizes_the_same_as_the_reference(self):
        now = datetime(2025, 12, 20, 12, tzinfo=UTC)
        days = queries.checkin_days(self.ada, LA)
        fast = trends.summarize_days(days, None, today=now.astimezone(LA).date())
        plain = trends.summarize_practice(queries.checkin_facts(self.ada), None, now=now, tz=LA)
        assert fast == plain

    def test_it_lists_only_recent_weeks_in_the_tables(self):
        from securebase.checkins.report import recent_tables

        now = datetime(2025, 12, 20, 12, tzinfo=UTC)
        summary = trends.summarize_days(
            queries.checkin_days(self.ada, LA), None, today=now.astimezone(LA).date()
        )
        assert summary.anxiety.granularity == "week"
        assert len(summary.anxiety.points) > 10
        tables = recent_tables(summary, weeks=10)
        assert tables.anxiety == summary.anxiety.points[-10:]
        assert tables.behavior_weeks == summary.behavior_weeks[-10:]
        assert tables.anxiety_cut and tables.behavior_cut and not tables.journal_cut
        whole = recent_tables(summary, weeks=1000)
        assert whole.anxiety == summary.anxiety.points and not whole.anxiety_cut
