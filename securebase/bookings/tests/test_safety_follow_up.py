"""A booking whose "what brings you here" trips the risk screen is marked for the clinician's
prompt follow-up; the email says only that; the clinician marks it reviewed."""

import json

import time_machine
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from securebase.bookings.forms import REASON_HELP
from securebase.bookings.models import SafetyFollowUp
from securebase.bookings.privacy import export_user_data
from securebase.bookings.reminders import reminder_lead
from securebase.bookings.tests.helpers import (
    AfterCommit,
    book,
    details_url,
    form_data,
    la,
    open_hours,
)
from securebase.privacy.models import AuditEvent
from securebase.privacy.services import delete_account
from securebase.testing import Personas, login_verified, make_clinician

NOW = la(2026, 4, 1, 8, 0)
START = la(2026, 4, 3, 10, 0)
RISKY = "Since the breakup I keep thinking everyone would be better off without me."


class TwoClinicians(Personas):
    """theo and rosa, both with open hours; ada and ben as clients."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)
        cls.rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        open_hours(cls.rosa)


@time_machine.travel(NOW, tick=False)
class MarkerTests(AfterCommit, TwoClinicians, TestCase):
    def test_it_marks_a_booking_whose_reason_trips_the_screen(self):
        booking = book(self.theo, START, now=NOW, reason=RISKY)
        follow_up = SafetyFollowUp.objects.get(booking=booking)
        assert (follow_up.category, follow_up.rule) == ("burden", "better_off_without_me")
        assert follow_up.flagged_at == NOW
        assert follow_up.reviewed_at is None and follow_up.reviewed_by is None

    def test_it_leaves_everyday_reasons_unmarked(self):
        book(self.theo, START, now=NOW, reason="I'm dying to stop checking my phone.")
        book(self.theo, START + reminder_lead(), now=NOW, reason="")
        assert not SafetyFollowUp.objects.exists()

    def test_the_clinicians_email_says_only_that_a_request_needs_prompt_review(self):
        booking = book(self.theo, START, now=NOW, reason=RISKY)
        to_theo = [m for m in mail.outbox if m.to == ["theo@example.com"]]
        assert len(to_theo) == 1
        message = to_theo[0]
        assert "needs prompt review" in message.subject
        link = reverse("bookings:clinic_booking", args=[booking.uid])
        assert link in message.body
        # The link's random id may hold any letters; the words are checked around it.
        text = f"{message.subject}\n{message.body}".replace(link, " ").lower()
        assert "needs prompt review" in text
        for word in ["better off", "breakup", "burden", "ada", "telehealth", "10:00", "apr"]:
            assert word not in text, word
        assert message.attachments == []

    def test_an_everyday_booking_email_is_unchanged(self):
        book(self.theo, START, now=NOW)
        to_theo = [m for m in mail.outbox if m.to == ["theo@example.com"]]
        assert "prompt review" not in to_theo[0].body

    def test_the_booking_form_says_what_happens_before_submitting(self):
        response = self.client.get(details_url(START))
        self.assertContains(response, "mark your request for the clinician")
        self.assertContains(response, "says only that a request needs prompt review")
        assert "prompt follow-up" in REASON_HELP

    def test_booking_through_the_form_marks_it_and_shows_the_panel(self):
        response = self.client.post(details_url(START), form_data(reason=RISKY), follow=True)
        assert SafetyFollowUp.objects.count() == 1
        self.assertContains(response, 'class="crisis-panel"')
        self.assertContains(response, "What you wrote has been saved.")


@time_machine.travel(NOW, tick=False)
class ReviewTests(AfterCommit, TwoClinicians, TestCase):
    def setUp(self):
        self.booking = book(self.theo, START, now=NOW, reason=RISKY)
        self.calm = book(self.theo, START + reminder_lead(), now=NOW, reason="")
        self.url = reverse("bookings:clinic_follow_up_reviewed", args=[self.booking.uid])

    def test_the_dashboard_marks_the_booking_for_follow_up(self):
        login_verified(self.client, self.theo)
        page = self.client.get(reverse("bookings:clinic")).content.decode()
        section = page.split('id="follow-ups-heading"', 1)[1].split("</section>", 1)[0]
        assert reverse("bookings:clinic_booking", args=[self.booking.uid]) in section
        assert reverse("bookings:clinic_booking", args=[self.calm.uid]) not in section
        assert page.count("Safety follow-up suggested") == 3  # heading, and the row in two lists

    def test_the_booking_page_says_what_matched_and_offers_the_review(self):
        login_verified(self.client, self.theo)
        response = self.client.get(reverse("bookings:clinic_booking", args=[self.booking.uid]))
        self.assertContains(response, "Safety follow-up suggested")
        self.assertContains(response, "better_off_without_me")
        self.assertContains(response, f'action="{self.url}"')

    def test_the_booking_page_says_when_someone_else_threatens_or_hurts_them(self):
        booking = book(
            self.theo,
            START + 2 * reminder_lead(),
            now=NOW,
            reason="My husband said he would kill me if I leave, and I need help planning.",
        )
        follow_up = SafetyFollowUp.objects.get(booking=booking)
        assert (follow_up.category, follow_up.concern) == ("danger_from_others", "danger")
        login_verified(self.client, self.theo)
        response = self.client.get(reverse("bookings:clinic_booking", args=[booking.uid]))
        self.assertContains(response, "danger from others")
        self.assertContains(response, "about someone else threatening or hurting them")
        self.assertNotContains(response, "about harming someone else")

    def test_marking_reviewed_records_time_reviewer_and_an_audit_row(self):
        login_verified(self.client, self.theo)
        response = self.client.post(self.url, follow=True)
        self.assertContains(response, "Marked reviewed.")
        self.assertContains(
            response, 'Reviewed</strong> by <span translate="no">theo@example.com</span>'
        )
        follow_up = SafetyFollowUp.objects.get()
        assert follow_up.reviewed_at == NOW
        assert (follow_up.reviewed_by, follow_up.reviewed_by_email) == (
            self.theo,
            "theo@example.com",
        )
        audit = AuditEvent.objects.get(action="reviewed safety follow-up")
        assert (audit.viewer, audit.subject_email, audit.detail) == (
            self.theo,
            "ada@example.com",
            str(self.booking.uid),
        )
        page = self.client.get(reverse("bookings:clinic")).content.decode()
        assert 'id="follow-ups-heading"' not in page
        assert "Safety follow-up suggested" not in page

    def test_the_first_review_stands(self):
        login_verified(self.client, self.theo)
        self.client.post(self.url)
        response = self.client.post(self.url, follow=True)
        self.assertContains(response, "already marked reviewed")
        assert AuditEvent.objects.filter(action="reviewed safety follow-up").count() == 1

    def test_only_the_bookings_clinician_may_review_and_only_by_post(self):
        login_verified(self.client, self.rosa)
        assert self.client.post(self.url).status_code == 404
        self.client.force_login(self.ada)
        assert self.client.post(self.url).status_code == 404
        login_verified(self.client, self.theo)
        assert self.client.get(self.url).status_code == 405
        calm_url = reverse("bookings:clinic_follow_up_reviewed", args=[self.calm.uid])
        assert self.client.post(calm_url).status_code == 404
        assert SafetyFollowUp.objects.get().reviewed_at is None


@time_machine.travel(NOW, tick=False)
class PrivacyTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)

    def setUp(self):
        self.booking = book(self.theo, START, now=NOW, reason=RISKY)
        self.booking.client = self.ada
        self.booking.save()

    def test_the_export_says_when_it_was_marked_and_reviewed(self):
        (consultation,) = export_user_data(self.ada)["consultations"]
        assert consultation["safety_follow_up"] == {
            "marked_at": "2026-04-01T15:00:00+00:00",
            "reviewed_at": None,
        }
        assert "better_off_without_me" not in json.dumps(consultation)

    def test_an_unmarked_booking_exports_none(self):
        SafetyFollowUp.objects.all().delete()
        (consultation,) = export_user_data(self.ada)["consultations"]
        assert consultation["safety_follow_up"] is None

    def test_it_is_kept_with_the_consultation_when_the_account_goes(self):
        # A safety marker and its review are records of care (docs/records.md).
        delete_account(user=self.ada)
        follow_up = SafetyFollowUp.objects.get()
        assert follow_up.booking.client is None
