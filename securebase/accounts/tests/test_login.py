from datetime import timedelta

import time_machine
from django.conf import settings
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from securebase.accounts.models import User
from securebase.testing import PASSWORD, Personas


class LoginTests(Personas, TestCase):
    def log_in(self, email, password, **extra):
        return self.client.post(
            reverse("accounts:login"), {"username": email, "password": password, **extra}
        )

    def test_it_logs_a_client_in_with_email_and_password(self):
        response = self.log_in("ADA@example.com", PASSWORD)
        assert response.status_code == 302
        assert response.url == reverse("dashboard:home")
        assert int(self.client.session["_auth_user_id"]) == self.ada.pk

    def test_it_says_plainly_when_the_password_is_wrong(self):
        response = self.log_in(self.ada.email, "wrong")
        assert response.status_code == 200
        assert "don’t match an account" in response.text

    def test_it_locks_out_after_five_failures_even_with_the_right_password(self):
        start = timezone.now()
        with time_machine.travel(start, tick=False):
            for _ in range(4):
                assert self.log_in(self.ada.email, "wrong").status_code == 200
            fifth = self.log_in(self.ada.email, "wrong")
            assert fifth.status_code == 429
            assert "Too many login attempts" in fifth.text
            assert "paused for 15 minutes" in fifth.text
            refused = self.log_in(self.ada.email, PASSWORD)
            assert refused.status_code == 429
            assert "_auth_user_id" not in self.client.session
        with time_machine.travel(start + timedelta(minutes=14), tick=False):
            assert self.log_in(self.ada.email, PASSWORD).status_code == 429
        # Each attempt during the pause starts it over: 15 minutes after the last one.
        with time_machine.travel(start + timedelta(minutes=28), tick=False):
            assert self.log_in(self.ada.email, PASSWORD).status_code == 429
        with time_machine.travel(start + timedelta(minutes=28 + 16), tick=False):
            response = self.log_in(self.ada.email, PASSWORD)
            assert response.status_code == 302
            assert int(self.client.session["_auth_user_id"]) == self.ada.pk

    def test_it_keeps_a_client_who_ticks_remember_me_for_seven_days(self):
        self.log_in(self.ada.email, PASSWORD, remember_me="on")
        assert self.client.session.get_expiry_age() == 7 * 24 * 60 * 60

    def test_it_ends_a_client_session_without_remember_me_sooner(self):
        self.log_in(self.ada.email, PASSWORD)
        assert self.client.session.get_expiry_age() == settings.CLIENT_SESSION_IDLE_MINUTES * 60

    def test_it_ends_a_clinician_session_after_thirty_idle_minutes(self):
        self.log_in(self.theo.email, PASSWORD, remember_me="on")
        assert self.client.session.get_expiry_age() == 30 * 60

    def test_it_ends_the_session_once_the_idle_time_has_passed(self):
        start = timezone.now()
        with time_machine.travel(start, tick=False):
            self.log_in(self.theo.email, PASSWORD)
        with time_machine.travel(start + timedelta(minutes=31), tick=False):
            response = self.client.get(reverse("accounts:settings"))
            assert response.status_code == 302
            assert response.url.startswith(reverse("accounts:login"))

    def test_it_logs_out_on_post(self):
        self.client.force_login(self.ada)
        response = self.client.post(reverse("accounts:logout"))
        assert response.status_code == 302
        assert "_auth_user_id" not in self.client.session


class SignupTests(TestCase):
    def sign_up(self, **overrides):
        data = {
            "full_name": "Rae",
            "email": "Rae@Example.com",
            "time_zone": "America/Los_Angeles",
            "password1": "slow-mornings-and-tea-7",
            "password2": "slow-mornings-and-tea-7",
            **overrides,
        }
        return self.client.post(reverse("accounts:signup"), data)

    def test_it_creates_a_client_and_logs_them_in(self):
        response = self.sign_up()
        assert response.status_code == 302
        user = User.objects.get()
        assert user.email == "rae@example.com"
        assert user.role == User.Role.CLIENT
        assert user.password.startswith(settings.PASSWORD_HASHERS[0].split(".")[-1][:3].lower())
        assert int(self.client.session["_auth_user_id"]) == user.pk

    def test_it_follows_a_safe_next_link(self):
        response = self.sign_up(next="/assessment/")
        assert response.url == "/assessment/"

    def test_it_ignores_a_next_link_to_another_site(self):
        response = self.sign_up(next="https://evil.example/")
        assert response.url == reverse("dashboard:home")

    def test_it_refuses_a_taken_email_clearly(self):
        self.sign_up()
        self.client.logout()
        response = self.sign_up(email="rae@example.COM")
        assert "already exists" in response.text
        assert User.objects.count() == 1

    def test_it_refuses_mismatched_passwords(self):
        response = self.sign_up(password2="something-else-entirely")
        assert "don’t match" in response.text
        assert not User.objects.exists()


class PasswordResetTests(Personas, TestCase):
    def test_it_emails_a_working_reset_link(self):
        self.client.post(reverse("accounts:password_reset"), {"email": self.ada.email})
        assert len(mail.outbox) == 1
        link = next(line for line in mail.outbox[0].body.splitlines() if "/password-reset/" in line)
        path = link.split("://", 1)[1].split("/", 1)[1]
        response = self.client.get("/" + path, follow=True)
        assert "Choose a new password" in response.text
        self.client.post(
            response.redirect_chain[-1][0],
            {"new_password1": "brand-new-password-9", "new_password2": "brand-new-password-9"},
        )
        self.ada.refresh_from_db()
        assert self.ada.check_password("brand-new-password-9")

    def test_it_says_nothing_about_unknown_addresses(self):
        response = self.client.post(
            reverse("accounts:password_reset"), {"email": "nobody@example.com"}, follow=True
        )
        assert "If that address has an account" in response.text
        assert mail.outbox == []


class ArgonTests(TestCase):
    def test_it_hashes_passwords_with_argon2_in_production_settings(self):
        from securebase import settings as production

        assert production.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
