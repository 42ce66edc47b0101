"""Signed links in emails: view, cancel, reschedule."""

import base64
import re
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import time_machine
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from securebase.bookings import links
from securebase.bookings.models import Booking, Reminder
from securebase.bookings.tests.helpers import (
    AfterCommit,
    book,
    confirm_by_email,
    details_url,
    form_data,
    la,
    open_hours,
)
from securebase.testing import Personas

NOW = la(2026, 4, 1, 8, 0)
START = la(2026, 4, 3, 10, 0)
REASON = "I panic when my partner doesn't text back."


def emailed_link(kind: str) -> str:
    match = re.search(rf"https?://[^\s]+/book/{kind}/[^\s]+/", mail.outbox[0].body)
    assert match, mail.outbox[0].body
    return urlsplit(match.group(0)).path


@time_machine.travel(NOW, tick=False)
class LinkTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)

    def setUp(self):
        self.client.post(details_url(START), form_data(reason=REASON, phone="310 555 0100"))
        confirm_by_email(self.client)
        self.booking = Booking.objects.get()

    def test_it_puts_no_name_email_or_reason_in_any_link(self):
        urls = [emailed_link(kind) for kind in ("cancel", "reschedule")]
        urls.append(links.path(self.booking, links.VIEW))

        for url in urls:
            token = url.rstrip("/").rsplit("/", 1)[1]
            payload = token.split(":", 1)[0]
            decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()
            # The phone in full: a random id in the link may well contain "310" by chance.
            for private in ("Ada", "Park", "ada@example.com", "panic", "3105550100", "555 0100"):
                assert private not in url
                assert private not in decoded

    def test_it_answers_a_tampered_link_with_400(self):
        url = emailed_link("cancel")
        token = url.rstrip("/").rsplit("/", 1)[1]
        forged = url.replace(token, token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"))

        get = self.client.get(forged)
        post = self.client.post(forged)

        assert get.status_code == post.status_code == 400
        self.assertContains(get, "This link doesn’t work", status_code=400)
        assert Booking.objects.get().status == Booking.Status.CONFIRMED

    def test_it_refuses_a_view_token_used_as_a_cancel_link(self):
        view_token = links.make_token(self.booking, links.VIEW)

        response = self.client.post(reverse("bookings:cancel", args=[view_token]))

        assert response.status_code == 400
        assert Booking.objects.get().status == Booking.Status.CONFIRMED

    def test_it_answers_an_expired_link_with_410(self):
        url = emailed_link("cancel")

        with time_machine.travel(START + timedelta(minutes=1), tick=False):
            response = self.client.post(url)

        assert response.status_code == 410
        self.assertContains(response, "stopped working", status_code=410)
        assert Booking.objects.get().status == Booking.Status.CONFIRMED

    def test_it_cancels_through_the_link_once_and_a_used_link_changes_nothing(self):
        url = emailed_link("cancel")
        mail.outbox.clear()

        page = self.client.get(url)
        first = self.client.post(url, follow=True)
        cancelled = Booking.objects.get()
        second = self.client.post(url, follow=True)
        again = Booking.objects.get()

        self.assertContains(page, "Cancel your consultation?")
        self.assertContains(first, "Your consultation is cancelled")
        assert cancelled.status == Booking.Status.CANCELLED
        assert cancelled.cancelled_by == Booking.CancelledBy.CLIENT
        assert cancelled.cancelled_at == NOW
        assert second.status_code == 200
        self.assertNotContains(second, "Your consultation is cancelled. We have")
        assert (again.status, again.cancelled_at, again.sequence, again.updated_at) == (
            cancelled.status,
            cancelled.cancelled_at,
            cancelled.sequence,
            cancelled.updated_at,
        )
        # One email to the client, one to the clinician, and nothing for the second click.
        assert [m.to for m in mail.outbox] == [["ada@example.com"], ["theo@example.com"]]
        assert not Reminder.objects.exists()

    def test_it_makes_a_cancelled_time_bookable_again(self):
        self.client.post(emailed_link("cancel"))

        response = self.client.post(details_url(START), form_data(email="ben@example.com"))
        confirm_by_email(self.client)

        assert response.status_code == 302
        assert Booking.objects.filter(status=Booking.Status.CONFIRMED).get().email == (
            "ben@example.com"
        )

    def test_it_reschedules_through_the_link(self):
        url = emailed_link("reschedule")
        new_start = la(2026, 4, 4, 11, 0)

        picker = self.client.get(url)
        confirm = self.client.get(f"{url}?format=telehealth&start={new_start.isoformat()}")
        moved = self.client.post(url, {"format": "telehealth", "start": new_start.isoformat()})

        assert picker.status_code == 200
        assert picker.context["days"]
        self.assertContains(confirm, "Move my consultation")
        booking = Booking.objects.get()
        assert moved.status_code == 302
        assert moved["Location"] == links.path(booking, links.VIEW)
        assert booking.starts_at == new_start
        assert booking.sequence == 1

    def test_it_lets_a_booking_move_by_one_slot_past_its_own_time(self):
        url = emailed_link("reschedule")

        self.client.post(
            url, {"format": "telehealth", "start": (START + timedelta(minutes=15)).isoformat()}
        )

        assert Booking.objects.get().starts_at == START + timedelta(minutes=15)

    def test_it_says_when_the_new_time_was_just_taken(self):
        taken = la(2026, 4, 4, 11, 0)
        book(self.theo, taken, now=NOW, email="ben@example.com")
        url = emailed_link("reschedule")

        response = self.client.post(url, {"format": "telehealth", "start": taken.isoformat()})

        assert response.status_code == 409
        self.assertContains(response, "that time was just taken", status_code=409)
        assert Booking.objects.get(email="ada@example.com").starts_at == START

    def test_it_stops_the_reschedule_link_once_cancelled(self):
        url = emailed_link("reschedule")
        self.client.post(emailed_link("cancel"))

        response = self.client.post(
            url, {"format": "telehealth", "start": la(2026, 4, 4, 11).isoformat()}
        )

        assert response.status_code == 410
        booking = Booking.objects.get()
        assert booking.status == Booking.Status.CANCELLED
        assert booking.starts_at == START

    def test_it_shows_the_confirmation_page_with_its_calendar_file(self):
        view_url = links.path(self.booking, links.VIEW)

        page = self.client.get(view_url)
        calendar = self.client.get(page.context["calendar_url"])

        self.assertContains(page, "You’re booked")
        self.assertContains(page, "Please be in California")
        assert calendar.status_code == 200
        assert calendar["Content-Type"].startswith("text/calendar")
        assert b"BEGIN:VEVENT" in calendar.content

    def test_it_offers_google_outlook_and_apple_calendars_with_a_neutral_title(self):
        page = self.client.get(links.path(self.booking, links.VIEW))
        offered = page.context["calendar"]
        google = parse_qs(urlsplit(offered["google"]).query)
        outlook = parse_qs(urlsplit(offered["outlook"]).query)
        ics = self.client.get(offered["ics"]).content.decode()

        assert offered["title"] == "Appointment with Theo Alvarez"
        assert google["text"] == [offered["title"]]
        assert google["dates"] == ["20260403T170000Z/20260403T171500Z"]
        assert outlook["subject"] == [offered["title"]]
        assert outlook["startdt"] == ["2026-04-03T17:00:00Z"]
        assert "SUMMARY:Appointment with Theo Alvarez" in ics
        for title in (google["text"][0], outlook["subject"][0]):
            assert not {"therapy", "consultation", "counsel", "health"} & set(title.lower().split())
        self.assertContains(page, "Google Calendar")
        self.assertContains(page, "Outlook")
        self.assertContains(page, "Apple Calendar")
        self.assertContains(page, "Other apps (.ics file)")

    def test_it_offers_no_calendar_before_the_booking_is_confirmed(self):
        self.booking.status = Booking.Status.PENDING
        self.booking.save()

        page = self.client.get(links.path(self.booking, links.VIEW))

        assert page.context["calendar"] is None
        self.assertNotContains(page, "Google Calendar")
