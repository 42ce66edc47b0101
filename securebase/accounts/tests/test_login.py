from datetime import timedelta

import time_machine
from django.conf import settings
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from securebase.accounts.models import User
from securebase.testing import PASSWORD, Personas, link_path


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


class SignupTests(Personas, TestCase):
    def sign_up(self, **overrides):
        data = {
            "full_name": "Rae",
            "email": "Rae@Example.com",
            "time_zone": "America/Los_Angeles",
            "password1": "slow-mornings-and-tea-7",
            "password2": "slow-mornings-and-tea-7",
            **overrides,
        }
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(reverse("accounts:signup"), data)

    def confirm(self, message):
        path = link_path(message, "/signup/confirm/")
        page = self.client.get(path)
        assert page.status_code == 200
        return self.client.post(path)

    def test_it_creates_a_client_once_the_email_link_is_followed(self):
        response = self.sign_up()
        self.assertRedirects(response, reverse("accounts:signup_sent"))
        assert not User.objects.filter(email="rae@example.com").exists()
        [message] = mail.outbox
        assert message.to == ["rae@example.com"]
        response = self.confirm(message)
        assert response.status_code == 302
        assert response.url == reverse("dashboard:home")
        user = User.objects.get(email="rae@example.com")
        assert user.full_name == "Rae"
        assert user.role == User.Role.CLIENT
        assert user.check_password("slow-mornings-and-tea-7")
        assert int(self.client.session["_auth_user_id"]) == user.pk

    def test_it_answers_the_same_for_an_email_that_has_an_account(self):
        new = self.sign_up(email="rae@example.com")
        self.client.logout()
        taken = self.sign_up(email="ADA@example.com")
        assert (new.status_code, new.url) == (taken.status_code, taken.url)
        assert "Check your email" in self.client.get(taken.url).text
        # Ada gets a note instead, with nothing about her health in it; her account is unchanged.
        note = mail.outbox[1]
        assert note.to == ["ada@example.com"]
        assert note.subject == "You already have an account"
        assert "/signup/confirm/" not in note.body
        assert "/accounts/login/" in note.body
        assert "/accounts/password-reset/" in note.body
        self.ada.refresh_from_db()
        assert self.ada.check_password(PASSWORD)
        assert User.objects.filter(email__iexact="ada@example.com").count() == 1

    def test_it_follows_a_safe_next_link(self):
        self.sign_up(next="/assessment/")
        assert self.confirm(mail.outbox[0]).url == "/assessment/"

    def test_it_ignores_a_next_link_to_another_site(self):
        self.sign_up(next="https://evil.example/")
        assert self.confirm(mail.outbox[0]).url == reverse("dashboard:home")

    def test_it_makes_no_second_account_when_the_link_is_followed_twice(self):
        self.sign_up()
        self.confirm(mail.outbox[0])
        self.client.logout()
        response = self.confirm(mail.outbox[0])
        assert response.url == reverse("accounts:login")
        assert User.objects.filter(email="rae@example.com").count() == 1

    def test_it_refuses_a_damaged_or_expired_link(self):
        self.sign_up()
        path = link_path(mail.outbox[0], "/signup/confirm/")
        assert self.client.get(path[:-6] + "xxxxx/").status_code == 400
        with time_machine.travel(timezone.now() + timedelta(hours=49)):
            response = self.client.get(path)
        assert response.status_code == 400
        assert "older than two days" in response.text

    def test_it_refuses_mismatched_passwords(self):
        response = self.sign_up(password2="something-else-entirely")
        assert "don’t match" in response.text
        assert not User.objects.filter(email="rae@example.com").exists()
        assert mail.outbox == []


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
