"""Choosing a time zone at sign-up and in settings: a short menu, and a box for any other."""

import re

from django.core import mail
from django.test import TestCase
from django.urls import reverse

from securebase.accounts.models import User
from securebase.accounts.zones import COMMON_ZONES, other_zone_names
from securebase.testing import Personas, link_path


def select_options(html: str) -> list[str]:
    select = re.search(r'<select name="time_zone".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="([^"]+)"', select)


class TimeZoneChoiceTests(Personas, TestCase):
    def sign_up(self, **overrides):
        data = {
            "full_name": "Rae",
            "email": "rae@example.com",
            "time_zone": "America/Los_Angeles",
            "other_time_zone": "",
            "password1": "slow-mornings-and-tea-7",
            "password2": "slow-mornings-and-tea-7",
            **overrides,
        }
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(reverse("accounts:signup"), data)

    def test_sign_up_offers_a_short_menu_and_a_search_for_the_rest(self):
        html = self.client.get(reverse("accounts:signup")).content.decode()
        assert select_options(html) == [zone for zone, _ in COMMON_ZONES]
        assert 'list="id_other_time_zone-zones"' in html
        datalist = html.split("<datalist", 1)[1].split("</datalist>", 1)[0]
        assert '<option value="America/Bogota">' in datalist
        # Every other named zone once, in order, and none of the menu's.
        assert re.findall(r'<option value="([^"]+)">', datalist) == list(other_zone_names())

    def test_a_zone_typed_at_sign_up_is_the_one_the_account_gets(self):
        response = self.sign_up(other_time_zone="bogota")
        self.assertRedirects(response, reverse("accounts:signup_sent"))
        [message] = mail.outbox
        self.client.post(link_path(message, "/signup/confirm/"))
        assert User.objects.get(email="rae@example.com").time_zone == "America/Bogota"

    def test_the_menu_is_used_when_nothing_is_typed(self):
        self.sign_up(time_zone="Europe/London")
        [message] = mail.outbox
        self.client.post(link_path(message, "/signup/confirm/"))
        assert User.objects.get(email="rae@example.com").time_zone == "Europe/London"

    def test_a_name_we_cannot_match_is_explained_and_nothing_is_sent(self):
        response = self.sign_up(other_time_zone="Atlantis")
        assert response.status_code == 200
        self.assertContains(response, "We don’t know a time zone called “Atlantis”")
        self.assertContains(response, 'value="Atlantis"')
        assert mail.outbox == []

    def test_settings_take_a_typed_zone_and_then_offer_it_first(self):
        self.client.force_login(self.ada)
        response = self.client.post(
            reverse("accounts:settings"),
            {
                "full_name": "Ada Park",
                "time_zone": "America/Los_Angeles",
                "other_time_zone": "Asia/kolkata",
            },
        )
        assert response.status_code == 302
        self.ada.refresh_from_db()
        assert self.ada.time_zone == "Asia/Kolkata"
        html = self.client.get(reverse("accounts:settings")).content.decode()
        assert select_options(html)[0] == "Asia/Kolkata"
        assert '<option value="Asia/Kolkata" selected>' in html

    def test_settings_keep_the_zone_when_the_typed_name_is_wrong(self):
        self.client.force_login(self.ada)
        response = self.client.post(
            reverse("accounts:settings"),
            {"full_name": "Ada Park", "time_zone": "Europe/Paris", "other_time_zone": "Mars/Base"},
        )
        assert response.status_code == 200
        self.ada.refresh_from_db()
        assert self.ada.time_zone == "America/Los_Angeles"
