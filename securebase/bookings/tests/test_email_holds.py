"""A signed-out visitor's booking holds its time only briefly until they confirm their email.

As found: a script booked hundreds of consultations with addresses it chose. Now such a booking
is nobody's until its email is confirmed: the clinician hears nothing, no invitation goes out,
and after BOOKINGS_EMAIL_HOLD_MINUTES the time is offered to others again.
"""

from datetime import timedelta

import time_machine
from django.core import mail
from django.test import TestCase

from securebase.bookings import links
from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import (
    AfterCommit,
    confirm_by_email,
    details_url,
    form_data,
    la,
    open_hours,
)
from securebase.testing import Personas, link_path

NOW = la(2026, 4, 1, 8, 0)
START = la(2026, 4, 3, 10, 0)


class EmailHoldTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.settings_row = open_hours(cls.theo)

    def book(self, email="vera@example.com", client=None):
        client = client or self.client
        return client.post(
            details_url(START, fmt="in_person"),
            form_data("in_person", email=email, reason="private words"),
        )

    def test_it_holds_the_time_and_sends_only_a_link_to_confirm_the_email(self):
        with time_machine.travel(NOW, tick=False):
            response = self.book()
            page = self.client.get(response["Location"])
        booking = Booking.objects.get()
        assert booking.status == Booking.Status.AWAITING_EMAIL
        assert booking.email_confirm_by == NOW + timedelta(minutes=30)
        self.assertContains(page, "Check your email")
        self.assertNotContains(page, "Cancel")
        [message] = mail.outbox
        assert message.to == ["vera@example.com"]
        assert "/book/confirm-email/" in message.body
        assert not message.attachments
        assert "private words" not in message.body
        # The clinician's dashboard does not show it.
        assert not booking.is_active

    def test_it_keeps_the_time_from_others_while_the_hold_lasts(self):
        with time_machine.travel(NOW, tick=False):
            self.book()
        with time_machine.travel(NOW + timedelta(minutes=29), tick=False):
            assert self.book("ben@example.com", self.client_class()).status_code == 409

    def test_it_offers_the_time_again_once_an_unconfirmed_hold_lapses(self):
        with time_machine.travel(NOW, tick=False):
            self.book()
        with time_machine.travel(NOW + timedelta(minutes=31), tick=False):
            other = self.client_class()
            assert self.book("ben@example.com", other).status_code == 302
            confirm_by_email(other)
        assert Booking.objects.get(status=Booking.Status.CONFIRMED).email == "ben@example.com"

    def test_it_books_for_real_when_the_email_is_confirmed(self):
        with time_machine.travel(NOW, tick=False):
            self.book()
            response = confirm_by_email(self.client, follow=True)
        booking = Booking.objects.get()
        assert booking.status == Booking.Status.CONFIRMED
        assert booking.email_confirm_by is None
        self.assertContains(response, "You’re booked")
        to_client, to_clinician = mail.outbox
        assert to_client.attachments  # the calendar invitation
        assert to_clinician.to == ["theo@example.com"]
        assert hasattr(booking, "reminder")

    def test_it_confirms_after_the_hold_lapsed_if_the_time_is_still_free(self):
        with time_machine.travel(NOW, tick=False):
            self.book()
        with time_machine.travel(NOW + timedelta(hours=2), tick=False):
            confirm_by_email(self.client)
        assert Booking.objects.get().status == Booking.Status.CONFIRMED

    def test_it_says_so_when_the_time_went_to_someone_else_after_the_hold(self):
        with time_machine.travel(NOW, tick=False):
            self.book()
            path = link_path(mail.outbox[0], "/book/confirm-email/")
        with time_machine.travel(NOW + timedelta(minutes=31), tick=False):
            other = self.client_class()
            self.book("ben@example.com", other)
            confirm_by_email(other)
            response = self.client.post(path)
        assert response.status_code == 409
        self.assertContains(response, "that time has gone", status_code=409)
        assert Booking.objects.get(email="vera@example.com").status == (
            Booking.Status.AWAITING_EMAIL
        )

    def test_it_makes_a_request_for_a_request_and_approve_clinician(self):
        self.settings_row.approval = "request"
        self.settings_row.save()
        with time_machine.travel(NOW, tick=False):
            self.book()
            confirm_by_email(self.client)
        assert Booking.objects.get().status == Booking.Status.PENDING

    def test_it_confirms_nothing_on_a_plain_visit_to_the_link(self):
        with time_machine.travel(NOW, tick=False):
            self.book()
            page = self.client.get(link_path(mail.outbox[0], "/book/confirm-email/"))
        assert page.status_code == 200
        self.assertContains(page, "Confirm and keep this time")
        assert Booking.objects.get().status == Booking.Status.AWAITING_EMAIL

    def test_it_needs_no_email_step_for_a_signed_in_client(self):
        self.client.force_login(self.ada)
        with time_machine.travel(NOW, tick=False):
            self.book(self.ada.email)
        assert Booking.objects.get().status == Booking.Status.CONFIRMED

    def test_a_script_of_unconfirmed_bookings_leaves_the_calendar_free_after_the_hold(self):
        # Many bookings for addresses the script made up, from many addresses.
        with time_machine.travel(NOW, tick=False):
            for n in range(8):
                start = START + timedelta(minutes=15 * n)
                self.client_class().post(
                    details_url(start, fmt="in_person"),
                    form_data("in_person", email=f"made-up-{n}@example.com"),
                    REMOTE_ADDR=f"198.51.100.{n}",
                )
            assert Booking.objects.filter(status=Booking.Status.AWAITING_EMAIL).count() == 8
            # The clinician was told nothing and nobody got an invitation.
            assert not any(m.to == ["theo@example.com"] for m in mail.outbox)
        with time_machine.travel(NOW + timedelta(minutes=31), tick=False):
            picker = self.client.get(
                "/book/times/", {"clinician": "any", "format": "in_person", "week": "2026-04-03"}
            )
        times = [moment for day in picker.context["days"] for moment, _ in day["slots"]]
        for n in range(8):
            assert START + timedelta(minutes=15 * n) in times

    def test_the_link_carries_no_name_or_email(self):
        with time_machine.travel(NOW, tick=False):
            self.book()
        path = links.path(Booking.objects.get(), links.CONFIRM_EMAIL)
        assert "vera" not in path
