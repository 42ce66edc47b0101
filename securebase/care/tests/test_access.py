"""Who sees what: the matrix for every area, and the audit row each look leaves."""

from __future__ import annotations

import uuid

import time_machine
from django.test import TestCase
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User
from securebase.bookings.tests.helpers import la
from securebase.care import areas, queries, registry, services
from securebase.care.areas import offered_areas
from securebase.care.tests.helpers import area_url, connect, give_data
from securebase.journal.models import Entry
from securebase.privacy.models import AuditEvent
from securebase.testing import PASSWORD, Personas, login_verified, make_clinician

NOW = la(2026, 4, 1, 8, 0)

# What a clinician with the grant sees on the area's page.
VISIBLE = {
    areas.CHECKINS: [
        "Anxiety over time",
        "A slow reply",
        # The tables beside the charts, row by row.
        '<th scope="row">Mar 31, 2026</th><td>7.0</td><td>7</td><td>7</td><td>1</td>',
        '<th scope="row">Tue, Mar 31, 2026</th><td>1</td>',
    ],
    areas.BEHAVIORS: [
        "Checking their social media or location",
        '<th scope="row">Checking their social media or location</th><td>1</td><td>0</td>',
        '<th scope="row">Mar 30, 2026</th><td>1</td><td>0</td><td>1</td>',
    ],
    areas.PAUSES: [
        "Paced breathing",
        "I waited",
        '<th scope="row">Paced breathing</th><td>1</td><td>7.0</td><td>4.0</td><td>3.0</td>',
    ],
    areas.ASSESSMENTS: ["4.5", "2.3"],
    areas.NO_CONTACT: ["Slips logged on"],
    areas.REALITY_CHECK: ['How long <span translate="no">Them</span> takes to reply'],
}
# Words only the client may ever read: notes, unsent messages, slip notes.
PRIVATE = ["private check-in words", "private unsent words", "private slip words"]


@time_machine.travel(NOW, tick=False)
class AreaMatrixTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        cls.staff = User.objects.create_user(
            email="office@example.com",
            password=PASSWORD,
            role=User.Role.STAFF,
            is_staff=True,
            is_superuser=True,
        )
        TOTPDevice.objects.create(user=cls.staff, name="Authenticator app", confirmed=True)
        give_data(cls.ada, now=NOW)
        give_data(cls.ben, now=NOW)

    def test_every_built_in_area_is_in_the_matrix(self):
        assert {a.key for a in registry.areas()} - {areas.SAFETY_PLAN} == set(VISIBLE)

    def test_granted_shows_the_area_with_one_audit_row_listed_for_the_client(self):
        relationship = connect(self.ada, self.theo, areas=VISIBLE, now=NOW)
        for key, texts in VISIBLE.items():
            with self.subTest(area=key):
                AuditEvent.objects.all().delete()
                login_verified(self.client, self.theo)
                response = self.client.get(area_url(self.ada, key))
                assert response.status_code == 200
                for text in texts:
                    self.assertContains(response, text)
                for text in PRIVATE:
                    self.assertNotContains(response, text)
                event = AuditEvent.objects.get()
                area = registry.area(key)
                assert (event.viewer, event.subject, event.action) == (
                    self.theo,
                    self.ada,
                    area.action,
                )
                self.client.force_login(self.ada)
                looked = self.client.get(reverse("care:sharing"))
                self.assertContains(looked, area.action.capitalize())
                self.assertContains(looked, "Theo Alvarez")
        assert relationship.is_active

    def assert_refused(self, url: str) -> None:
        before = AuditEvent.objects.count()
        response = self.client.get(url)
        assert response.status_code == 404, (url, response.status_code)
        assert AuditEvent.objects.count() == before

    def test_not_granted_is_a_404(self):
        connect(self.ada, self.theo, now=NOW)
        login_verified(self.client, self.theo)
        for key in VISIBLE:
            with self.subTest(area=key):
                self.assert_refused(area_url(self.ada, key))

    def test_revoked_is_a_404_on_the_next_request(self):
        relationship = connect(self.ada, self.theo, areas=VISIBLE, now=NOW)
        login_verified(self.client, self.theo)
        for key in VISIBLE:
            with self.subTest(area=key):
                assert self.client.get(area_url(self.ada, key)).status_code == 200
                services.set_area(relationship=relationship, area=registry.area(key), on=False)
                self.assert_refused(area_url(self.ada, key))

    def test_an_ended_relationship_is_a_404(self):
        relationship = connect(self.ada, self.theo, areas=VISIBLE, now=NOW)
        services.end_relationship(relationship=relationship, by=self.ada)
        login_verified(self.client, self.theo)
        for key in VISIBLE:
            with self.subTest(area=key):
                self.assert_refused(area_url(self.ada, key))
        self.assert_refused(reverse("care:client", args=[self.ada.pk]))

    def test_another_clinician_is_a_404(self):
        connect(self.ada, self.theo, areas=VISIBLE, now=NOW)
        connect(self.ada, self.rosa, now=NOW)  # connected, but nothing shared with her
        login_verified(self.client, self.rosa)
        for key in VISIBLE:
            with self.subTest(area=key):
                self.assert_refused(area_url(self.ada, key))

    def test_staff_are_a_404_everywhere(self):
        connect(self.ada, self.theo, areas=VISIBLE, now=NOW)
        login_verified(self.client, self.staff)
        for key in VISIBLE:
            with self.subTest(area=key):
                self.assert_refused(area_url(self.ada, key))
        self.assert_refused(reverse("care:client", args=[self.ada.pk]))
        self.assert_refused(reverse("care:caseload"))

    def test_another_client_is_a_404(self):
        connect(self.ada, self.theo, areas=VISIBLE, now=NOW)
        self.client.force_login(self.ben)
        for key in VISIBLE:
            with self.subTest(area=key):
                self.assert_refused(area_url(self.ada, key))

    def test_a_client_cannot_open_their_own_area_through_the_clinician_page(self):
        connect(self.ada, self.theo, areas=VISIBLE, now=NOW)
        self.client.force_login(self.ada)
        self.assert_refused(area_url(self.ada, areas.CHECKINS))

    def test_anonymous_is_sent_to_log_in(self):
        connect(self.ada, self.theo, areas=VISIBLE, now=NOW)
        for key in VISIBLE:
            with self.subTest(area=key):
                url = area_url(self.ada, key)
                response = self.client.get(url)
                assert response.status_code == 302
                assert response["Location"].startswith(reverse("accounts:login"))

    def test_an_unknown_area_is_a_404(self):
        connect(self.ada, self.theo, areas=VISIBLE, now=NOW)
        login_verified(self.client, self.theo)
        self.assert_refused(area_url(self.ada, "journal"))
        self.assert_refused(area_url(self.ada, "everything"))

    def test_the_client_page_shows_only_the_granted_areas_with_one_row_each(self):
        connect(self.ada, self.theo, areas=[areas.CHECKINS, areas.PAUSES], now=NOW)
        login_verified(self.client, self.theo)
        response = self.client.get(reverse("care:client", args=[self.ada.pk]))
        self.assertContains(response, "Anxiety over time")
        self.assertContains(response, "Paced breathing")
        self.assertNotContains(response, 'How long <span translate="no">Them</span> takes to reply')
        self.assertNotContains(response, "Slips logged on")
        actions = sorted(AuditEvent.objects.values_list("action", flat=True))
        assert actions == sorted(
            [registry.area(areas.CHECKINS).action, registry.area(areas.PAUSES).action]
        )

    def test_other_apps_can_ask_who_sees_an_area(self):
        relationship = connect(self.ada, self.theo, areas=[areas.ASSESSMENTS], now=NOW)
        connect(self.ada, self.rosa, areas=[areas.CHECKINS], now=NOW)
        assert list(queries.clinicians_with_grant(self.ada, area=areas.ASSESSMENTS)) == [self.theo]
        assert queries.can_see(self.theo, self.ada, areas.ASSESSMENTS)
        assert not queries.can_see(self.rosa, self.ada, areas.ASSESSMENTS)
        assert list(queries.clients_sharing(self.rosa, areas.CHECKINS)) == [self.ada]
        services.end_relationship(relationship=relationship, by=self.theo)
        assert not queries.clinicians_with_grant(self.ada, area=areas.ASSESSMENTS).exists()

    def test_the_safety_plan_area_is_offered_only_with_its_app(self):
        installed = [a.requires_app for a in areas.AREAS if a.key != areas.SAFETY_PLAN]
        without = offered_areas(installed)
        assert areas.SAFETY_PLAN not in {a.key for a in without}
        with_app = offered_areas([*installed, areas.SAFETY_PLAN_APP])
        assert areas.SAFETY_PLAN in {a.key for a in with_app}

    def test_an_area_whose_feature_is_not_installed_is_not_offered(self):
        offered = {a.key for a in offered_areas(["securebase.checkins"])}
        assert offered == {areas.CHECKINS, areas.BEHAVIORS}


