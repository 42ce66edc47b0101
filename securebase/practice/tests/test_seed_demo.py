from datetime import UTC, datetime, timedelta
from io import StringIO

import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from securebase.accounts.models import User
from securebase.articles.models import Article
from securebase.assessments.models import AssessmentResult
from securebase.bookings.models import Booking, WeeklyWindow
from securebase.care.models import CareRelationship, Grant
from securebase.checkins.models import Checkin
from securebase.journal.models import Entry
from securebase.pause.models import PauseSession
from securebase.practice.demo import DEMO_BACKUP_CODES, DEMO_PASSWORD
from securebase.practice.models import ClinicianProfile
from securebase.testing import login_verified


@override_settings(DEBUG=True)
class SeedDemoTests(TestCase):
    def seed(self) -> str:
        out = StringIO()
        call_command("seed_demo", stdout=out)
        return out.getvalue()

    def test_it_builds_a_demo_practice_and_prints_the_logins(self):
        output = self.seed()
        assert DEMO_PASSWORD in output
        assert "client@demo.example" in output
        assert all(code in output for code in DEMO_BACKUP_CODES)
        assert ClinicianProfile.objects.count() == 2
        assert [p.slug for p in ClinicianProfile.objects.all() if "Spanish" in p.languages] == [
            "lucia-ramirez"
        ]
        assert Article.objects.get().author.clinician_profile.slug == "maya-chen"

    def counts(self) -> dict[str, int]:
        return {
            model.__name__: model.objects.count()
            for model in (
                User,
                ClinicianProfile,
                WeeklyWindow,
                Booking,
                Checkin,
                PauseSession,
                AssessmentResult,
                Entry,
                CareRelationship,
                Grant,
            )
        }

    def test_it_is_idempotent(self):
        self.seed()
        first = self.counts()
        self.seed()
        assert self.counts() == first
        assert first["User"] == 3
        assert first["ClinicianProfile"] == 2
        assert first["WeeklyWindow"] == 9

    def test_seeding_a_week_later_moves_the_history_along_instead_of_adding_to_it(self):
        with time_machine.travel(datetime(2026, 3, 2, 18, tzinfo=UTC), tick=False):
            self.seed()
        first = self.counts()
        with time_machine.travel(datetime(2026, 3, 9, 18, tzinfo=UTC), tick=False):
            self.seed()
            now = timezone.now()
        assert self.counts() == first
        latest = Checkin.objects.order_by("-created_at").first().created_at
        assert now - latest < timedelta(days=1)
        assert not Booking.objects.filter(starts_at__lt=now).exists()

    def test_it_gives_the_demo_client_weeks_of_history_to_look_at(self):
        self.seed()
        client = User.objects.get(email="client@demo.example")
        checkins = Checkin.objects.filter(user=client)
        first, last = checkins.order_by("created_at")[0], checkins.order_by("-created_at")[0]
        assert last.created_at - first.created_at >= timedelta(weeks=4)
        assert checkins.count() >= 25
        assert checkins.exclude(behaviors={}).exists()
        assert PauseSession.objects.filter(user=client, finished_at__isnull=False).count() >= 5
        assert AssessmentResult.objects.filter(client=client).count() == 2
        assert Entry.objects.filter(user=client).count() == 1

    def test_the_first_demo_clinician_sees_the_demo_client_in_their_caseload(self):
        self.seed()
        login_verified(self.client, User.objects.get(email="maya.chen@demo.example"))
        response = self.client.get(reverse("care:caseload"))
        assert "Sam Demo" in response.content.decode()

    def test_it_gives_each_demo_clinician_upcoming_consultations_and_a_request(self):
        self.seed()
        now = timezone.now()
        for profile in ClinicianProfile.objects.all():
            upcoming = Booking.objects.filter(clinician=profile, starts_at__gt=now)
            assert upcoming.filter(status=Booking.Status.CONFIRMED).count() == 2
            assert upcoming.filter(status=Booking.Status.PENDING).count() == 1
        client = User.objects.get(email="client@demo.example")
        assert Booking.objects.filter(client=client).count() == 2

    def test_the_demo_client_sees_their_history_on_each_page(self):
        self.seed()
        self.client.force_login(User.objects.get(email="client@demo.example"))
        trends = self.client.get(reverse("checkins:trends"))
        assert "Nothing here yet" not in trends.content.decode()
        assert "<circle" in trends.content.decode()
        assert trends.context["trends"].insights
        history = self.client.get(reverse("assessments:history"))
        assert history.content.decode().count("ECR-S") >= 2
        journal = self.client.get(reverse("journal:entries"))
        assert "the story was smaller" in journal.content.decode()

    def test_it_gives_the_demo_clinicians_hours_to_book(self):
        self.seed()
        lucia = WeeklyWindow.objects.filter(settings__clinician__slug="lucia-ramirez")
        assert lucia.filter(telehealth=True).count() == 4
        assert lucia.filter(in_person=True).count() == 1

    def test_it_lets_the_demo_clinician_through_two_factor_with_a_backup_code(self):
        self.seed()
        clinician = User.objects.get(email="maya.chen@demo.example")
        self.client.force_login(clinician)
        response = self.client.post(
            reverse("accounts:two_factor_verify"), {"token": DEMO_BACKUP_CODES[0]}
        )
        assert response.status_code == 302
        assert self.client.get(reverse("dashboard:clinician_home")).status_code == 200

    @override_settings(DEBUG=False)
    def test_it_refuses_to_run_in_production_without_force(self):
        with self.assertRaises(CommandError):
            self.seed()
