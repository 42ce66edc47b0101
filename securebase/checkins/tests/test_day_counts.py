"""The kept day counts (CheckinDay) always equal a fresh count of the check-ins."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import UTC, date, datetime, timedelta
from io import StringIO
from unittest import mock

import pytest
from django.apps import apps as installed
from django.core.management import CommandError, call_command
from django.db import connection, connections
from django.test import TestCase, TransactionTestCase
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from securebase.accounts.models import User
from securebase.checkins import queries, rollups, services, vocabulary
from securebase.checkins.forms import CheckinEntry
from securebase.checkins.models import Checkin, CheckinDay
from securebase.checkins.trends import group_by_day
from securebase.testing import PASSWORD, Personas, login_verified, make_client

LA = "America/Los_Angeles"
TRIGGERS = [t.key for t in vocabulary.TRIGGERS[:3]]
BEHAVIORS = [t.key for t in vocabulary.PROTEST_BEHAVIORS[:3]]
START = datetime(2025, 3, 7, tzinfo=UTC)  # the days around Los Angeles' change to summer time


def entry(anxiety: int, triggers=(), behaviors=None) -> CheckinEntry:
    return CheckinEntry(
        anxiety=anxiety,
        emotions=[],
        triggers=list(triggers),
        behaviors=behaviors or {},
        helped=[],
        note="Only counts leave this check-in.",
    )


def fresh_count(user) -> dict:
    return group_by_day(queries.checkin_facts(user), user.tzinfo)


def fresh_runs(user) -> dict[date, int]:
    """Each check-in day's run (days in a row ending on it), counted from scratch."""
    runs: dict[date, int] = {}
    for day in fresh_count(user):
        runs[day] = runs.get(day - timedelta(days=1), 0) + 1
    return runs


def kept_runs(user) -> dict[date, int]:
    return dict(CheckinDay.objects.filter(user=user).order_by("day").values_list("day", "run"))


entries = st.builds(
    entry,
    st.integers(0, 10),
    st.lists(st.sampled_from(TRIGGERS), max_size=3),
    st.dictionaries(st.sampled_from(BEHAVIORS), st.sampled_from(["acted", "resisted"])),
)
steps = st.lists(
    st.one_of(
        # Hours apart from START, so check-ins fall either side of local midnights.
        st.tuples(st.just("create"), st.integers(0, 24 * 4), entries),
        st.tuples(st.just("edit"), st.integers(0, 50), entries),
        st.tuples(st.just("delete"), st.integers(0, 50), st.none()),
    ),
    max_size=14,
)


