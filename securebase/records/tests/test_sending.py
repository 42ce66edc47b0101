"""Sending the intake packet from the care team's client page, and automatically once a
consultation is marked completed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import time_machine
from django.core import mail
from django.test import TestCase, override_settings
from django.urls import reverse

from securebase.bookings import decisions as booking_decisions
from securebase.bookings.models import Booking
from securebase.care.tests.helpers import connect
from securebase.records.models import DocumentTemplate, Packet
from securebase.records.tests.helpers import a_booking
from securebase.testing import Personas, login_verified, make_clinician, site_without

NOW = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


class SendFromClientPageTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        connect(cls.ada, cls.theo)
        cls.consent = DocumentTemplate.objects.get(kind="informed_consent")
        cls.policies = DocumentTemplate.objects.get(kind="policies")
        cls.url = reverse("records:send_to_client", args=[cls.ada.pk])

    def test_the_client_page_offers_the_packet_and_lists_what_was_sent(self):
        login_verified(self.client, self.theo)
        page = self.client.get(reverse("care:client", args=[self.ada.pk]))
        self.assertContains(page, f'href="{self.url}"')
        self.assertContains(
            page, 'You have not sent <span translate="no">Ada</span> any documents to sign.'
        )

        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                self.url, {"templates": [self.consent.pk, self.policies.pk]}
            )
        self.assertRedirects(
            response, reverse("care:client", args=[self.ada.pk]), fetch_redirect_response=False
        )
        packet = Packet.objects.get()
        assert (packet.client, packet.booking, packet.clinician.user) == (self.ada, None, self.theo)
        assert [d.version.template for d in packet.documents.all()] == [self.consent, self.policies]
        assert [email.to for email in mail.outbox] == [["ada@example.com"]]

        page = self.client.get(reverse("care:client", args=[self.ada.pk]))
        self.assertContains(page, "The documents are sent to Ada Park.")
        assert page.content.decode().count(": outstanding</li>") == 2

    def test_choosing_nothing_sends_nothing(self):
        login_verified(self.client, self.theo)
        response = self.client.post(self.url, {})
        assert response.status_code == 400
        self.assertContains(response, "Choose at least one document.", status_code=400)
        assert not Packet.objects.exists()

    def test_only_the_client_s_connected_clinician_may_send(self):
        login_verified(self.client, make_clinician(email="una@example.com"))
        assert self.client.get(self.url).status_code == 404
        login_verified(self.client, self.theo)
        assert (
            self.client.get(reverse("records:send_to_client", args=[self.ben.pk])).status_code
            == 404
        )
        self.client.force_login(self.ben)
        assert self.client.get(self.url).status_code == 404
        assert self.client.post(self.url, {"templates": [self.consent.pk]}).status_code == 404
        assert not Packet.objects.exists()

    def test_without_the_care_team_there_is_no_client_page_to_send_from(self):
        login_verified(self.client, self.theo)
        with site_without("securebase.care"):
            assert self.client.get(self.url).status_code == 404


class AutomaticPacketTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.booking = a_booking(cls.theo, NOW - timedelta(hours=1), client=cls.ada)
        cls.guest = a_booking(
            cls.theo, NOW - timedelta(hours=2), full_name="Gus Guest", email="gus@example.com"
        )

    def complete(self, booking: Booking, status: str = Booking.Status.COMPLETED) -> None:
        with time_machine.travel(NOW, tick=False), self.captureOnCommitCallbacks(execute=True):
            booking_decisions.record_outcome(booking=booking, status=status, now=NOW)

    def test_by_default_marking_a_consultation_done_sends_nothing(self):
        self.complete(self.booking)
        assert not Packet.objects.exists()
        assert mail.outbox == []

    @override_settings(RECORDS_PACKET_AFTER_CONSULTATION=True)
    def test_when_asked_the_packet_follows_a_completed_consultation_once(self):
        self.complete(self.booking)
        packet = Packet.objects.get()
        assert (packet.client, packet.booking, packet.sent_at) == (self.ada, self.booking, NOW)
        active = DocumentTemplate.objects.filter(active=True).order_by("order", "title")
        assert [d.version.template for d in packet.documents.all()] == list(active)
        assert [email.to for email in mail.outbox] == [["ada@example.com"]]
        self.complete(self.booking)  # saved again: no second packet
        assert Packet.objects.count() == 1

    @override_settings(RECORDS_PACKET_AFTER_CONSULTATION=True)
    def test_no_packet_for_a_no_show_or_a_guest_without_an_account(self):
        self.complete(self.booking, Booking.Status.NO_SHOW)
        self.complete(self.guest)
        assert not Packet.objects.exists()
        assert mail.outbox == []

    @override_settings(RECORDS_PACKET_AFTER_CONSULTATION=True)
    def test_nothing_is_emailed_when_the_outcome_is_rolled_back(self):
        from django.db import transaction

        with time_machine.travel(NOW, tick=False), self.captureOnCommitCallbacks(execute=True):
            try:
                with transaction.atomic():
                    booking_decisions.record_outcome(
                        booking=self.booking, status=Booking.Status.COMPLETED, now=NOW
                    )
                    raise RuntimeError("something later failed")
            except RuntimeError:
                pass
        assert not Packet.objects.exists()
        assert mail.outbox == []
