"""The visitor's path: choose, pick a time, give details, confirmation and email."""

from datetime import UTC, time, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import time_machine
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils.html import escape

from securebase.bookings import free_times, slots
from securebase.bookings.forms import NOT_IN_CALIFORNIA
from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import (
    AfterCommit,
    book,
    confirm_by_email,
    details_url,
    form_data,
    la,
    open_hours,
)
from securebase.practice.models import ClinicianProfile
from securebase.testing import Personas, login_verified, make_clinician

NOW = la(2026, 4, 1, 8, 0)  # a Wednesday
ADDRESS = "1234 Wilshire Boulevard"


@time_machine.travel(NOW, tick=False)
class StartPageTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)

    def test_it_offers_first_available_and_each_clinician(self):
        response = self.client.get(reverse("bookings:start"))

        assert response.status_code == 200
        self.assertContains(response, "First available clinician")
        self.assertContains(response, "Theo Alvarez")
        self.assertContains(response, ADDRESS)

    def test_it_sends_a_telehealth_visitor_in_california_to_the_times(self):
        query = urlencode({"clinician": "any", "format": "telehealth", "location": "california"})

        response = self.client.get(f"{reverse('bookings:start')}?{query}")

        self.assertRedirects(
            response,
            f"{reverse('bookings:times')}?clinician=any&format=telehealth",
            fetch_redirect_response=False,
        )

    def test_it_explains_why_telehealth_outside_california_is_not_possible(self):
        query = urlencode({"clinician": "any", "format": "telehealth", "location": "elsewhere"})

        response = self.client.get(f"{reverse('bookings:start')}?{query}")

        assert response.status_code == 200
        self.assertTemplateUsed(response, "bookings/outside_california.html")
        self.assertContains(response, "A California license covers clients")
        self.assertContains(response, "Find a therapist licensed where you are")
        self.assertContains(response, 'href="tel:988"')

    def test_it_lets_a_visitor_choose_their_time_zone_before_seeing_times(self):
        page = self.client.get(reverse("bookings:start"))
        query = urlencode({"clinician": "any", "format": "in_person", "tz": "America/New_York"})
        chosen = self.client.get(f"{reverse('bookings:start')}?{query}", follow=True)

        self.assertContains(page, '<option value="Europe/London">United Kingdom (London)</option>')
        assert page.context["form"]["tz"].value() == "America/Los_Angeles"
        assert chosen.redirect_chain[0][0].endswith("tz=America%2FNew_York")
        assert chosen.context["tz"].key == "America/New_York"
        self.assertContains(chosen, "12:00 PM")

    def test_it_ignores_a_time_zone_it_does_not_know(self):
        query = urlencode({"clinician": "any", "format": "in_person", "tz": "Mars/Olympus"})

        response = self.client.get(f"{reverse('bookings:start')}?{query}")

        self.assertRedirects(
            response,
            f"{reverse('bookings:times')}?clinician=any&format=in_person",
            fetch_redirect_response=False,
        )

    def test_it_asks_telehealth_visitors_where_they_will_be(self):
        query = urlencode({"clinician": "any", "format": "telehealth"})

        response = self.client.get(f"{reverse('bookings:start')}?{query}")

        assert response.status_code == 200
        self.assertContains(response, "tell us whether you will be in California")