@time_machine.travel(NOW, tick=False)
class SharedEntryTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        cls.entry = Entry.objects.create(
            user=cls.ada,
            prompt="",
            body="The one entry I chose to share.",
            submission_key=uuid.uuid4(),
            created_at=NOW,
            updated_at=NOW,
        )
        cls.other = Entry.objects.create(
            user=cls.ada,
            prompt="",
            body="An entry that stays mine.",
            submission_key=uuid.uuid4(),
            created_at=NOW,
            updated_at=NOW,
        )

    def url(self, entry) -> str:
        return reverse("care:shared_entry", args=[self.ada.pk, entry.pk])

    def test_a_client_shares_one_entry_from_the_entry_itself(self):
        relationship = connect(self.ada, self.theo, now=NOW)
        connect(self.ada, self.rosa, now=NOW)
        self.client.force_login(self.ada)
        entry_page = self.client.get(reverse("journal:entry", args=[self.entry.pk]))
        self.assertContains(entry_page, 'Share with <span translate="no">Theo Alvarez</span>')
        response = self.client.post(
            reverse("care:share_entry", args=[self.entry.pk]),
            {"relationship": relationship.pk, "on": "1"},
        )
        self.assertRedirects(response, reverse("journal:entry", args=[self.entry.pk]))

        login_verified(self.client, self.theo)
        page = self.client.get(self.url(self.entry))
        self.assertContains(page, "The one entry I chose to share.")
        assert AuditEvent.objects.get().detail == f"care journal entry {self.entry.pk}"
        client_page = self.client.get(reverse("care:client", args=[self.ada.pk]))
        self.assertNotContains(client_page, "An entry that stays mine.")
        assert self.client.get(self.url(self.other)).status_code == 404

        login_verified(self.client, self.rosa)
        assert self.client.get(self.url(self.entry)).status_code == 404

        self.client.force_login(self.ada)
        self.client.post(
            reverse("care:share_entry", args=[self.entry.pk]),
            {"relationship": relationship.pk, "on": "0"},
        )
        login_verified(self.client, self.theo)
        assert self.client.get(self.url(self.entry)).status_code == 404

    def test_a_client_cannot_share_someone_elses_entry(self):
        relationship = connect(self.ben, self.theo, now=NOW)
        self.client.force_login(self.ben)
        response = self.client.post(
            reverse("care:share_entry", args=[self.entry.pk]),
            {"relationship": relationship.pk, "on": "1"},
        )
        assert response.status_code == 404
        assert not relationship.grants.exists()
