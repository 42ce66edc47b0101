from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase, override_settings
from django.urls import reverse

from securebase.accounts.models import User
from securebase.articles.models import Article
from securebase.bookings.models import WeeklyWindow
from securebase.practice.demo import DEMO_BACKUP_CODES, DEMO_PASSWORD
from securebase.practice.models import ClinicianProfile


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

    def test_it_is_idempotent(self):
        self.seed()
        self.seed()
        assert User.objects.count() == 3
        assert ClinicianProfile.objects.count() == 2
        assert WeeklyWindow.objects.count() == 9

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
