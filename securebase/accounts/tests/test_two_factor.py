from datetime import UTC, datetime, timedelta

import time_machine
from django.test import TestCase
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.services import replace_backup_codes
from securebase.testing import PASSWORD, Personas, login_verified, make_clinician


def current_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


class TwoFactorTests(Personas, TestCase):
    def test_it_sends_a_clinician_without_two_factor_to_enroll(self):
        newcomer = make_clinician(email="nia@example.com", two_factor=False)
        self.client.force_login(newcomer)
        response = self.client.get(reverse("dashboard:clinician_home"))
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:two_factor_setup"))

    def test_it_lets_an_unverified_clinician_reach_account_settings(self):
        newcomer = make_clinician(email="nia@example.com", two_factor=False)
        self.client.force_login(newcomer)
        assert self.client.get(reverse("accounts:settings")).status_code == 200

    def test_it_asks_an_enrolled_clinician_for_a_code(self):
        self.client.force_login(self.theo)
        response = self.client.get(reverse("articles:list"))
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:two_factor_verify"))

    def test_it_enrolls_with_a_correct_code_and_gives_backup_codes(self):
        newcomer = make_clinician(email="nia@example.com", two_factor=False)
        self.client.force_login(newcomer)
        self.client.get(reverse("accounts:two_factor_setup"))
        device = TOTPDevice.objects.get(user=newcomer)
        response = self.client.post(
            reverse("accounts:two_factor_setup"), {"token": current_code(device)}
        )
        assert response.status_code == 200
        assert len(response.context["codes"]) == 10
        device.refresh_from_db()
        assert device.confirmed
        assert self.client.get(reverse("dashboard:clinician_home")).status_code == 200

    def test_it_refuses_a_wrong_code(self):
        newcomer = make_clinician(email="nia@example.com", two_factor=False)
        self.client.force_login(newcomer)
        self.client.get(reverse("accounts:two_factor_setup"))
        response = self.client.post(reverse("accounts:two_factor_setup"), {"token": "000000"})
        assert "didn’t match" in response.text
        assert not TOTPDevice.objects.get(user=newcomer).confirmed

    def test_it_never_asks_clients_for_two_factor(self):
        self.client.force_login(self.ada)
        assert self.client.get(reverse("dashboard:home")).status_code == 200

    def test_it_lets_a_verified_clinician_in(self):
        login_verified(self.client, self.theo)
        assert self.client.get(reverse("dashboard:clinician_home")).status_code == 200

    def test_it_will_not_replace_an_authenticator_before_the_current_one_is_used(self):
        original = TOTPDevice.objects.get(user=self.theo)
        self.client.force_login(self.theo)  # password only: two-factor not passed yet
        response = self.client.get(reverse("accounts:two_factor_setup"))
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:two_factor_verify"))
        # Even a correct code for a device made behind the page's back changes nothing.
        stranger = TOTPDevice.objects.create(user=self.theo, name="Other phone", confirmed=False)
        response = self.client.post(
            reverse("accounts:two_factor_setup"), {"token": current_code(stranger)}
        )
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:two_factor_verify"))
        assert list(TOTPDevice.objects.filter(user=self.theo, confirmed=True)) == [original]
        assert self.client.get(reverse("dashboard:clinician_home")).status_code == 302

    def test_it_lets_a_verified_clinician_replace_their_authenticator(self):
        login_verified(self.client, self.theo)
        self.client.get(reverse("accounts:two_factor_setup"))
        pending = TOTPDevice.objects.get(user=self.theo, confirmed=False)
        response = self.client.post(
            reverse("accounts:two_factor_setup"), {"token": current_code(pending)}
        )
        assert response.status_code == 200
        assert list(TOTPDevice.objects.filter(user=self.theo)) == [pending]

    def test_it_asks_an_enrolled_clinician_for_a_code_before_a_password_change(self):
        self.client.force_login(self.theo)  # password only: two-factor not passed yet
        for name in ("accounts:password_change", "accounts:settings"):
            response = self.client.get(reverse(name))
            assert response.status_code == 302, name
            assert response.url.startswith(reverse("accounts:two_factor_verify")), name
        response = self.client.post(
            reverse("accounts:password_change"),
            {
                "old_password": PASSWORD,
                "new_password1": "another-long-password-77",
                "new_password2": "another-long-password-77",
            },
        )
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:two_factor_verify"))
        self.theo.refresh_from_db()
        assert self.theo.check_password(PASSWORD)


