"""The clinician's side: dashboard, decisions, notes, availability settings and the ICS feed."""

from datetime import time, timedelta
from urllib.parse import urlencode

import time_machine
from django.core import mail
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from icalendar import Calendar

from securebase.bookings import availability, decisions, services
from securebase.bookings.audit import record_bookings_listed
from securebase.bookings.models import Booking, BookingSettings, DateOverride, WeeklyWindow
from securebase.bookings.tests.helpers import AfterCommit, book, la, open_hours
from securebase.privacy.models import AuditEvent
from securebase.testing import Personas, login_verified, make_clinician

NOW = la(2026, 4, 1, 8, 0)
START = la(2026, 4, 3, 10, 0)


def pending_pair(clinician, start):
    """Two pending requests for one time, as a race on an older deployment could leave them:
    requests hold a time through the re-check in the booking transaction, not a constraint."""
    first = book(clinician, start, now=NOW)
    second = Booking.objects.create(
        clinician=first.clinician,
        format=first.format,
        status=Booking.Status.PENDING,
        starts_at=first.starts_at,
        ends_at=first.ends_at,
        held_from=first.held_from,
        held_until=first.held_until,
        full_name="Ben Okafor",
        email="ben@example.com",
        client_time_zone="America/Los_Angeles",
        contact_consent_at=NOW,
        california_attested_at=NOW,
        telehealth_consent_at=NOW,
    )
    return first, second


