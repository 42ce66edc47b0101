"""A client's home asks about care only as far as the client is in care."""

from datetime import UTC, datetime, timedelta

import time_machine
from django.core import mail
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from securebase.care import registry
from securebase.care import services as care_services
from securebase.care.tests.helpers import connect
from securebase.measures import schedules
from securebase.testing import Personas

START = datetime(2026, 3, 2, 15, tzinfo=UTC)


@time_machine.travel(START + timedelta(minutes=5), tick=False)
class ClientHomeTests(Personas, TestCase):
    def home(self, person) -> tuple[str, list[str]]:
        self.client.force_login(person)
        self.client.get(reverse("dashboard:home"))  # the new session's expiry is saved once
        with CaptureQueriesContext(connection) as queries:
            page = self.client.get(reverse("dashboard:home"))
        assert page.status_code == 200
        return page.content.decode(), [q["sql"] for q in queries.captured_queries]

    def test_a_client_in_no_care_relationship_costs_no_homework_or_questionnaire_query(self):
        page, sql = self.home(self.ben)
        assert "You are not connected with a clinician in the app." in page
        assert not any("care_assignment" in q or "measures_request" in q for q in sql)
        # The session, the user, their relationships and their documents to sign.
        assert len(sql) == 4, sql

    def test_a_connected_client_sees_homework_and_what_is_due(self):
        relationship = connect(self.ada, self.theo, areas=["assessments"], now=START)
        care_services.assign_homework(
            relationship=relationship, kind="pause_exercise", target="breathing", now=START
        )
        with self.captureOnCommitCallbacks(execute=True):
            schedules.send_now(relationship=relationship, instrument="phq-9", now=START)
        page, sql = self.home(self.ada)
        assert "Mark done" in page
        assert "Questionnaires waiting for you" in page
        assert any("care_assignment" in q for q in sql)
        assert any("measures_request" in q for q in sql)

    def test_nothing_is_due_once_the_client_stops_sharing_results(self):
        relationship = connect(self.ada, self.theo, areas=["assessments"], now=START)
        with self.captureOnCommitCallbacks(execute=True):
            schedules.send_now(relationship=relationship, instrument="phq-9", now=START)
        care_services.set_area(
            relationship=relationship, area=registry.area("assessments"), on=False, now=START
        )
        mail.outbox.clear()
        page, sql = self.home(self.ada)
        assert "Questionnaires waiting for you" not in page
        assert "No homework at the moment." in page
        assert not any("measures_request" in q for q in sql)
