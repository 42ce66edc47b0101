"""Care emails a mail server refuses: the page answers as usual, the log names only the error's
class, and the caseload does not claim an invitation was sent when its email was refused.

These run with real commits (TransactionTestCase): the emails go when the service's
transaction commits, before the view answers, as they do in production.
"""

from __future__ import annotations

from django.contrib.messages import get_messages
from django.core import mail
from django.test import TransactionTestCase, override_settings
from django.urls import reverse

from securebase.care import services
from securebase.care.models import Assignment, Invitation
from securebase.care.tests.helpers import connect, token_in
from securebase.testing import login_verified, make_client, make_clinician

REFUSING = "securebase.core.tests.test_no_personal_data_in_logs.RefusingBackend"


@override_settings(EMAIL_BACKEND=REFUSING)
class RefusedCareEmailTests(TransactionTestCase):
    def setUp(self):
        self.theo = make_clinician()
        self.ada = make_client(email="ada@example.com", full_name="Ada Park")

    def test_it_answers_an_invitation_as_usual_and_says_the_email_was_not_delivered(self):
        login_verified(self.client, self.theo)
        with self.assertLogs("securebase.care.emails", "ERROR") as logs:
            response = self.client.post(reverse("care:invite"), {"email": "ada@example.com"})
        self.assertRedirects(response, reverse("care:caseload"))
        invitation = Invitation.objects.get()
        assert invitation.status == Invitation.Status.PENDING
        assert invitation.email_failed_at is not None
        notes = [str(m) for m in get_messages(response.wsgi_request)]
        assert notes and "could not be delivered" in notes[0] and "sent" not in notes[0]
        assert "SMTPRecipientsRefused" in logs.output[0]
        assert "ada@example.com" not in "\n".join(logs.output)
        caseload = self.client.get(reverse("care:caseload"))
        self.assertContains(caseload, "Email not delivered: check the address")
        self.assertNotContains(caseload, "· sent ")

    def test_it_says_sent_when_the_mail_server_takes_the_invitation(self):
        login_verified(self.client, self.theo)
        with self.settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            response = self.client.post(reverse("care:invite"), {"email": "ada@example.com"})
        assert token_in(mail.outbox[-1])
        assert Invitation.objects.get().email_failed_at is None
        notes = [str(m) for m in get_messages(response.wsgi_request)]
        assert notes == ["Invitation sent to ada@example.com. Its status shows on your caseload."]
        caseload = self.client.get(reverse("care:caseload"))
        self.assertContains(caseload, "· sent ")
        self.assertContains(caseload, "Waiting for an answer")

    def test_it_assigns_homework_as_usual_when_the_email_is_refused(self):
        relationship = connect(self.ada, self.theo)
        login_verified(self.client, self.theo)
        with self.assertLogs("securebase.care.emails", "ERROR") as logs:
            response = self.client.post(
                reverse("care:assign", args=[self.ada.pk]),
                {"what": "pause_exercise|breathing", "note": "Try it before bed"},
            )
        self.assertRedirects(response, reverse("care:client", args=[self.ada.pk]))
        assert Assignment.objects.get().relationship == relationship
        output = "\n".join(logs.output)
        assert "SMTPRecipientsRefused" in output
        assert "ada@example.com" not in output and "bed" not in output

    def test_it_accepts_an_invitation_as_usual_when_the_clinicians_email_is_refused(self):
        invitation = services.invite(clinician=self.theo, email=self.ada.email)
        with self.assertLogs("securebase.care.emails", "ERROR"):
            services.accept_invitation(invitation=invitation, user=self.ada)
        invitation.refresh_from_db()
        assert invitation.status == Invitation.Status.ACCEPTED
