"""Queries other apps call, and the journal's part of the data export."""

import json
import uuid
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from django.test import TestCase

from securebase.journal import privacy, queries, services
from securebase.testing import Personas


class EntryDatesTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for moment in [
            datetime(2026, 3, 2, 6, 30, tzinfo=UTC),  # 1 March, 22:30 in Los Angeles
            datetime(2026, 3, 2, 18, 0, tzinfo=UTC),  # 2 March, 10:00 in Los Angeles
            datetime(2026, 3, 2, 19, 0, tzinfo=UTC),  # 2 March again
        ]:
            services.create_entry(
                user=cls.ada, body="x", prompt="", submission_key=uuid.uuid4(), now=moment
            )
        services.create_entry(
            user=cls.ben,
            body="y",
            prompt="",
            submission_key=uuid.uuid4(),
            now=datetime(2026, 1, 1, 12, 0, tzinfo=UTC),
        )

    def test_it_gives_one_local_date_per_entry_oldest_first(self):
        assert queries.entry_dates_for(self.ada) == (
            [date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 2)],
            0,
        )

    def test_from_a_start_it_gives_the_dates_from_then_on_and_counts_the_others(self):
        # Local midnight of 2 March in Los Angeles: the 22:30 entry of 1 March is before it.
        start = datetime(2026, 3, 2, tzinfo=ZoneInfo("America/Los_Angeles"))
        with self.assertNumQueries(1):
            found = queries.entry_dates_for(self.ada, since=start)
        assert found == ([date(2026, 3, 2), date(2026, 3, 2)], 1)
        assert queries.entry_dates_for(self.ada, since=datetime(2026, 3, 2, 18, tzinfo=UTC)) == (
            [date(2026, 3, 2), date(2026, 3, 2)],
            1,
        )  # an entry written at the very moment is counted from it
        assert queries.entry_dates_for(self.ben, since=start) == ([], 1)
        assert queries.entry_dates_for(self.theo, since=start) == ([], 0)

    def test_it_reads_only_that_persons_entries_in_one_query(self):
        with self.assertNumQueries(1):
            assert queries.entry_dates_for(self.ben) == ([date(2026, 1, 1)], 0)

    def test_the_bare_read_gives_the_orms_dates_in_every_zone(self):
        starts = [None, datetime(2026, 3, 2, 18, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)]
        for zone in ("America/Los_Angeles", "Asia/Tokyo", "UTC", "Pacific/Kiritimati"):
            for person in (self.ada, self.ben, self.theo):
                person.time_zone = zone
                for since in [*starts, datetime(2026, 3, 2, tzinfo=person.tzinfo)]:
                    assert queries.entry_dates_for(
                        person, since=since
                    ) == queries.plain_entry_dates_for(person, since=since)

    def test_clinicians_see_no_entries_through_the_queries(self):
        assert list(queries.entries_visible_to(self.theo)) == []
        assert queries.no_contact_plan_for(self.theo) is None


class ExportTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        services.create_entry(
            user=cls.ada,
            body="Dear Sam, I kept the mug.",
            prompt="breakup/unsent-letter",
            submission_key=uuid.uuid4(),
        )
        services.start_no_contact(user=cls.ada, started_on=date(2026, 3, 1))
        services.log_slip(
            user=cls.ada,
            happened_on=date(2026, 3, 4),
            note="Replied to his birthday text.",
            restart_count=True,
            submission_key=uuid.uuid4(),
        )
        services.add_reason(user=cls.ada, text="My sleep came back.", submission_key=uuid.uuid4())
        services.create_entry(
            user=cls.ben, body="ben's own words", prompt="", submission_key=uuid.uuid4()
        )

    def test_it_exports_the_persons_own_text_decrypted_and_nothing_else(self):
        data = privacy.export_user_data(self.ada)
        json.dumps(data)  # JSON-ready
        assert [(e["prompt"], e["text"]) for e in data["entries"]] == [
            ("A letter you will not send", "Dear Sam, I kept the mug.")
        ]
        assert data["no_contact"] == {
            "started_on": "2026-03-01",
            "slips": [
                {
                    "happened_on": "2026-03-04",
                    "note": "Replied to his birthday text.",
                    "restarted_count": True,
                }
            ],
            "reasons": ["My sleep came back."],
        }
        assert "ben's own words" not in json.dumps(data)

    def test_someone_without_a_tracker_exports_an_empty_one(self):
        assert privacy.export_user_data(self.ben)["no_contact"] == {
            "started_on": None,
            "slips": [],
            "reasons": [],
        }
