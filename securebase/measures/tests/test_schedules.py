"""Scheduling questionnaires, the emails that say one is waiting, and the care team's pages."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, TransactionTestCase
from django.urls import reverse

from securebase.care import registry
from securebase.care import services as care_services
from securebase.care.tests.helpers import connect
from securebase.measures import care_team, schedules, services
from securebase.measures.models import Request, Schedule
from securebase.measures.tests.helpers import GAD7, PHQ9, answers_totalling
from securebase.privacy.models import AuditEvent
from securebase.testing import Personas, login_verified, make_client, make_clinician

START = datetime(2026, 3, 2, 15, tzinfo=UTC)
AREA = "assessments"


def take(client, instrument, total, *, at, **extra):
    result, _ = services.record_measure(
        client=client,
        instrument=instrument,
        answers=answers_totalling(instrument, total, **extra),
        run_id=uuid.uuid4(),
        taken_at=at,
    )
    return result


class ScheduleServiceTests(Personas, TestCase):
    def setUp(self):
        self.relationship = connect(self.ada, self.theo, areas=[AREA], now=START)
        mail.outbox.clear()

    def every_14_days(self):
        with self.captureOnCommitCallbacks(execute=True):
            return schedules.schedule_questionnaire(
                relationship=self.relationship,
                instrument="gad-7",
                repeat=Schedule.Repeat.EVERY,
                every_days=14,
                now=START,
            )

    def test_it_asks_at_once_and_emails_only_that_a_questionnaire_is_waiting(self):
        self.every_14_days()
        assert [r.due_at for r in schedules.due_for(self.ada, now=START)] == [START]
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["ada@example.com"]
        assert "a questionnaire is waiting for you" in message.subject
        for health_word in ("GAD", "PHQ", "anxiety", "depress", "score"):
            assert health_word.lower() not in (message.subject + message.body).lower()
        assert "/home/" in message.body

    def test_the_next_one_falls_due_after_14_days_and_is_emailed_once(self):
        self.every_14_days()
        take(self.ada, GAD7, 12, at=START + timedelta(hours=1))
        assert schedules.due_for(self.ada, now=START + timedelta(days=13)) == []
        run = schedules.send_due_reminders(now=START + timedelta(days=13, hours=23))
        assert (run.created, run.sent) == (0, 0)
        later = START + timedelta(days=14, minutes=5)
        run = schedules.send_due_reminders(now=later)
        again = schedules.send_due_reminders(now=later + timedelta(minutes=1))
        assert (run.created, run.sent, again.created, again.sent) == (1, 1, 0, 0)
        assert len(mail.outbox) == 2
        assert [r.due_at for r in schedules.due_for(self.ada, now=later)] == [
            START + timedelta(days=14)
        ]

    def test_taking_the_questionnaire_completes_what_was_asked(self):
        self.every_14_days()
        result = take(self.ada, GAD7, 5, at=START + timedelta(minutes=3))
        request = Request.objects.get()
        assert request.completed_at == result.taken_at and request.result == result
        assert schedules.due_for(self.ada, now=START + timedelta(days=1)) == []

    def test_a_phq9_does_not_complete_a_gad7(self):
        self.every_14_days()
        take(self.ada, PHQ9, 5, at=START + timedelta(minutes=3))
        assert len(schedules.due_for(self.ada, now=START + timedelta(days=1))) == 1

    def test_reminders_stop_when_the_client_stops_sharing(self):
        self.every_14_days()
        care_services.set_area(
            relationship=self.relationship, area=registry.area(AREA), on=False, now=START
        )
        later = START + timedelta(days=15)
        assert schedules.due_for(self.ada, now=later) == []
        run = schedules.send_due_reminders(now=later)
        assert (run.created, run.sent) == (0, 0)
        assert len(mail.outbox) == 1

    def test_reminders_stop_when_the_relationship_ends(self):
        self.every_14_days()
        care_services.end_relationship(relationship=self.relationship, by=self.ada, now=START)
        run = schedules.send_due_reminders(now=START + timedelta(days=15))
        assert (run.created, run.sent) == (0, 0)
        assert schedules.due_for(self.ada, now=START + timedelta(days=15)) == []

    def test_an_email_is_claimed_by_a_conditional_update_once(self):
        request = Request.objects.create(
            schedule=Schedule.objects.create(
                relationship=self.relationship, instrument="gad-7", repeat="once"
            ),
            client=self.ada,
            instrument="gad-7",
            due_at=START,
        )
        assert schedules._notify(request.pk, now=START) is True
        assert schedules._notify(request.pk, now=START) is False
        assert len(mail.outbox) == 1

    def test_what_was_asked_is_in_the_clients_data_export(self):
        from securebase.privacy.exports import export_user_data

        self.every_14_days()
        asked = export_user_data(self.ada)["measures"]["asked_by_clinicians"]
        assert [(a["instrument"], a["clinician"], a["repeat"]) for a in asked] == [
            ("gad-7", "theo@example.com", "every")
        ]
        assert asked[0]["emailed_at"] is not None and asked[0]["completed_at"] is None

    def test_a_stopped_schedule_asks_no_more(self):
        schedule = self.every_14_days()
        schedules.stop_schedule(schedule=schedule, now=START)
        assert schedules.due_for(self.ada, now=START) == []
        assert schedules.send_due_reminders(now=START + timedelta(days=30)).created == 0

    def test_a_missed_stretch_asks_once_not_for_every_missed_date(self):
        self.every_14_days()
        run = schedules.send_due_reminders(now=START + timedelta(days=60))
        assert run.created == 1
        assert Schedule.objects.get().next_due_at == START + timedelta(days=74)

    def test_before_each_booked_session(self):
        from securebase.bookings import services as booking_services
        from securebase.bookings.tests.helpers import details, la, open_hours

        schedules.schedule_questionnaire(
            relationship=self.relationship,
            instrument="phq-9",
            repeat=Schedule.Repeat.BEFORE_SESSION,
            now=START,
        )
        assert schedules.due_for(self.ada, now=START) == []
        open_hours(self.theo)
        starts_at = la(2026, 3, 7, 10)  # Saturday 10 am in Los Angeles, 18:00 UTC
        booking = booking_services.book_consultation(
            clinician=self.theo.clinician_profile.slug,
            fmt="telehealth",
            starts_at=starts_at,
            details=details(),
            now=START,
            client=self.ada,
        )
        assert schedules.send_due_reminders(now=starts_at - timedelta(days=3)).created == 0
        run = schedules.send_due_reminders(now=starts_at - timedelta(days=1))
        assert (run.created, run.sent) == (1, 1)
        assert Request.objects.get().booking == booking
        assert schedules.send_due_reminders(now=starts_at - timedelta(hours=2)).created == 0

    def test_it_refuses_a_bad_schedule(self):
        for kwargs in (
            {"instrument": "bdi", "repeat": "once"},
            {"instrument": "gad-7", "repeat": "monthly"},
            {"instrument": "gad-7", "repeat": "every", "every_days": 0},
        ):
            with self.assertRaises(schedules.ScheduleProblem):
                schedules.schedule_questionnaire(
                    relationship=self.relationship, now=START, **kwargs
                )


class CommandTests(Personas, TestCase):
    def test_the_periodic_command_sends_questionnaire_reminders(self):
        relationship = connect(self.ada, self.theo, areas=[AREA], now=START)
        schedule = Schedule.objects.create(
            relationship=relationship,
            instrument="gad-7",
            repeat=Schedule.Repeat.EVERY,
            every_days=14,
            next_due_at=START,
        )
        with time_machine.travel(START + timedelta(minutes=1), tick=False):
            call_command("send_due_reminders", stdout=(out := _Buffer()))
        assert "Symptom questionnaires: 1 sent, 0 failed" in out.text
        assert Request.objects.get(schedule=schedule).notified_at is not None
        assert len(mail.outbox) == 1


class _Buffer:
    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text

    def flush(self):
        pass


class TwoRunsAtOnceTests(TransactionTestCase):
    """Two reminder runs at the same moment send one email (on the file database)."""

    def race(self, target, *, times: int = 2) -> list:
        ready = threading.Barrier(times)
        results = []

        def run():
            try:
                ready.wait(timeout=10)
                results.append(target())
            finally:
                connection.close()

        threads = [threading.Thread(target=run) for _ in range(times)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        return results

    def test_two_claims_of_one_email_at_the_same_instant_send_it_once(self):
        relationship = connect(make_client(), make_clinician(), areas=[AREA], now=START)
        schedule = Schedule.objects.create(
            relationship=relationship, instrument="gad-7", repeat="once"
        )
        request = Request.objects.create(
            schedule=schedule, client=relationship.client, instrument="gad-7", due_at=START
        )
        mail.outbox.clear()
        results = self.race(lambda: schedules._notify(request.pk, now=START), times=4)
        assert sorted(results) == [False, False, False, True]
        assert len(mail.outbox) == 1

    def test_two_simultaneous_runs_send_one_email(self):
        # On the file SQLite database by default; on PostgreSQL with DATABASE_URL set.
        if connection.vendor == "sqlite":
            assert not connection.is_in_memory_db(), "the race needs a real database"
        ada, theo = make_client(), make_clinician()
        relationship = connect(ada, theo, areas=[AREA], now=START)
        Schedule.objects.create(
            relationship=relationship,
            instrument="gad-7",
            repeat=Schedule.Repeat.EVERY,
            every_days=14,
            next_due_at=START,
        )
        mail.outbox.clear()
        results = self.race(lambda: schedules.send_due_reminders(now=START + timedelta(minutes=1)))
        assert sum(r.sent for r in results) == 1, results
        assert sum(r.created for r in results) == 1, results
        assert len(mail.outbox) == 1
        assert Request.objects.count() == 1


class ClinicianPagesTests(Personas, TestCase):
    def setUp(self):
        self.relationship = connect(self.ada, self.theo, areas=[AREA], now=START)

    def test_the_clinician_schedules_from_the_clients_page(self):
        login_verified(self.client, self.theo)
        url = reverse("measures:client_schedules", args=[self.ada.pk])
        page = self.client.get(url)
        assert page.status_code == 200
        assert AuditEvent.objects.filter(subject=self.ada, viewer=self.theo).exists()
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("measures:schedule", args=[self.ada.pk]),
                {"instrument": "gad-7", "repeat": "every", "every_days": "14"},
            )
        self.assertRedirects(response, url)
        schedule = Schedule.objects.get()
        assert (schedule.instrument, schedule.every_days) == ("gad-7", 14)
        assert len(mail.outbox) == 1
        assert "every 14 days" in self.client.get(url).text

    def test_every_without_a_number_is_refused(self):
        login_verified(self.client, self.theo)
        response = self.client.post(
            reverse("measures:schedule", args=[self.ada.pk]),
            {"instrument": "gad-7", "repeat": "every"},
        )
        assert response.status_code == 400
        assert not Schedule.objects.exists()

    def test_without_the_grant_or_as_someone_else_it_is_404(self):
        other = make_clinician(email="una@example.com", full_name="Una Reyes")
        for viewer in (other, self.ben):
            login_verified(self.client, viewer)
            url = reverse("measures:client_schedules", args=[self.ada.pk])
            assert self.client.get(url).status_code == 404
            post = self.client.post(
                reverse("measures:schedule", args=[self.ada.pk]),
                {"instrument": "gad-7", "repeat": "once"},
            )
            assert post.status_code == 404
        care_services.set_area(
            relationship=self.relationship, area=registry.area(AREA), on=False, now=START
        )
        login_verified(self.client, self.theo)
        url = reverse("measures:client_schedules", args=[self.ada.pk])
        assert self.client.get(url).status_code == 404
        assert not Schedule.objects.exists()

    def test_a_schedule_can_be_stopped(self):
        login_verified(self.client, self.theo)
        schedule = schedules.schedule_questionnaire(
            relationship=self.relationship, instrument="phq-9", repeat="once", now=START
        )
        self.client.post(reverse("measures:stop", args=[self.ada.pk, schedule.pk]))
        schedule.refresh_from_db()
        assert schedule.stopped_at is not None

    def test_the_client_sees_it_due_on_the_home_page_and_is_told_about_sharing(self):
        with self.captureOnCommitCallbacks(execute=True):
            schedules.send_now(relationship=self.relationship, instrument="phq-9", now=START)
        self.client.force_login(self.ada)
        with time_machine.travel(START + timedelta(minutes=5)):
            home = self.client.get(reverse("dashboard:home")).text
            take_page = self.client.get(reverse("measures:take", args=["phq-9"])).text
        assert "Questionnaires waiting for you" in home
        assert reverse("measures:take", args=["phq-9"]) in home
        assert "Your results are shared." in take_page
        assert "Theo Alvarez" in take_page and "safety marker" in take_page

    def test_a_client_who_shares_with_nobody_sees_no_sharing_notice(self):
        self.client.force_login(self.ben)
        assert "Your results are shared." not in self.client.get("/questionnaires/phq-9/").text


class CaseloadTests(Personas, TestCase):
    def test_the_caseload_shows_latest_scores_arrows_due_and_the_item_9_marker(self):
        connect(self.ada, self.theo, areas=[AREA], now=START)
        connect(self.ben, self.theo, areas=["checkins"], now=START)
        take(self.ada, GAD7, 12, at=START)
        take(self.ada, GAD7, 8, at=START + timedelta(days=14))
        take(self.ada, PHQ9, 9, at=START + timedelta(days=14), item_9=1)
        take(self.ben, PHQ9, 20, at=START, item_9=2)
        ids = [self.ada.pk, self.ben.pk]
        assert care_team.score_facts(self.theo, ids) == {
            self.ada.pk: ["GAD-7 8, mild, ↓ reliable improvement", "PHQ-9 10, moderate"]
        }
        markers = care_team.marker_facts(self.theo, ids)
        assert list(markers) == [self.ada.pk]
        assert "question 9" in markers[self.ada.pk][0]
        login_verified(self.client, self.theo)
        with time_machine.travel(START + timedelta(days=15)):
            page = self.client.get(reverse("care:caseload")).text
        assert "GAD-7 8, mild, ↓ reliable improvement" in page
        assert "PHQ-9 question 9 above" in page
        # Ben does not share questionnaire results: nothing of his shows.
        assert "PHQ-9 20" not in page

    def test_the_facts_cost_a_fixed_number_of_queries(self):
        clients = [make_client(email=f"c{i}@example.com") for i in range(6)]
        for i, client in enumerate(clients):
            connect(client, self.theo, areas=[AREA], now=START)
            take(client, GAD7, i, at=START)
            take(client, GAD7, i + 3, at=START + timedelta(days=1))
        ids = [c.pk for c in clients]
        with self.assertNumQueries(2):
            care_team.score_facts(self.theo, ids)
        with self.assertNumQueries(1):
            care_team.due_facts(self.theo, ids)

    def test_the_score_and_marker_columns_of_one_page_read_the_results_once(self):
        connect(self.ada, self.theo, areas=[AREA], now=START)
        take(self.ada, GAD7, 12, at=START)
        take(self.ada, PHQ9, 9, at=START + timedelta(days=14), item_9=1)
        ids = [self.ada.pk, self.ben.pk]
        memo: dict = {}
        with self.assertNumQueries(2):
            scores = care_team.score_facts(self.theo, ids, memo=memo)
        with self.assertNumQueries(0):
            markers = care_team.marker_facts(self.theo, ids, memo=memo)
        assert scores == care_team.score_facts(self.theo, ids)
        assert markers == care_team.marker_facts(self.theo, ids)
        assert list(markers) == [self.ada.pk]