@time_machine.travel(NOW, tick=False)
class SlotPickerTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)

    def picker(self, **params):
        query = urlencode({"clinician": "any", "format": "in_person", **params})
        return self.client.get(f"{reverse('bookings:times')}?{query}")

    def test_it_lists_times_from_the_minimum_notice_in_the_practice_zone(self):
        response = self.picker()

        assert response.status_code == 200
        days = response.context["days"]
        first_day = days[0]
        # 08:00 now + 24 h notice: tomorrow from 09:00 (the window's start) onwards.
        assert first_day["date"] == la(2026, 4, 2).date()
        assert first_day["slots"][0][0] == la(2026, 4, 2, 9, 0)
        # "First available" merges everyone's times, so a page holds a few days, not a week.
        assert len(days) == 3
        self.assertContains(response, "Thursday, April 2")
        self.assertContains(response, "9:00 AM")
        self.assertContains(response, ADDRESS)

    def test_it_shows_times_in_the_visitors_zone_and_notes_the_practice_zone(self):
        response = self.picker(tz="America/New_York")

        assert response.context["days"][0]["slots"][0][0].hour == 12
        self.assertContains(response, "12:00 PM")
        self.assertContains(response, "America/New York")
        self.assertContains(response, "the practice is in Los Angeles")

    def test_it_links_each_time_in_another_zone_to_the_right_moment(self):
        picker = self.picker(tz="America/New_York")
        moment, url = picker.context["days"][0]["slots"][0]

        details = self.client.get(url)
        booked = self.client.post(url, form_data("in_person"))

        assert moment == la(2026, 4, 2, 9, 0)
        assert details.context["start"] == la(2026, 4, 2, 9, 0)
        self.assertContains(details, "Thursday, April 2, 2026 at 12:00 PM EDT")
        self.assertContains(details, "Thursday, April 2, 2026 at 9:00 AM PDT at the practice")
        assert booked.status_code == 302
        assert Booking.objects.get().starts_at == la(2026, 4, 2, 9, 0)
        assert Booking.objects.get().client_time_zone == "America/New_York"

    def test_it_uses_a_signed_in_clients_own_zone(self):
        self.ada.time_zone = "America/Chicago"
        self.ada.save()
        self.client.force_login(self.ada)

        response = self.picker()

        assert response.context["tz"].key == "America/Chicago"

    def test_it_pages_by_week_with_links_that_work_without_javascript(self):
        first = self.picker(clinician="theo")
        later_url = first.context["later_url"]

        second = self.client.get(later_url)

        assert len(first.context["days"]) == 7
        assert second.context["days"][0]["date"] == la(2026, 4, 9).date()
        assert second.context["earlier_url"]

    def test_it_pages_first_available_a_few_days_at_a_time(self):
        first = self.picker()
        second = self.client.get(first.context["later_url"])
        back = self.client.get(second.context["earlier_url"])

        assert [d["date"] for d in second.context["days"]] == [
            la(2026, 4, 5).date(),
            la(2026, 4, 6).date(),
            la(2026, 4, 7).date(),
        ]
        assert back.context["days"][0]["date"] == la(2026, 4, 2).date()
        assert first.context["earlier_url"] == ""

    def test_it_jumps_to_a_date_without_javascript(self):
        response = self.picker(week="2026-04-20")

        assert response.context["days"][0]["date"] == la(2026, 4, 20).date()
        self.assertContains(response, '<label for="id_week">Jump to a date</label>', html=True)
        self.assertContains(response, 'min="2026-04-01"')
        self.assertContains(response, 'max="2026-05-01"')
        assert response.context["earlier_url"]

    def test_it_builds_each_time_link_as_reverse_and_urlencode_would(self):
        response = self.picker(tz="Asia/Kolkata")
        moment, url = response.context["days"][0]["slots"][0]
        query = urlencode(
            {
                "clinician": "any",
                "format": "in_person",
                "tz": "Asia/Kolkata",
                "start": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ"),
            }
        )

        assert url == f"{reverse('bookings:details')}?{query}"

    def test_it_answers_htmx_with_only_the_picker(self):
        query = urlencode({"clinician": "any", "format": "in_person"})
        response = self.client.get(f"{reverse('bookings:times')}?{query}", HTTP_HX_REQUEST="true")

        assert response.status_code == 200
        assert b"<html" not in response.content
        assert b'id="picker"' in response.content

    def test_it_sends_a_picker_without_a_format_back_to_the_start(self):
        response = self.client.get(reverse("bookings:times"))

        self.assertRedirects(response, reverse("bookings:start"), fetch_redirect_response=False)

    def test_it_runs_the_same_number_of_queries_with_10_or_200_bookings(self):
        other = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        open_hours(other)
        for count in (10, 200):
            Booking.objects.all().delete()
            self.make_bookings(count, [self.theo, other])
            assert Booking.objects.count() == count
            with self.assertNumQueries(4):
                response = self.picker()
            assert response.status_code == 200

    def test_the_start_page_lists_every_clinician_in_one_query(self):
        other = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        open_hours(other)
        with self.assertNumQueries(1):
            response = self.client.get(reverse("bookings:start"))
        self.assertContains(response, 'value="rosa"')
        self.assertContains(response, "Rosa Mendes")
        self.assertContains(response, 'value="theo"')

    def test_it_shows_on_each_page_what_the_whole_horizon_computed_at_once_would(self):
        other = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        open_hours(other, start=time(12), end=time(20))
        self.make_bookings(150, [self.theo, other])
        everything = slots.group_by_local_day(
            slots.merge_free_slots(
                free_times.free_times(
                    free_times.schedules_for(free_times.bookable_settings(), now=NOW),
                    fmt="in_person",
                    now=NOW,
                )
            ),
            ZoneInfo("Asia/Tokyo"),
        )

        url = f"{reverse('bookings:times')}?clinician=any&format=in_person&tz=Asia%2FTokyo"
        shown = {}
        while url:
            page = self.client.get(url).context
            shown.update({day["date"]: [m for m, _ in day["slots"]] for day in page["days"]})
            url = page["later_url"]

        assert shown == everything

    def make_bookings(self, count, clinicians):
        start = la(2026, 4, 2, 9, 0)
        rows = []
        for index in range(count):
            clinician = clinicians[index % len(clinicians)]
            moment = start + timedelta(days=index // 32 // 2, minutes=15 * ((index // 2) % 32))
            rows.append(
                Booking(
                    clinician=clinician.clinician_profile,
                    format="in_person",
                    status=Booking.Status.CONFIRMED,
                    starts_at=moment,
                    ends_at=moment + timedelta(minutes=15),
                    held_from=moment,
                    held_until=moment + timedelta(minutes=15),
                    full_name="Someone",
                    email="someone@example.com",
                    client_time_zone="America/Los_Angeles",
                    contact_consent_at=NOW,
                )
            )
        Booking.objects.bulk_create(rows)


@time_machine.travel(NOW, tick=False)
class DetailsTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.settings_row = open_hours(cls.theo, video_link="https://video.example/theo")

    def test_it_books_in_person_and_shows_the_address(self):
        url = details_url(la(2026, 4, 2, 10, 0), fmt="in_person")

        page = self.client.get(url)
        self.client.post(url, form_data("in_person", submission_key=None))
        response = confirm_by_email(self.client, follow=True)

        self.assertContains(page, ADDRESS)
        assert "in_california" not in page.context["form"].fields
        booking = Booking.objects.get()
        assert booking.format == "in_person"
        assert booking.status == Booking.Status.CONFIRMED
        assert booking.california_attested_at is None
        self.assertTemplateUsed(response, "bookings/booked.html")
        self.assertContains(response, "You’re booked")
        self.assertContains(response, ADDRESS)

    def test_it_books_telehealth_and_stores_the_attestation_and_consent_with_their_time(self):
        url = details_url(la(2026, 4, 2, 10, 0))

        page = self.client.get(url)
        self.client.post(url, form_data(reason="Anxious when texts go unanswered."))

        self.assertContains(page, "Business and Professions Code §2290.5")
        booking = Booking.objects.get()
        assert booking.california_attested_at == NOW
        assert booking.telehealth_consent_at == NOW
        assert booking.telehealth_consent_version
        assert booking.contact_consent_at == NOW
        assert booking.reason == "Anxious when texts go unanswered."
        assert booking.clinician.user == self.theo

    def test_it_refuses_telehealth_without_the_california_attestation(self):
        url = details_url(la(2026, 4, 2, 10, 0))

        response = self.client.post(url, form_data(in_california=None))

        assert response.status_code == 200
        assert not Booking.objects.exists()
        self.assertContains(response, NOT_IN_CALIFORNIA)
        self.assertContains(response, reverse("bookings:outside_california"))
        assert mail.outbox == []

    def test_it_refuses_telehealth_without_consent(self):
        response = self.client.post(
            details_url(la(2026, 4, 2, 10, 0)), form_data(telehealth_consent=None)
        )

        assert response.status_code == 200
        assert not Booking.objects.exists()
        self.assertContains(response, "Telehealth needs your consent")

    def test_it_needs_a_phone_number_to_call_or_text(self):
        response = self.client.post(
            details_url(la(2026, 4, 2, 10, 0)), form_data(contact_method="text")
        )

        assert not Booking.objects.exists()
        self.assertContains(response, "Add a phone number")

    def test_it_emails_the_client_an_invitation_and_the_clinician_a_notice(self):
        self.client.post(details_url(la(2026, 4, 2, 10, 0)), form_data(reason="private words"))
        confirm_by_email(self.client)

        to_client, to_clinician = mail.outbox
        assert to_client.to == ["ada@example.com"]
        assert "Thursday, April 2, 2026 at 10:00 AM PDT" in to_client.body
        assert "https://video.example/theo" in to_client.body
        assert "/book/cancel/" in to_client.body
        assert "/book/reschedule/" in to_client.body
        name, content, mimetype = to_client.attachments[0]
        assert b"BEGIN:VCALENDAR" in (content if isinstance(content, bytes) else content.encode())
        assert name.endswith(".ics")
        assert mimetype.startswith("text/calendar")
        assert to_clinician.to == ["theo@example.com"]
        assert "private words" not in to_clinician.body
        assert "Ada Park" not in to_clinician.body

    def test_it_answers_a_double_submit_with_the_same_booking(self):
        url = details_url(la(2026, 4, 2, 10, 0))
        key = "5b0e6a4e-8d4b-4f7e-9a55-0d2c1f3a9b10"

        first = self.client.post(url, form_data(submission_key=key))
        second = self.client.post(url, form_data(submission_key=key))

        assert Booking.objects.count() == 1
        assert first.status_code == second.status_code == 302
        assert first["Location"] == second["Location"]
        # One email: the link to confirm the address (see test_email_holds.py).
        assert len(mail.outbox) == 1

    def test_it_says_a_taken_time_was_just_taken_and_offers_the_nearest_free_times(self):
        book(self.theo, la(2026, 4, 2, 10, 0), now=NOW)
        url = details_url(la(2026, 4, 2, 10, 0))

        response = self.client.post(url, form_data(email="ben@example.com"))

        assert response.status_code == 409
        self.assertContains(response, "that time was just taken", status_code=409)
        alternatives = [moment for moment, _ in response.context["alternatives"]]
        # 15 minutes either side, then 30 minutes earlier (a tie goes to the earlier time).
        assert alternatives == [
            la(2026, 4, 2, 9, 30),
            la(2026, 4, 2, 9, 45),
            la(2026, 4, 2, 10, 15),
        ]
        # What the visitor typed is still in the form.
        self.assertContains(response, 'value="ben@example.com"', status_code=409)
        assert Booking.objects.count() == 1

    def test_it_books_a_nearest_time_with_what_was_typed_when_the_first_was_taken(self):
        book(self.theo, la(2026, 4, 2, 10, 0), now=NOW)
        data = form_data(email="ben@example.com", reason="Worried when he goes quiet.")

        response = self.client.post(details_url(la(2026, 4, 2, 10, 0)), data)

        assert response.status_code == 409
        first_url = response.context["alternatives"][0][1]
        # Each nearest time submits the details form (which keeps the typed words) to itself.
        self.assertContains(response, 'id="details-form"', status_code=409)
        self.assertContains(
            response,
            f'<button type="submit" form="details-form" formaction="{escape(first_url)}"',
            status_code=409,
        )
        chosen = self.client.post(first_url, data)
        assert chosen.status_code == 302
        booking = Booking.objects.get(email="ben@example.com")
        assert booking.starts_at == la(2026, 4, 2, 9, 30)
        assert booking.reason == "Worried when he goes quiet."

    def test_it_warns_on_opening_a_time_that_is_already_taken(self):
        book(self.theo, la(2026, 4, 2, 10, 0), now=NOW)

        response = self.client.get(details_url(la(2026, 4, 2, 10, 0)))

        self.assertContains(response, "that time was just taken")

    def test_it_links_a_signed_in_clients_booking_to_their_account(self):
        login_verified(self.client, self.ada)

        self.client.post(details_url(la(2026, 4, 2, 10, 0)), form_data())

        assert Booking.objects.get().client == self.ada

    def test_it_shows_crisis_resources_after_risky_words_and_still_books(self):
        response = self.client.post(
            details_url(la(2026, 4, 2, 10, 0)),
            form_data(reason="Honestly I want to kill myself when he leaves."),
            follow=True,
        )

        assert Booking.objects.count() == 1
        assert response.context["show_crisis_panel"] is True

    def test_it_holds_a_request_until_the_clinician_decides(self):
        self.settings_row.approval = "request"
        self.settings_row.save()

        self.client.post(details_url(la(2026, 4, 2, 10, 0)), form_data())
        response = confirm_by_email(self.client, follow=True)

        booking = Booking.objects.get()
        assert booking.status == Booking.Status.PENDING
        self.assertContains(response, "Request received")
        assert "We have your consultation request" in mail.outbox[0].subject
        assert mail.outbox[0].attachments == []
        # The held time is not offered to anyone else.
        again = self.client.post(
            details_url(la(2026, 4, 2, 10, 0)), form_data(email="ben@example.com")
        )
        assert again.status_code == 409

    def test_it_picks_the_first_available_clinician_in_display_order(self):
        rosa = make_clinician(email="rosa@example.com", full_name="Rosa Mendes", slug="rosa")
        ClinicianProfile.objects.filter(user=rosa).update(display_order=0)
        ClinicianProfile.objects.filter(user=self.theo).update(display_order=1)
        open_hours(rosa)
        start = la(2026, 4, 2, 10, 0)

        self.client.post(details_url(start), form_data())
        self.client.post(details_url(start), form_data(email="ben@example.com"))
        third = self.client.post(details_url(start), form_data(email="cy@example.com"))

        assert [b.clinician.slug for b in Booking.objects.order_by("pk")] == ["rosa", "theo"]
        assert third.status_code == 409


@time_machine.travel(NOW, tick=False)
class NoticeAndHorizonTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo, start=la(2026, 1, 1, 0, 0).time(), end=la(2026, 1, 1, 23, 45).time())

    def listed(self, moment):
        query = urlencode({"clinician": "any", "format": "in_person"})
        response = self.client.get(f"{reverse('bookings:times')}?{query}&week={moment.date()}")
        return any(m == moment for day in response.context["days"] for m, _ in day["slots"])

    def test_it_neither_lists_nor_accepts_a_time_one_minute_short_of_24_hours(self):
        slot = la(2026, 4, 2, 8, 0)
        with time_machine.travel(slot - timedelta(hours=23, minutes=59), tick=False):
            assert not self.listed(slot)
            response = self.client.post(details_url(slot, fmt="in_person"), form_data("in_person"))

        assert response.status_code == 409
        self.assertContains(response, "can’t be booked", status_code=409)
        assert not Booking.objects.exists()

    def test_it_lists_and_accepts_a_time_exactly_24_hours_ahead(self):
        exactly = NOW + timedelta(hours=24)

        assert self.listed(exactly)
        response = self.client.post(details_url(exactly, fmt="in_person"), form_data("in_person"))
        assert response.status_code == 302
        assert Booking.objects.get().starts_at == exactly

    def test_it_neither_lists_nor_accepts_day_31_of_a_30_day_horizon(self):
        day_30 = la(2026, 5, 1, 10, 0)
        day_31 = la(2026, 5, 2, 10, 0)

        assert self.listed(day_30)
        assert not self.listed(day_31)
        refused = self.client.post(details_url(day_31, fmt="in_person"), form_data("in_person"))
        assert refused.status_code == 409
        assert not Booking.objects.exists()