@time_machine.travel(NOW, tick=False)
class DashboardTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)
        cls.rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        open_hours(cls.rosa)

    def setUp(self):
        self.booking = book(self.theo, START, now=NOW, reason="Scared of being too much.")
        self.booking.client = self.ada
        self.booking.save()

    def test_it_lists_upcoming_consultations_with_the_clients_details(self):
        login_verified(self.client, self.theo)

        response = self.client.get(reverse("bookings:clinic"))

        assert response.status_code == 200
        assert response.context["overview"].upcoming == [self.booking]
        self.assertContains(response, "Ada Park")

    def test_it_audits_every_client_the_dashboard_lists(self):
        visitor = book(self.theo, la(2026, 4, 7, 11), now=NOW, email="vera@example.com")
        book(self.rosa, la(2026, 4, 7, 11), now=NOW, email="someone-else@example.com")
        login_verified(self.client, self.theo)

        self.client.get(reverse("bookings:clinic"))

        rows = {
            (event.viewer, event.subject, event.subject_email, event.detail)
            for event in AuditEvent.objects.all()
        }
        assert rows == {
            (self.theo, self.ada, self.ada.email, str(self.booking.uid)),
            (self.theo, None, "vera@example.com", str(visitor.uid)),
        }

    def test_it_audits_a_list_of_bookings_as_it_audits_one(self):
        visitor = book(self.theo, la(2026, 4, 7, 11), now=NOW, email="vera@example.com")

        written = record_bookings_listed(
            viewer=self.theo, bookings=[self.booking, visitor], action="listed somewhere"
        )

        assert written == 2
        rows = {
            (event.subject, event.subject_email, event.action, event.detail)
            for event in AuditEvent.objects.filter(viewer=self.theo)
        }
        assert rows == {
            (self.ada, self.ada.email, "listed somewhere", str(self.booking.uid)),
            (None, "vera@example.com", "listed somewhere", str(visitor.uid)),
        }

    def test_it_lists_todays_consultations_under_today(self):
        later_today = la(2026, 4, 1, 16, 0)
        Booking.objects.filter(pk=self.booking.pk).update(
            starts_at=later_today,
            ends_at=later_today + timedelta(minutes=15),
            held_from=later_today,
            held_until=later_today + timedelta(minutes=15),
        )
        login_verified(self.client, self.theo)

        response = self.client.get(reverse("bookings:clinic"))

        assert [b.pk for b in response.context["overview"].today] == [self.booking.pk]

    def test_it_shows_the_dashboard_in_constant_queries(self):
        login_verified(self.client, self.theo)
        self.client.get(reverse("bookings:clinic"))
        counts = []
        for extra in (0, 30):
            for index in range(extra):
                book(self.theo, la(2026, 4, 6, 9) + timedelta(minutes=15 * index), now=NOW)
            with CaptureQueriesContext(connection) as queries:
                self.client.get(reverse("bookings:clinic"))
            counts.append(len(queries))

        assert counts[0] == counts[1]

    def test_it_shows_one_consultation_and_writes_the_audit_row(self):
        login_verified(self.client, self.theo)

        response = self.client.get(reverse("bookings:clinic_booking", args=[self.booking.uid]))

        self.assertContains(response, "Scared of being too much.")
        self.assertContains(response, "In California (attested)")
        event = AuditEvent.objects.get()
        assert (event.viewer, event.subject) == (self.theo, self.ada)

    def test_it_audits_a_consultation_booked_without_an_account(self):
        visitor = book(
            self.theo,
            la(2026, 4, 7, 11),
            now=NOW,
            full_name="Vera Lind",
            email="vera@example.com",
            reason="Worried all the time.",
        )
        login_verified(self.client, self.theo)

        response = self.client.get(reverse("bookings:clinic_booking", args=[visitor.uid]))

        self.assertContains(response, "Worried all the time.")
        event = AuditEvent.objects.get()
        assert (event.viewer, event.subject) == (self.theo, None)
        assert event.subject_email == "vera@example.com"
        assert event.detail == str(visitor.uid)

    def test_it_answers_404_to_anyone_but_the_booking_clinician(self):
        url = reverse("bookings:clinic_booking", args=[self.booking.uid])
        for person in (self.ada, self.ben, self.rosa):
            login_verified(self.client, person)
            assert self.client.get(url).status_code == 404
            assert self.client.post(url + "note/", {"note": "x"}).status_code == 404
            assert self.client.post(url + "cancel/", {"message": ""}).status_code == 404
        assert Booking.objects.get().status == Booking.Status.CONFIRMED
        assert Booking.objects.get().private_note == ""

    def test_it_answers_404_on_the_dashboard_to_clients(self):
        login_verified(self.client, self.ben)

        assert self.client.get(reverse("bookings:clinic")).status_code == 404
        assert self.client.get(reverse("bookings:clinic_settings")).status_code == 404

    def test_it_sends_visitors_to_log_in(self):
        response = self.client.get(reverse("bookings:clinic"))

        assert response.status_code == 302
        assert reverse("accounts:login") in response["Location"]

    def test_it_cancels_with_a_message_to_the_client(self):
        login_verified(self.client, self.theo)
        mail.outbox.clear()

        response = self.client.post(
            reverse("bookings:clinic_cancel", args=[self.booking.uid]),
            {"message": "I have to be away that day. Sorry!"},
            follow=True,
        )

        self.booking.refresh_from_db()
        assert self.booking.status == Booking.Status.CANCELLED
        assert self.booking.cancelled_by == Booking.CancelledBy.CLINICIAN
        self.assertContains(response, "Cancelled. The client has been emailed.")
        (message,) = mail.outbox
        assert message.to == ["ada@example.com"]
        assert "I have to be away that day. Sorry!" in message.body
        dashboard = self.client.get(reverse("bookings:clinic"))
        assert dashboard.context["overview"].recently_cancelled == [self.booking]

    def test_it_keeps_a_private_note_encrypted_at_rest(self):
        login_verified(self.client, self.theo)

        self.client.post(
            reverse("bookings:clinic_note", args=[self.booking.uid]),
            {"note": "Mentions a recent breakup."},
        )

        self.booking.refresh_from_db()
        assert self.booking.private_note == "Mentions a recent breakup."
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT private_note, reason FROM bookings_booking WHERE id = %s",
                [self.booking.pk],
            )
            raw_note, raw_reason = cursor.fetchone()
        assert "breakup" not in raw_note
        assert "too much" not in raw_reason

    def test_it_shows_the_consultation_again_with_the_errors_of_a_refused_form(self):
        login_verified(self.client, self.theo)

        response = self.client.post(
            reverse("bookings:clinic_note", args=[self.booking.uid]), {"note": "x" * 5001}
        )

        assert response.status_code == 400
        self.assertTemplateUsed(response, "bookings/clinic/booking.html")
        assert response.context["note_form"].errors["note"]
        self.booking.refresh_from_db()
        assert self.booking.private_note == ""

    def test_it_records_completed_and_no_show_only_after_the_start(self):
        login_verified(self.client, self.theo)
        url = reverse("bookings:clinic_outcome", args=[self.booking.uid])

        early = self.client.post(url, {"outcome": "completed"}, follow=True)
        self.booking.refresh_from_db()
        assert self.booking.status == Booking.Status.CONFIRMED
        self.assertContains(early, "has not started yet")

        with time_machine.travel(START + timedelta(minutes=20), tick=False):
            login_verified(self.client, self.theo)  # the earlier session has long expired
            self.client.post(url, {"outcome": "no_show"})
        self.booking.refresh_from_db()
        assert self.booking.status == Booking.Status.NO_SHOW


