import uuid
from datetime import timedelta

import time_machine
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from securebase.bookings.models import SafetyFollowUp
from securebase.bookings.tests.helpers import book, hours, la, open_hours
from securebase.care.tests.helpers import connect
from securebase.checkins.models import Checkin
from securebase.privacy.models import AuditEvent
from securebase.testing import Personas, login_verified, make_client, make_clinician, site_without

# Tuesday morning in Los Angeles.
NOW = la(2026, 4, 7, 8, 0)


def checkin(client, at) -> Checkin:
    return Checkin.objects.create(
        user=client, created_at=at, updated_at=at, anxiety=5, token=uuid.uuid4()
    )


@time_machine.travel(NOW, tick=False)
class ClinicHomeTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo, approval="request")
        cls.other = make_clinician(email="uma@example.com", full_name="Uma Reyes")
        open_hours(cls.other)

    def home(self):
        login_verified(self.client, self.theo)
        return self.client.get(reverse("dashboard:clinician_home"))

    def test_it_shows_todays_consultations_requests_and_markers(self):
        today = book(self.theo, la(2026, 4, 7, 14, 0), now=NOW - hours(30), full_name="Ann Lee")
        today.status = "confirmed"
        today.save()
        book(self.theo, la(2026, 4, 9, 10, 0), now=NOW, full_name="Rui Costa")
        flagged = book(self.theo, la(2026, 4, 10, 10, 0), now=NOW, full_name="Kim Dang")
        SafetyFollowUp.objects.create(booking=flagged, category="self", rule="t", flagged_at=NOW)
        book(self.other, la(2026, 4, 7, 11, 0), now=NOW - hours(30), full_name="Not Theos")

        response = self.home()

        glances = {g.title: g for g in response.context["glances"]}
        assert [i.text for i in glances["Today’s consultations"].items] == [
            "2:00 PM · Ann Lee · Telehealth (video)"
        ]
        requests = [i.text for i in glances["Requests waiting for your answer"].items]
        assert any("Rui Costa" in text for text in requests)
        markers = glances["Safety markers to review"]
        assert [i.text for i in markers.items] == [
            "Friday, April 10, 10:00 AM · Kim Dang · Telehealth (video)"
        ]
        # Something waiting on safety comes first.
        assert response.context["glances"][0] is markers
        body = response.content.decode()
        assert "Not Theos" not in body
        assert reverse("bookings:clinic_booking", args=[today.uid]) in body
        listed = AuditEvent.objects.filter(action="listed on clinic home", viewer=self.theo)
        assert {e.subject_email for e in listed} == {"ada@example.com"}
        assert listed.count() == 3

    def test_it_says_so_when_the_day_is_clear(self):
        body = self.home().content.decode()
        assert "No consultation today." in body
        assert "No request is waiting." in body
        assert "No safety marker is waiting for review." in body
        assert "Nothing new from your clients in the last two days." in body

    def test_it_lists_clients_with_something_new_in_what_they_share(self):
        connect(self.ada, self.theo, areas=("checkins",), now=NOW - timedelta(days=30))
        connect(self.ben, self.theo, areas=("checkins",), now=NOW - timedelta(days=30))
        checkin(self.ada, NOW - hours(3))
        checkin(self.ben, NOW - timedelta(days=5))
        quiet = make_client(email="cy@example.com", full_name="Cy Hart")
        connect(quiet, self.theo, areas=(), now=NOW - timedelta(days=30))
        checkin(quiet, NOW - hours(1))  # not shared with theo

        response = self.home()

        glance = next(g for g in response.context["glances"] if g.title.startswith("Clients"))
        assert [i.text for i in glance.items] == ["Ada Park: last check-in or pause 3\xa0hours ago"]
        assert AuditEvent.objects.filter(
            viewer=self.theo, subject=self.ada, detail="clinic home"
        ).exists()

    def add_client_with_news(self, n: int) -> None:
        client = make_client(email=f"c{n}@example.com", full_name=f"Client {n}")
        connect(client, self.theo, areas=("checkins", "pauses"), now=NOW - timedelta(days=9))
        checkin(client, NOW - hours(n + 1))
        book(self.theo, la(2026, 4, 8 + n, 10, 0), now=NOW, email=f"c{n}@example.com")

    def test_it_costs_the_same_queries_whatever_the_size_of_the_day(self):
        self.add_client_with_news(0)
        self.home()
        with CaptureQueriesContext(connection) as one:
            self.home()
        for n in range(1, 5):
            self.add_client_with_news(n)
        with CaptureQueriesContext(connection) as five:
            response = self.home()
        assert len(five) == len(one)
        glances = {g.title: g for g in response.context["glances"]}
        assert len(glances["Clients with something new"].items) == 5
        assert len(glances["Requests waiting for your answer"].items) == 5

    def test_each_part_comes_from_its_app_and_leaves_with_it(self):
        login_verified(self.client, self.theo)
        for app in ("securebase.bookings", "securebase.care"):
            with self.subTest(app=app), site_without(app):
                response = self.client.get("/clinic/")
                assert response.status_code == 200
                titles = [g.title for g in response.context["glances"]]
                if app == "securebase.bookings":
                    assert "Today’s consultations" not in titles
                    assert "Clients with something new" in titles
                else:
                    assert "Clients with something new" not in titles
                    assert "Today’s consultations" in titles