class SessionKeyTests(TestCase):
    def test_it_gives_the_session_a_new_key_when_two_factor_succeeds(self):
        theo = make_clinician()
        self.client.force_login(theo)
        before = self.client.session.session_key
        device = TOTPDevice.objects.get(user=theo)
        response = self.client.post(
            reverse("accounts:two_factor_verify"), {"token": current_code(device)}
        )
        assert response.status_code == 302
        after = self.client.session.session_key
        assert after != before
        # The old key is worthless now; the new one carries the verified login.
        assert not self.client.session.__class__(before).exists(before)
        assert self.client.get(reverse("dashboard:clinician_home")).status_code == 200

    def test_it_gives_a_new_key_when_enrolling_an_authenticator(self):
        newcomer = make_clinician(email="nia@example.com", two_factor=False)
        self.client.force_login(newcomer)
        self.client.get(reverse("accounts:two_factor_setup"))
        before = self.client.session.session_key
        device = TOTPDevice.objects.get(user=newcomer)
        self.client.post(reverse("accounts:two_factor_setup"), {"token": current_code(device)})
        assert self.client.session.session_key != before
        assert self.client.get(reverse("dashboard:clinician_home")).status_code == 200


class TwoFactorPauseTests(Personas, TestCase):
    """Wrong codes make a device pause (1, 2, 4... seconds); a right code is never called wrong."""

    def setUp(self):
        self.client.force_login(self.theo)
        self.device = TOTPDevice.objects.get(user=self.theo)

    def send(self, token: str):
        return self.client.post(reverse("accounts:two_factor_verify"), {"token": token})

    def test_a_right_code_straight_after_wrong_ones_is_told_to_wait_not_that_it_is_wrong(self):
        start = datetime(2026, 5, 4, 12, 0, 0, tzinfo=UTC)
        # Each wrong code after the previous pause: pauses of 1, 2, then 4 seconds.
        for offset, wrong in ((0, "000000"), (1.5, "111111"), (4, "222222")):
            with time_machine.travel(start + timedelta(seconds=offset), tick=False):
                assert "didn’t match" in self.send(wrong).text
        with time_machine.travel(start + timedelta(seconds=4), tick=False):
            response = self.send(current_code(self.device))
        assert response.status_code == 200
        assert "didn’t match" not in response.text
        assert "Please wait 4 seconds, then enter the newest code" in response.text
        with time_machine.travel(start + timedelta(seconds=8.5), tick=False):
            response = self.send(current_code(self.device))
            assert response.status_code == 302
            assert self.client.get(reverse("dashboard:clinician_home")).status_code == 200

    def test_a_wrong_code_says_so_and_when_the_next_can_be_checked(self):
        start = datetime(2026, 5, 4, 12, 0, 0, tzinfo=UTC)
        with time_machine.travel(start, tick=False):
            first = self.send("000000")
        with time_machine.travel(start + timedelta(seconds=2), tick=False):
            second = self.send("111111")
        assert "That code didn’t match." in first.text
        assert "checked in" not in first.text
        assert "That code didn’t match." in second.text
        assert "The next code can be checked in 2 seconds." in second.text

    def test_a_backup_code_is_accepted_once_the_pause_is_over(self):
        start = datetime(2026, 5, 4, 12, 0, 0, tzinfo=UTC)
        codes = replace_backup_codes(user=self.theo, codes=["12345678"])
        with time_machine.travel(start, tick=False):
            self.send("000000")
            waiting = self.send(codes[0])
        assert "Please wait 1 second," in waiting.text
        with time_machine.travel(start + timedelta(seconds=2), tick=False):
            assert self.send(codes[0]).status_code == 302

    def test_enrolling_says_to_wait_rather_than_calling_a_right_code_wrong(self):
        newcomer = make_clinician(email="nia@example.com", two_factor=False)
        self.client.force_login(newcomer)
        start = datetime(2026, 5, 4, 12, 0, 0, tzinfo=UTC)
        with time_machine.travel(start, tick=False):
            self.client.get(reverse("accounts:two_factor_setup"))
            device = TOTPDevice.objects.get(user=newcomer)
            url = reverse("accounts:two_factor_setup")
            self.client.post(url, {"token": "000000"})
            response = self.client.post(url, {"token": current_code(device)})
        assert "Please wait 1 second," in response.text
        device.refresh_from_db()
        assert not device.confirmed
        with time_machine.travel(start + timedelta(seconds=2), tick=False):
            response = self.client.post(url, {"token": current_code(device)})
        assert response.status_code == 200
        device.refresh_from_db()
        assert device.confirmed