@time_machine.travel(NOW, tick=False)
class RequestAndApproveTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo, approval="request")

    def test_it_confirms_a_request_and_emails_the_client(self):
        booking = book(self.theo, START, now=NOW)
        login_verified(self.client, self.theo)
        mail.outbox.clear()

        self.client.post(reverse("bookings:clinic_confirm", args=[booking.uid]))

        booking.refresh_from_db()
        assert booking.status == Booking.Status.CONFIRMED
        assert booking.confirmed_at == NOW
        assert [m.to for m in mail.outbox] == [["ada@example.com"]]

    def test_it_declines_a_request_and_frees_the_time(self):
        booking = book(self.theo, START, now=NOW)
        login_verified(self.client, self.theo)
        mail.outbox.clear()

        self.client.post(
            reverse("bookings:clinic_decline", args=[booking.uid]),
            {"decline-message": "Could you do Monday instead?"},
        )

        booking.refresh_from_db()
        assert booking.status == Booking.Status.DECLINED
        assert "Could you do Monday instead?" in mail.outbox[0].body
        assert book(self.theo, START, now=NOW, email="ben@example.com").status == "pending"

    def test_it_explains_that_a_decline_message_goes_in_the_decline_email(self):
        booking = book(self.theo, START, now=NOW)
        login_verified(self.client, self.theo)

        page = self.client.get(reverse("bookings:clinic_booking", args=[booking.uid]))

        assert page.context["decline_form"]["message"].help_text == (
            "Included in the email telling them the request was declined."
        )
        self.assertContains(page, "Included in the email telling them the request was declined.")

    def test_it_fails_cleanly_when_confirming_the_second_of_two_requests_for_one_time(self):
        first, second = pending_pair(self.theo, START)
        login_verified(self.client, self.theo)

        self.client.post(reverse("bookings:clinic_confirm", args=[first.uid]))
        response = self.client.post(
            reverse("bookings:clinic_confirm", args=[second.uid]), follow=True
        )

        assert response.status_code == 200
        self.assertContains(response, "Another consultation is already confirmed at this time")
        first.refresh_from_db()
        second.refresh_from_db()
        assert first.status == Booking.Status.CONFIRMED
        assert second.status == Booking.Status.PENDING
        # The clinician can still decline it, with a message.
        self.client.post(
            reverse("bookings:clinic_decline", args=[second.uid]), {"decline-message": ""}
        )
        second.refresh_from_db()
        assert second.status == Booking.Status.DECLINED

    def test_it_refuses_to_confirm_twice(self):
        booking = book(self.theo, START, now=NOW)
        decisions.confirm_booking(booking=booking, now=NOW)

        with self.assertRaises(services.BookingStateError):
            decisions.confirm_booking(booking=booking, now=NOW)


