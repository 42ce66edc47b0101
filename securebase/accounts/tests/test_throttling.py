"""Attacks on login throttling, made the way they were found.

Many addresses guessing one account's password; one proxy address in front of many people;
a forged X-Forwarded-For; and the password asked again on signed-in pages.
"""

from django.core import mail
from django.test import TestCase, override_settings
from django.urls import reverse

from securebase.accounts.models import User
from securebase.core.addresses import parse_networks
from securebase.testing import PASSWORD, Personas, login_verified

PROXY = "10.0.0.5"


class LoginThrottlingTests(Personas, TestCase):
    def log_in(self, email, password, address="203.0.113.1", **headers):
        return self.client.post(
            reverse("accounts:login"),
            {"username": email, "password": password},
            REMOTE_ADDR=address,
            **headers,
        )

    def test_it_locks_an_account_guessed_at_from_many_addresses(self):
        for number in range(1, 5):
            response = self.log_in(self.ada.email, f"guess-{number}", f"198.51.100.{number}")
            assert response.status_code == 200
        # The fifth guess, from a fifth address and with the email in capitals, is refused.
        assert self.log_in("ADA@Example.com", "guess-5", "198.51.100.5").status_code == 429
        # Even the right password from a new address is refused while the pause lasts.
        refused = self.log_in(self.ada.email, PASSWORD, "198.51.100.6")
        assert refused.status_code == 429
        assert "_auth_user_id" not in self.client.session
        # Other accounts are not affected.
        assert self.log_in(self.ben.email, PASSWORD, "198.51.100.7").status_code == 302

    def test_it_locks_an_address_that_tries_many_accounts(self):
        for number in range(4):
            assert self.log_in(f"person{number}@example.com", "guess").status_code == 200
        assert self.log_in("person4@example.com", "guess").status_code == 429
        assert self.log_in(self.ben.email, PASSWORD).status_code == 429
        assert self.log_in(self.ben.email, PASSWORD, "203.0.113.2").status_code == 302

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_it_tells_people_behind_one_trusted_proxy_apart(self):
        # Five people with typos, each from their own address, all through the same proxy.
        for number in range(5):
            response = self.log_in(
                f"person{number}@example.com",
                "typo",
                PROXY,
                HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
            )
            assert response.status_code == 200
        response = self.log_in(self.ada.email, PASSWORD, PROXY, HTTP_X_FORWARDED_FOR="198.51.100.9")
        assert response.status_code == 302

    @override_settings(TRUSTED_PROXY_NETWORKS=parse_networks(["10.0.0.0/24"]))
    def test_it_locks_out_the_guesser_behind_the_proxy_not_everyone(self):
        for _ in range(5):
            self.log_in(
                "person@example.com",
                "guess",
                PROXY,
                HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.66",
            )
        response = self.log_in(
            self.ben.email, PASSWORD, PROXY, HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.66"
        )
        assert response.status_code == 429
        response = self.log_in(self.ada.email, PASSWORD, PROXY, HTTP_X_FORWARDED_FOR="198.51.100.9")
        assert response.status_code == 302

    def test_it_ignores_a_forged_header_when_no_proxy_is_trusted(self):
        # A guesser who invents a new X-Forwarded-For for every try is still one address.
        for number in range(4):
            response = self.log_in(
                f"person{number}@example.com",
                "guess",
                HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
            )
            assert response.status_code == 200
        fifth = self.log_in("person4@example.com", "guess", HTTP_X_FORWARDED_FOR="198.51.100.4")
        assert fifth.status_code == 429
        response = self.log_in(self.ben.email, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.99")
        assert response.status_code == 429


class PasswordAgainTests(Personas, TestCase):
    """Pages that ask a signed-in person for their password count wrong answers like logins."""

    def change_password(self, old):
        new = "another-long-password-77"
        return self.client.post(
            reverse("accounts:password_change"),
            {"old_password": old, "new_password1": new, "new_password2": new},
        )

    def test_it_pauses_password_change_after_five_wrong_old_passwords(self):
        login_verified(self.client, self.ada)
        for number in range(4):
            response = self.change_password(f"guess-{number}")
            assert response.status_code == 200
            assert "incorrectly" in response.text
        assert self.change_password("guess-4").status_code == 429
        assert self.change_password(PASSWORD).status_code == 429
        self.ada.refresh_from_db()
        assert self.ada.check_password(PASSWORD)

    def test_it_changes_the_password_with_the_right_old_one(self):
        login_verified(self.client, self.ada)
        response = self.change_password(PASSWORD)
        assert response.status_code == 302
        self.ada.refresh_from_db()
        assert self.ada.check_password("another-long-password-77")

    def test_it_pauses_account_deletion_after_five_wrong_passwords(self):
        login_verified(self.client, self.ben)
        url = reverse("privacy:delete_account")
        for number in range(4):
            response = self.client.post(url, {"password": f"guess-{number}", "confirm": "on"})
            assert response.status_code == 200
            assert "isn’t right" in response.text
        assert self.client.post(url, {"password": "guess-4", "confirm": "on"}).status_code == 429
        response = self.client.post(url, {"password": PASSWORD, "confirm": "on"})
        assert response.status_code == 429
        assert User.objects.filter(pk=self.ben.pk).exists()

    def test_it_counts_wrong_passwords_on_these_pages_against_the_login_too(self):
        login_verified(self.client, self.ada)
        for number in range(5):
            self.change_password(f"guess-{number}")
        self.client.logout()
        response = self.client.post(
            reverse("accounts:login"),
            {"username": self.ada.email, "password": PASSWORD},
            REMOTE_ADDR="198.51.100.77",
        )
        assert response.status_code == 429


class FormRateLimitTests(Personas, TestCase):
    def test_it_sends_one_person_at_most_three_reset_emails_an_hour(self):
        # The attack as found: fifteen reset requests for one person, here from fifteen addresses.
        statuses = [
            self.client.post(
                reverse("accounts:password_reset"),
                {"email": self.ada.email},
                REMOTE_ADDR=f"198.51.100.{number}",
            ).status_code
            for number in range(15)
        ]
        assert statuses == [302] * 3 + [429] * 12
        assert len(mail.outbox) == 3
        assert all(message.to == [self.ada.email] for message in mail.outbox)

    def test_it_stops_one_address_asking_for_many_resets(self):
        statuses = [
            self.client.post(
                reverse("accounts:password_reset"), {"email": f"person{number}@example.com"}
            ).status_code
            for number in range(12)
        ]
        assert statuses == [302] * 10 + [429] * 2

    def sign_up(self, email, address="203.0.113.1"):
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(
                reverse("accounts:signup"),
                {
                    "full_name": "",
                    "email": email,
                    "time_zone": "America/Los_Angeles",
                    "password1": "slow-mornings-and-tea-7",
                    "password2": "slow-mornings-and-tea-7",
                },
                REMOTE_ADDR=address,
            )

    def test_it_stops_a_script_of_sign_ups_from_one_address(self):
        responses = [self.sign_up(f"bot{number}@example.com") for number in range(12)]
        assert [r.status_code for r in responses] == [302] * 10 + [429] * 2
        assert len(mail.outbox) == 10
        assert "Please wait a little" in responses[-1].text

    def test_it_emails_one_address_at_most_three_times_an_hour_from_sign_up(self):
        statuses = [
            self.sign_up(self.ada.email, f"198.51.100.{number}").status_code for number in range(6)
        ]
        assert statuses == [302] * 3 + [429] * 3
        assert len(mail.outbox) == 3
