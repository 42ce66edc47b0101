"""Homework: assigning, the client doing the thing (through each feature's own service) or
marking it done, and the assigning clinician seeing its status."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import time_machine
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from securebase.assessments import services as assessment_services
from securebase.assessments.tests.helpers import ECR_R
from securebase.bookings.tests.helpers import la
from securebase.care import services
from securebase.care.models import Assignment
from securebase.care.tests.helpers import connect
from securebase.checkins import services as checkin_services
from securebase.checkins.forms import CheckinEntry
from securebase.journal import services as journal_services
from securebase.pause import services as pause_services
from securebase.testing import Personas, login_verified, make_clinician

NOW = la(2026, 4, 1, 8, 0)
LATER = NOW + timedelta(hours=2)


@time_machine.travel(NOW, tick=False)
class HomeworkTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")

    def setUp(self):
        self.relationship = connect(self.ada, self.theo, now=NOW)

    def assign(self, kind, target, **extra):
        return services.assign_homework(
            relationship=self.relationship, kind=kind, target=target, now=NOW, **extra
        )

    def assert_done(self, assignment, how="did_it"):
        assignment.refresh_from_db()
        assert assignment.done_at is not None, assignment
        assert assignment.done_how == how

    def assert_open(self, assignment):
        assignment.refresh_from_db()
        assert assignment.done_at is None

    def test_the_clinician_assigns_with_an_encrypted_note_and_the_client_gets_a_bare_email(self):
        login_verified(self.client, self.theo)
        form = self.client.get(reverse("care:assign", args=[self.ada.pk]))
        self.assertContains(form, "you see its status")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("care:assign", args=[self.ada.pk]),
                {
                    "what": "pause_exercise|breathing",
                    "note": "Try it before bed",
                    "due_on": "2026-04-08",
                },
            )
        self.assertRedirects(response, reverse("care:client", args=[self.ada.pk]))
        assignment = Assignment.objects.get()
        assert (assignment.kind, assignment.target) == ("pause_exercise", "breathing")
        assert assignment.due_on == date(2026, 4, 8)
        assert assignment.note == "Try it before bed"
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SELECT note FROM care_assignment")
            assert "Try it before bed" not in cursor.fetchone()[0]
        message = mail.outbox[-1]
        assert message.to == ["ada@example.com"]
        assert "breathing" not in message.body.lower() and "bed" not in message.body

    def test_an_unknown_choice_is_refused(self):
        login_verified(self.client, self.theo)
        response = self.client.post(
            reverse("care:assign", args=[self.ada.pk]), {"what": "surgery|now"}
        )
        assert response.status_code == 400
        assert not Assignment.objects.exists()

    def test_another_clinician_cannot_assign(self):
        login_verified(self.client, self.rosa)
        response = self.client.post(
            reverse("care:assign", args=[self.ada.pk]), {"what": "pause_exercise|breathing"}
        )
        assert response.status_code == 404

    def test_finishing_a_pause_with_the_exercise_completes_it(self):
        breathing = self.assign("pause_exercise", "breathing")
        grounding = self.assign("pause_exercise", "grounding")
        session = pause_services.start_pause(
            user=self.ada, token=uuid.uuid4(), urge="text", urge_before=7, anxiety_before=6
        )
        pause_services.finish_pause(
            session=session,
            exercise="breathing",
            urge_after=3,
            anxiety_after=3,
            outcome="waited",
            now=LATER,
        )
        self.assert_done(breathing)
        self.assert_open(grounding)

    def test_writing_to_the_prompt_completes_it(self):
        prompt = self.assign("journal_prompt", "roots/early-care")
        journal_services.create_entry(
            user=self.ada, body="words", prompt="roots/what-you-needed", submission_key=uuid.uuid4()
        )
        self.assert_open(prompt)
        journal_services.create_entry(
            user=self.ada, body="words", prompt="roots/early-care", submission_key=uuid.uuid4()
        )
        self.assert_done(prompt)

    def test_a_check_in_noting_the_trigger_or_behavior_completes_it(self):
        trigger = self.assign("notice", "trigger:slow_reply")
        behavior = self.assign("notice", "behavior:checking")
        checkin_services.record_checkin(
            user=self.ada,
            token=uuid.uuid4(),
            entry=CheckinEntry(anxiety=5, triggers=["slow_reply"]),
        )
        self.assert_done(trigger)
        self.assert_open(behavior)
        checkin_services.record_checkin(
            user=self.ada,
            token=uuid.uuid4(),
            entry=CheckinEntry(anxiety=5, behaviors={"checking": "resisted"}),
        )
        self.assert_done(behavior)

    def test_taking_the_questionnaire_completes_it(self):
        retake = self.assign("questionnaire", "ecr-r")
        answers = dict.fromkeys(ECR_R.item_ids, 4)
        assessment_services.record_result(
            client=self.ada, instrument=ECR_R, answers=answers, run_id=uuid.uuid4()
        )
        self.assert_done(retake)

    def test_opening_the_article_from_the_assignment_completes_it(self):
        from securebase.articles.models import Article

        article = Article.objects.filter(status="published").first() or Article.objects.first()
        reading = self.assign("article", article.slug)
        self.client.force_login(self.ada)
        response = self.client.get(reverse("care:homework_open", args=[reading.pk]))
        self.assertRedirects(
            response,
            reverse("articles:detail", kwargs={"slug": article.slug}),
            fetch_redirect_response=False,
        )
        self.assert_done(reading)

    def test_the_client_can_mark_it_done_and_no_one_else_can(self):
        assignment = self.assign("pause_exercise", "grounding")
        self.client.force_login(self.ben)
        assert (
            self.client.post(reverse("care:homework_done", args=[assignment.pk])).status_code == 404
        )
        self.assert_open(assignment)
        self.client.force_login(self.ada)
        self.client.post(reverse("care:homework_done", args=[assignment.pk]))
        self.assert_done(assignment, how="marked")

    def test_only_what_was_done_after_assigning_counts(self):
        with time_machine.travel(NOW - timedelta(days=1), tick=False):
            session = pause_services.start_pause(
                user=self.ada, token=uuid.uuid4(), urge="text", urge_before=7, anxiety_before=6
            )
            pause_services.finish_pause(
                session=session,
                exercise="breathing",
                urge_after=3,
                anxiety_after=3,
                outcome="waited",
            )
        assignment = self.assign("pause_exercise", "breathing")
        self.assert_open(assignment)

    def test_nothing_completes_after_the_relationship_ended(self):
        assignment = self.assign("pause_exercise", "breathing")
        services.end_relationship(relationship=self.relationship, by=self.ada)
        session = pause_services.start_pause(
            user=self.ada, token=uuid.uuid4(), urge="text", urge_before=7, anxiety_before=6
        )
        pause_services.finish_pause(
            session=session, exercise="breathing", urge_after=3, anxiety_after=3, outcome="waited"
        )
        self.assert_open(assignment)

    def test_the_assigning_clinician_sees_the_status_and_another_does_not(self):
        assignment = self.assign("pause_exercise", "breathing", note="gently")
        login_verified(self.client, self.theo)
        page = self.client.get(reverse("care:client", args=[self.ada.pk]))
        self.assertContains(page, "Practice: Paced breathing")
        self.assertContains(page, "Not done yet")
        services.mark_homework_done(assignment=assignment, now=LATER)
        page = self.client.get(reverse("care:client", args=[self.ada.pk]))
        self.assertContains(page, "Done Apr 1, 2026")
        login_verified(self.client, self.rosa)
        assert self.client.get(reverse("care:client", args=[self.ada.pk])).status_code == 404


@time_machine.travel(NOW, tick=False)
class ClientHomeTests(Personas, TestCase):
    def test_the_client_sees_homework_on_their_home_with_a_link_and_mark_done(self):
        relationship = connect(self.ada, self.theo, now=NOW)
        assignment = services.assign_homework(
            relationship=relationship,
            kind="journal_prompt",
            target="roots/early-care",
            note="Take your time",
            due_on=date(2026, 4, 8),
        )
        self.client.force_login(self.ada)
        home = self.client.get(reverse("dashboard:home"))
        self.assertContains(home, "Write: The people who looked after you")
        self.assertContains(home, reverse("journal:write_prompt", args=["roots", "early-care"]))
        self.assertContains(home, "Take your time")
        self.assertContains(home, reverse("care:homework_done", args=[assignment.pk]))
        self.assertContains(home, "Your clinician sees whether each one is done.")
        self.client.force_login(self.ben)
        other = self.client.get(reverse("dashboard:home"))
        self.assertNotContains(other, "The people who looked after you")
        self.assertContains(other, "not connected with a clinician")