class RandomSequenceTests(Personas, HypothesisTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ada.time_zone = LA
        cls.ada.save()

    @settings(max_examples=40)
    @given(steps)
    def test_it_equals_a_fresh_count_after_any_creates_edits_and_deletes(self, plan):
        for action, number, answers in plan:
            saved = list(Checkin.objects.filter(user=self.ada).order_by("pk"))
            if action == "create":
                at = START + timedelta(hours=number, minutes=30)
                services.record_checkin(user=self.ada, token=uuid.uuid4(), entry=answers, now=at)
            elif saved and action == "edit":
                checkin = saved[number % len(saved)]
                services.update_checkin(checkin=checkin, entry=answers, now=checkin.created_at)
            elif saved:
                services.delete_checkin(checkin=saved[number % len(saved)])
            assert rollups.stored_days(self.ada) == fresh_count(self.ada)
            assert kept_runs(self.ada) == fresh_runs(self.ada)

    def test_it_renumbers_the_rest_of_a_run_when_a_day_in_it_goes(self):
        made = []
        for n in range(6):
            at = START + timedelta(days=n, hours=20)
            made.append(services.record_checkin(
                user=self.ada, token=uuid.uuid4(), entry=entry(4), now=at
            )[0])  # fmt: skip
        assert list(kept_runs(self.ada).values()) == [1, 2, 3, 4, 5, 6]
        services.delete_checkin(checkin=made[2])
        assert list(kept_runs(self.ada).values()) == [1, 2, 1, 2, 3]
        services.record_checkin(
            user=self.ada, token=uuid.uuid4(), entry=entry(4), now=made[2].created_at
        )
        assert list(kept_runs(self.ada).values()) == [1, 2, 3, 4, 5, 6]


class DayCountTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ada.time_zone = LA
        cls.ada.save()

    def save(self, at: datetime, anxiety: int, **answers) -> Checkin:
        checkin, _ = services.record_checkin(
            user=self.ada, token=uuid.uuid4(), entry=entry(anxiety, **answers), now=at
        )
        return checkin

    def test_it_counts_several_check_ins_on_one_day_without_losing_one(self):
        for n, value in enumerate([3, 8, 5, 5]):
            self.save(START + timedelta(hours=18 + n), value, triggers=["slow_reply"])
        row = CheckinDay.objects.get(user=self.ada)
        assert (row.day, row.checkins, row.anxiety_total, row.low, row.high) == (
            date(2025, 3, 7),
            4,
            21,
            3,
            8,
        )
        assert row.triggers == {"slow_reply": 4}

    def test_it_keeps_only_counts_and_vocabulary_keys(self):
        self.save(START, 4, triggers=["slow_reply"], behaviors={"checking": "acted"})
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM checkins_checkinday")
            stored = repr(cursor.fetchall())
        assert "Only counts" not in stored
        assert "slow_reply" in stored and "checking" in stored

    def test_a_repeated_form_is_counted_once(self):
        token = uuid.uuid4()
        for _ in range(2):
            services.record_checkin(user=self.ada, token=token, entry=entry(6), now=START)
        assert CheckinDay.objects.get(user=self.ada).checkins == 1

    def test_deleting_the_last_check_in_of_a_day_removes_the_day(self):
        checkin = self.save(START, 6)
        services.delete_checkin(checkin=checkin)
        assert not CheckinDay.objects.filter(user=self.ada).exists()

    def test_it_counts_the_days_again_when_the_person_changes_time_zone(self):
        # 07:30 UTC is the evening before in Los Angeles and the same day in Auckland.
        self.save(START + timedelta(hours=7, minutes=30), 7)
        self.save(START + timedelta(hours=20), 3)
        assert list(rollups.stored_days(self.ada)) == [date(2025, 3, 6), date(2025, 3, 7)]
        self.client.force_login(self.ada)
        response = self.client.post(
            reverse("accounts:settings"),
            {
                "full_name": "Ada Park",
                "language": "en",
                "time_zone": LA,
                "other_time_zone": "Pacific/Auckland",
            },
        )
        assert response.status_code == 302
        self.ada.refresh_from_db()
        assert self.ada.time_zone == "Pacific/Auckland"
        assert set(CheckinDay.objects.values_list("zone", flat=True)) == {"Pacific/Auckland"}
        assert rollups.stored_days(self.ada) == fresh_count(self.ada)
        assert list(rollups.stored_days(self.ada)) == [date(2025, 3, 7), date(2025, 3, 8)]

    def test_it_counts_the_days_again_when_the_practice_changes_the_zone_in_the_admin(self):
        self.save(START + timedelta(hours=7, minutes=30), 7)
        self.save(START + timedelta(hours=20), 3)
        staff = User.objects.create_superuser(email="staff@example.com", password=PASSWORD)
        TOTPDevice.objects.create(user=staff, name="Authenticator app", confirmed=True)
        login_verified(self.client, staff)
        url = reverse("admin:accounts_user_change", args=[self.ada.pk])
        joined = timezone.localtime(self.ada.date_joined)
        posted = {
            "email": self.ada.email,
            "full_name": self.ada.full_name,
            "role": self.ada.role,
            "time_zone": "Pacific/Auckland",
            "is_active": "on",
            "date_joined_0": joined.strftime("%Y-%m-%d"),
            "date_joined_1": joined.strftime("%H:%M:%S"),
        }
        response = self.client.post(url, posted)
        assert response.status_code == 302, response.context["adminform"].form.errors
        self.ada.refresh_from_db()
        assert self.ada.time_zone == "Pacific/Auckland"
        assert set(CheckinDay.objects.values_list("zone", flat=True)) == {"Pacific/Auckland"}
        assert list(rollups.stored_days(self.ada)) == [date(2025, 3, 7), date(2025, 3, 8)]

    def test_a_zone_saved_any_other_way_counts_the_days_again_too(self):
        self.save(START + timedelta(hours=7, minutes=30), 7)
        self.save(START + timedelta(hours=20), 3)
        person = User.objects.get(pk=self.ada.pk)  # as a shell or a command would load it
        person.time_zone = "Pacific/Auckland"
        person.save()
        assert set(CheckinDay.objects.values_list("zone", flat=True)) == {"Pacific/Auckland"}
        assert list(rollups.stored_days(person)) == [date(2025, 3, 7), date(2025, 3, 8)]
        # Back again, from the same object: its remembered zone moved with the first save.
        person.time_zone = LA
        person.save()
        assert list(rollups.stored_days(person)) == [date(2025, 3, 6), date(2025, 3, 7)]

    def test_saves_that_leave_the_zone_alone_do_not_count_again(self):
        self.save(START + timedelta(hours=20), 3)
        person = User.objects.get(pk=self.ada.pk)
        with mock.patch.object(rollups, "rebuild") as rebuild:
            person.full_name = "Ada P."
            person.save()
            person.time_zone = "Pacific/Auckland"
            person.save(update_fields=["full_name"])  # the zone is not among the fields saved
            User.objects.create_user(email="new@example.com", password=None, time_zone=LA)
            # Loaded without its zone: Django saves only the loaded fields, and the zone it was
            # never given is not taken for a change.
            only_name = User.objects.only("full_name").get(pk=self.ada.pk)
            only_name.full_name = "Ada"
            only_name.save()
        rebuild.assert_not_called()

    def test_the_migration_and_the_command_count_what_was_saved_around_the_services(self):
        for n in range(30):
            at = START + timedelta(hours=11 * n)
            Checkin.objects.create(
                user=self.ada,
                created_at=at,
                updated_at=at,
                anxiety=n % 11,
                triggers=TRIGGERS[: n % 4],
                behaviors={BEHAVIORS[n % 3]: "resisted"},
                token=uuid.uuid4(),
            )
        assert rollups.stored_days(self.ada) == {}
        migration = __import__(
            "securebase.checkins.migrations.0003_count_existing_days", fromlist=["count_days"]
        )
        migration.count_days(installed, None)
        assert rollups.stored_days(self.ada) == fresh_count(self.ada)
        assert kept_runs(self.ada) == fresh_runs(self.ada)
        CheckinDay.objects.filter(user=self.ada).update(checkins=99)
        CheckinDay.objects.create(
            user=self.ada, zone="UTC", day=date(2020, 1, 1), checkins=1, anxiety_total=1, low=1,
            high=1,
        )  # fmt: skip
        out = StringIO()
        call_command("checkin_rollups", "rebuild", "--email", self.ada.email, stdout=out)
        assert rollups.stored_days(self.ada) == fresh_count(self.ada)
        assert kept_runs(self.ada) == fresh_runs(self.ada)
        assert not CheckinDay.objects.filter(zone="UTC").exists()
        assert f"Counted {len(fresh_count(self.ada))} check-in days." in out.getvalue()

    def test_the_command_names_an_unknown_account(self):
        with pytest.raises(CommandError, match=r"nobody@example\.com"):
            call_command("checkin_rollups", "rebuild", "--email", "nobody@example.com")

    def test_deleting_the_account_deletes_the_day_counts_and_the_export_still_works(self):
        from securebase.privacy.exports import export_user_data
        from securebase.privacy.services import delete_account

        self.save(START, 5)
        exported = json.dumps(export_user_data(self.ada), default=str)
        assert "Only counts leave this check-in." in exported  # the check-in, note and all
        delete_account(user=self.ada)
        assert not CheckinDay.objects.exists()
        assert not Checkin.objects.exists()


class ConcurrentCheckinTests(TransactionTestCase):
    """Check-ins saved at the same moment on one day: every one is counted."""

    def setUp(self):
        if connection.vendor != "postgresql":
            self.skipTest("needs PostgreSQL's row locks; SQLite runs one writer at a time")
        self.ada = make_client(time_zone=LA)

    def test_it_counts_every_one(self):
        ready = threading.Barrier(4)
        errors = []

        def save(value: int) -> None:
            try:
                ready.wait()
                services.record_checkin(
                    user=self.ada, token=uuid.uuid4(), entry=entry(value), now=START
                )
            except Exception as error:
                errors.append(error)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=save, args=(value,)) for value in (2, 9, 4, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        row = CheckinDay.objects.get(user=self.ada)
        assert (row.checkins, row.anxiety_total) == (4, 16)
