"""The client's side: switches with a preview, the history, who has looked, the export and
the privacy notice's promise."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from django.test import TestCase
from django.urls import reverse

from securebase.bookings.tests.helpers import la
from securebase.care import areas, registry, services
from securebase.care.tests.helpers import connect, give_data
from securebase.privacy.exports import export_user_data
from securebase.privacy.models import AuditEvent
from securebase.testing import Personas, login_verified, make_clinician

NOW = la(2026, 4, 1, 8, 0)


@time_machine.travel(NOW, tick=False)
class SharingPageTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        give_data(cls.ada, now=NOW)

    def test_every_area_starts_off_for_each_clinician(self):
        connect(self.ada, self.theo, now=NOW)
        connect(self.ada, self.rosa, now=NOW)
        self.client.force_login(self.ada)
        page = self.client.get(reverse("care:sharing"))
        for sharing in page.context["sharings"]:
            assert [on for _, on in sharing.switches] == [False] * len(registry.areas())
        self.assertContains(page, "Theo Alvarez")
        self.assertContains(page, "Rosa Mendes")

    def test_turning_on_shows_the_words_and_a_preview_then_takes_a_plain_post(self):
        relationship = connect(self.ada, self.theo, now=NOW)
        self.client.force_login(self.ada)
        url = reverse("care:switch", args=[relationship.pk, areas.PAUSES])
        preview = self.client.get(url)
        area = registry.area(areas.PAUSES)
        self.assertContains(preview, area.sees)
        self.assertContains(preview, area.never)
        self.assertContains(preview, "Paced breathing")  # the client's own pause, as drawn for Theo
        self.assertNotContains(preview, "private unsent words")
        assert AuditEvent.objects.count() == 0  # the client looking at their own data
        # A bare "on" without the confirmation goes back to the preview.
        self.assertRedirects(self.client.post(url, {"on": "1"}), url)
        assert not relationship.grants.exists()
        self.assertRedirects(
            self.client.post(url, {"on": "1", "confirmed": "yes"}), reverse("care:sharing")
        )
        assert relationship.grants.get().area == areas.PAUSES
        self.client.post(url, {"on": "0"})
        grant = relationship.grants.get()
        assert grant.revoked_at == NOW and grant.closed_because == "revoked"
        history = self.client.get(reverse("care:sharing"))
        self.assertContains(history, "8:00 AM (turned off by the client)")

    def test_a_client_cannot_switch_someone_elses_relationship(self):
        relationship = connect(self.ada, self.theo, now=NOW)
        self.client.force_login(self.ben)
        url = reverse("care:switch", args=[relationship.pk, areas.PAUSES])
        assert self.client.get(url).status_code == 404
        assert self.client.post(url, {"on": "1", "confirmed": "yes"}).status_code == 404
        login_verified(self.client, self.theo)
        assert self.client.post(url, {"on": "1", "confirmed": "yes"}).status_code == 404
        assert not relationship.grants.exists()

    def test_who_has_looked_lists_every_row_newest_first(self):
        connect(self.ada, self.theo, areas=[areas.CHECKINS, areas.PAUSES], now=NOW)
        login_verified(self.client, self.theo)
        self.client.get(reverse("care:client_area", args=[self.ada.pk, areas.CHECKINS]))
        with time_machine.travel(NOW + timedelta(minutes=5), tick=False):
            self.client.get(reverse("care:client_area", args=[self.ada.pk, areas.PAUSES]))
        self.client.force_login(self.ada)
        looks = self.client.get(reverse("care:sharing")).context["looks"]
        assert [look.action for look in looks] == [
            registry.area(areas.PAUSES).action,
            registry.area(areas.CHECKINS).action,
        ]


@time_machine.travel(NOW, tick=False)
class ExportTests(Personas, TestCase):
    def test_the_export_holds_relationships_grants_history_homework_and_the_access_log(self):
        relationship = connect(self.ada, self.theo, areas=[areas.CHECKINS], now=NOW)
        services.set_area(relationship=relationship, area=registry.area(areas.CHECKINS), on=False)
        services.assign_homework(
            relationship=relationship, kind="pause_exercise", target="breathing", note="gently"
        )
        services.record_looks(
            viewer=self.theo, looks=[(self.ada, registry.area(areas.CHECKINS))], detail="test"
        )
        data = export_user_data(self.ada)["care"]
        (rel,) = data["relationships"]
        assert rel["clinician_email"] == "theo@example.com"
        (grant,) = rel["grants"]
        assert grant["area"] == "Check-ins and trends"
        assert grant["turned_off_because"] == "Turned off by the client"
        assert rel["homework"][0]["note"] == "gently"
        assert data["access_log"][0]["who"] == "theo@example.com"
        assert export_user_data(self.theo)["care"]["clients"][0]["client_email"] == (
            "ada@example.com"
        )


class PrivacyNoticeTests(TestCase):
    def test_the_notice_names_every_area_offered_and_only_those(self):
        page = self.client.get(reverse("practice:privacy"))
        for area in registry.areas():
            self.assertContains(page, f"<strong>{area.label}:</strong>", html=False)
        if areas.SAFETY_PLAN not in {a.key for a in registry.areas()}:
            self.assertNotContains(page, "Safety plan:")
        self.assertContains(page, "Who has looked")