@time_machine.travel(NOW, tick=False)
class AvailabilitySettingsTests(AfterCommit, Personas, TestCase):
    def setUp(self):
        login_verified(self.client, self.theo)

    def picker_days(self, fmt="in_person"):
        query = urlencode({"clinician": "theo", "format": fmt})
        response = self.client.get(f"{reverse('bookings:times')}?{query}&week=2026-04-06")
        return {
            day["date"]: [m.strftime("%H:%M") for m, _ in day["slots"]]
            for day in response.context["days"]
        }

    def save_hours(self, rows):
        data = {
            "hours-TOTAL_FORMS": str(len(rows)),
            "hours-INITIAL_FORMS": "0",
            "hours-MIN_NUM_FORMS": "0",
            "hours-MAX_NUM_FORMS": "40",
        }
        for index, row in enumerate(rows):
            for key, value in row.items():
                data[f"hours-{index}-{key}"] = value
        return self.client.post(reverse("bookings:clinic_save_hours"), data)

    def test_it_creates_default_settings_on_first_visit(self):
        response = self.client.get(reverse("bookings:clinic_settings"))

        row = BookingSettings.objects.get()
        assert response.status_code == 200
        assert (row.approval, row.notice_hours, row.horizon_days, row.length_minutes) == (
            "instant",
            24,
            30,
            15,
        )
        self.assertContains(response, row.feed_token)

    def test_it_saves_weekly_hours_each_with_its_formats(self):
        self.client.get(reverse("bookings:clinic_settings"))

        response = self.save_hours(
            [
                {"weekday": "0", "start_time": "09:00", "end_time": "12:00", "in_person": "on"},
                {"weekday": "0", "start_time": "13:00", "end_time": "14:00", "telehealth": "on"},
                {
                    "weekday": "",
                    "start_time": "",
                    "end_time": "",
                    "in_person": "on",
                    "telehealth": "on",
                },
            ]
        )

        assert response.status_code == 302
        assert WeeklyWindow.objects.count() == 2
        monday = la(2026, 4, 6).date()
        assert self.picker_days("in_person")[monday][0] == "09:00"
        assert "13:00" not in self.picker_days("in_person")[monday]
        assert self.picker_days("telehealth")[monday] == ["13:00", "13:15", "13:30", "13:45"]

    def test_it_refuses_hours_that_end_before_they_start(self):
        self.client.get(reverse("bookings:clinic_settings"))

        response = self.save_hours(
            [{"weekday": "0", "start_time": "12:00", "end_time": "09:00", "in_person": "on"}]
        )

        assert response.status_code == 400
        self.assertContains(response, "The end must be after the start.", status_code=400)
        assert not WeeklyWindow.objects.exists()

    def test_it_gives_no_slots_on_a_day_off(self):
        open_hours(self.theo)
        monday = la(2026, 4, 6).date()

        self.client.post(
            reverse("bookings:clinic_add_override"), {"date": "2026-04-06", "day_off": "on"}
        )

        assert monday not in self.picker_days()
        assert len(self.picker_days()[monday + timedelta(days=1)]) == 32

    def test_it_replaces_the_weekly_hours_for_one_date_only(self):
        open_hours(self.theo)
        monday = la(2026, 4, 6).date()

        self.client.post(
            reverse("bookings:clinic_add_override"),
            {"date": "2026-04-06", "start_time": "18:00", "end_time": "19:00", "in_person": "on"},
        )

        days = self.picker_days()
        assert days[monday] == ["18:00", "18:15", "18:30", "18:45"]
        assert len(days[monday + timedelta(days=1)]) == 32
        override = DateOverride.objects.get()
        assert (override.start_time, override.day_off) == (time(18), False)

    def test_it_removes_an_override_and_only_the_clinicians_own(self):
        row = open_hours(self.theo)
        override = availability.set_date_override(row=row, day=la(2026, 4, 6).date(), day_off=True)
        rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")

        login_verified(self.client, rosa)
        assert (
            self.client.post(
                reverse("bookings:clinic_remove_override", args=[override.pk])
            ).status_code
            == 404
        )
        login_verified(self.client, self.theo)
        self.client.post(reverse("bookings:clinic_remove_override", args=[override.pk]))

        assert not DateOverride.objects.exists()

    def test_it_hides_the_slot_after_a_booking_behind_the_after_buffer(self):
        open_hours(self.theo, buffer_after_minutes=15)
        book(self.theo, la(2026, 4, 6, 10, 0), now=NOW, fmt="in_person")

        monday = self.picker_days()[la(2026, 4, 6).date()]

        assert "10:00" not in monday
        assert "10:15" not in monday
        assert "10:30" in monday

    def test_it_saves_booking_rules(self):
        self.client.get(reverse("bookings:clinic_settings"))

        response = self.client.post(
            reverse("bookings:clinic_save_rules"),
            {
                "accepting": "on",
                "approval": "request",
                "length_minutes": "15",
                "interval_minutes": "30",
                "buffer_before_minutes": "5",
                "buffer_after_minutes": "10",
                "notice_hours": "48",
                "horizon_days": "14",
                "video_link": "https://video.example/theo",
            },
        )

        row = BookingSettings.objects.get()
        assert response.status_code == 302
        assert (row.approval, row.interval_minutes, row.notice_hours, row.horizon_days) == (
            "request",
            30,
            48,
            14,
        )
        assert row.video_link == "https://video.example/theo"

    def test_it_refuses_a_nonsense_rule(self):
        self.client.get(reverse("bookings:clinic_settings"))

        response = self.client.post(
            reverse("bookings:clinic_save_rules"),
            {
                "approval": "instant",
                "length_minutes": "1",
                "interval_minutes": "15",
                "buffer_before_minutes": "0",
                "buffer_after_minutes": "0",
                "notice_hours": "24",
                "horizon_days": "30",
            },
        )

        assert response.status_code == 400
        assert BookingSettings.objects.get().length_minutes == 15


@time_machine.travel(NOW, tick=False)
class FeedTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.row = open_hours(cls.theo)

    def test_it_serves_the_feed_by_secret_token_without_client_names(self):
        booking = book(self.theo, START, now=NOW)

        response = self.client.get(reverse("bookings:feed", args=[self.row.feed_token]))

        assert response.status_code == 200
        calendar = Calendar.from_ical(response.content)
        (event,) = calendar.walk("VEVENT")
        assert str(event["UID"]).startswith(str(booking.uid))
        assert event.decoded("DTSTART") == START
        assert b"Ada" not in response.content
        assert b"ada@example.com" not in response.content

    def test_it_answers_404_to_an_unknown_token(self):
        assert self.client.get(reverse("bookings:feed", args=["nope"])).status_code == 404

    def test_it_regenerates_the_token_and_the_old_url_stops_working(self):
        old = reverse("bookings:feed", args=[self.row.feed_token])
        login_verified(self.client, self.theo)

        self.client.post(reverse("bookings:clinic_regenerate_feed"))

        self.row.refresh_from_db()
        assert self.client.get(old).status_code == 404
        assert (
            self.client.get(reverse("bookings:feed", args=[self.row.feed_token])).status_code == 200
        )
