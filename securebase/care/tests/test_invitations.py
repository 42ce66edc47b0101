"""Invitations: sending, the signed single-use link, accepting, declining, and what fails."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

import time_machine
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from securebase.bookings.tests.helpers import book, la, open_hours
from securebase.care import services
from securebase.care.models import CareRelationship, Invitation
from securebase.care.tests.helpers import token_in
from securebase.testing import Personas, login_verified, make_clinician

NOW = la(2026, 4, 1, 8, 0)


def link(token: str) -> str:
    return reverse("care:invitation", args=[token])


@time_machine.travel(NOW, tick=False)
class InvitationTests(Personas, TestCase):
    def invite_ada(self):
        with self.captureOnCommitCallbacks(execute=True):
            invitation = services.invite(clinician=self.theo, email="Ada@Example.com")
        return invitation, token_in(mail.outbox[-1])

    def test_it_emails_a_link_without_any_health_content(self):
        invitation, token = self.invite_ada()
        message = mail.outbox[-1]
        assert message.to == ["ada@example.com"]
        assert invitation.email == "ada@example.com"
        assert "invitation" in message.subject
        assert "Theo" not in message.body  # no names either: just that something waits
        assert services.read_invitation(token) == invitation

    def test_it_sends_nothing_when_the_transaction_rolls_back(self):
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            services.invite(clinician=self.theo, email="ada@example.com")
        assert len(callbacks) == 1
        assert mail.outbox == []

    def test_a_signed_out_visitor_is_asked_to_log_in_or_sign_up(self):
        _, token = self.invite_ada()
        response = self.client.get(link(token))
        assert response.status_code == 200
        self.assertContains(response, '<span translate="no">Theo Alvarez</span> has invited you')
        self.assertContains(response, f"/accounts/signup/?next={quote(link(token))}")

    def test_accepting_creates_the_relationship_with_nothing_shared(self):
        invitation, token = self.invite_ada()
        self.client.force_login(self.ada)
        page = self.client.get(link(token))
        self.assertContains(page, "Nothing is shared yet")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(link(token), {"answer": "accept"})
        self.assertRedirects(response, reverse("care:sharing"))
        relationship = CareRelationship.objects.get(client=self.ada, clinician=self.theo)
        assert relationship.is_active and relationship.grants.count() == 0
        invitation.refresh_from_db()
        assert invitation.status == Invitation.Status.ACCEPTED
        assert mail.outbox[-1].to == ["theo@example.com"]
        assert "Ada" not in mail.outbox[-1].body

    def test_declining_leaves_only_the_status(self):
        invitation, token = self.invite_ada()
        self.client.force_login(self.ada)
        self.client.post(link(token), {"answer": "decline"})
        invitation.refresh_from_db()
        assert invitation.status == Invitation.Status.DECLINED
        assert not CareRelationship.objects.exists()
        login_verified(self.client, self.theo)
        self.assertContains(self.client.get(reverse("care:caseload")), "Declined")

    def test_a_used_link_says_so(self):
        _, token = self.invite_ada()
        self.client.force_login(self.ada)
        self.client.post(link(token), {"answer": "accept"})
        again = self.client.post(link(token), {"answer": "accept"})
        assert again.status_code == 410
        self.assertContains(again, "already been used", status_code=410)
        assert CareRelationship.objects.count() == 1

    def test_an_expired_link_says_so(self):
        _, token = self.invite_ada()
        self.client.force_login(self.ada)
        with time_machine.travel(NOW + timedelta(days=15), tick=False):
            response = self.client.get(link(token))
        assert response.status_code == 410
        self.assertContains(response, "has expired", status_code=410)

    def test_a_withdrawn_link_reads_as_used(self):
        invitation, token = self.invite_ada()
        services.withdraw_invitation(invitation=invitation)
        self.client.force_login(self.ada)
        self.assertContains(self.client.get(link(token)), "already been used", status_code=410)

    def test_a_tampered_link_says_it_is_not_valid(self):
        _, token = self.invite_ada()
        self.client.force_login(self.ada)
        for bad in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"), "nonsense"):
            response = self.client.get(link(bad))
            assert response.status_code == 400
            self.assertContains(response, "not valid", status_code=400)

    def test_the_wrong_account_is_told_clearly_and_cannot_accept(self):
        invitation, token = self.invite_ada()
        self.client.force_login(self.ben)
        page = self.client.get(link(token))
        assert page.status_code == 403
        self.assertContains(page, "for a different account", status_code=403)
        self.assertContains(page, "a…@example.com", status_code=403)
        self.client.post(link(token), {"answer": "accept"})
        invitation.refresh_from_db()
        assert invitation.status == Invitation.Status.PENDING
        assert not CareRelationship.objects.exists()

    def test_a_clinician_account_cannot_accept(self):
        rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        with self.captureOnCommitCallbacks(execute=True):
            services.invite(clinician=self.theo, email="rosa@example.com")
        login_verified(self.client, rosa)
        response = self.client.get(link(token_in(mail.outbox[-1])))
        assert response.status_code == 403

    def test_a_clinician_invites_from_a_consultation_with_the_email_given(self):
        open_hours(self.theo)
        booking = book(self.theo, la(2026, 4, 3, 10, 0), now=NOW, email="new@example.com")
        login_verified(self.client, self.theo)
        page = self.client.get(reverse("bookings:clinic_booking", args=[booking.uid]))
        self.assertContains(page, "Invite to Secure Base")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(reverse("care:invite_from_booking", args=[booking.uid]))
        self.assertRedirects(response, reverse("bookings:clinic_booking", args=[booking.uid]))
        invitation = Invitation.objects.get()
        assert invitation.email == "new@example.com" and invitation.booking == booking
        assert mail.outbox[-1].to == ["new@example.com"]

    def test_another_clinicians_booking_is_a_404(self):
        rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        open_hours(self.theo)
        booking = book(self.theo, la(2026, 4, 3, 10, 0), now=NOW)
        login_verified(self.client, rosa)
        response = self.client.post(reverse("care:invite_from_booking", args=[booking.uid]))
        assert response.status_code == 404
        assert not Invitation.objects.exists()

    def test_either_side_can_end_it_and_every_grant_ends_with_it(self):
        from securebase.care.tests.helpers import connect

        relationship = connect(self.ada, self.theo, areas=["checkins", "pauses"])
        self.client.force_login(self.ada)
        self.client.post(reverse("care:end_as_client", args=[relationship.pk]))
        relationship.refresh_from_db()
        assert relationship.ended_at is not None and relationship.ended_by == "client"
        assert not relationship.grants.filter(revoked_at__isnull=True).exists()
        assert set(relationship.grants.values_list("closed_because", flat=True)) == {"ended"}

        second = connect(self.ada, self.theo, areas=["checkins"])
        login_verified(self.client, self.theo)
        self.client.post(reverse("care:end_as_clinician", args=[self.ada.pk]))
        second.refresh_from_db()
        assert second.ended_by == "clinician"
        assert timezone.now() == second.ended_at
