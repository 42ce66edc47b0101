"""Every page shows a moment the way core/dates.py writes it, in the viewer's zone.

One fixed moment, 02:00 UTC on Thursday December 3, 2026, is 6:00 PM on Wednesday December 2 at
the practice in Los Angeles and 9:00 PM the same Wednesday in New York. Ada and Theo read the
site from New York, so a page that showed UTC ("Dec 3", "2:00 AM"), the practice's clock where
the viewer's is meant, or Django's own style ("p.m.", "Dec. 2") fails here.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta

import time_machine
from django.test import TestCase
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User
from securebase.articles.models import Article
from securebase.bookings import links
from securebase.bookings.tests.helpers import book, open_hours
from securebase.care.tests.helpers import connect
from securebase.checkins.models import Checkin
from securebase.journal.models import Entry
from securebase.privacy.models import AuditEvent
from securebase.records import services as records
from securebase.records.models import DocumentTemplate
from securebase.testing import Personas, login_verified

MOMENT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
EAST = "America/New_York"
UTC_TEXT = ("Dec 3", "December 3", "2:00 AM", "p.m.", "a.m.", "Dec.")


# The whole class runs an hour after MOMENT (still Wednesday evening in Los Angeles and New
# York), so whatever the personas or a page stamp with "now" falls on the same day whenever
# the suite runs.
@time_machine.travel(MOMENT + timedelta(hours=1), tick=True)
class DatesOnPagesTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for person in (cls.ada, cls.theo):
            person.time_zone = EAST
            person.save()
        Checkin.objects.create(
            user=cls.ada,
            created_at=MOMENT,
            updated_at=MOMENT,
            anxiety=6,
            token=uuid.uuid4(),
        )
        Entry.objects.create(
            user=cls.ada,
            body="A few words.",
            submission_key=uuid.uuid4(),
            created_at=MOMENT,
            updated_at=MOMENT,
        )
        open_hours(cls.theo, start=time(9), end=time(20))
        cls.booking = book(cls.theo, MOMENT, now=MOMENT - timedelta(days=5), time_zone=EAST)
        cls.booking.client = cls.ada
        cls.booking.save()
        cls.relationship = connect(cls.ada, cls.theo, now=MOMENT)

    def page(self, user, name, *args, **query) -> str:
        login_verified(self.client, user)
        response = self.client.get(reverse(name, args=args), query)
        assert response.status_code == 200, (name, response.status_code)
        return response.content.decode()

    def assert_shows(self, text: str, *expected: str) -> None:
        for phrase in expected:
            assert phrase in text, phrase
        for wrong in UTC_TEXT:
            assert wrong not in text, wrong

    def test_the_check_in_history_shows_the_viewers_day_and_clock_with_the_zone_named(self):
        text = self.page(self.ada, "checkins:history")
        self.assert_shows(text, "Wed, Dec 2, 2026 · 9:00 PM EST")

    def test_the_journal_shows_the_entry_in_the_viewers_zone(self):
        entries = self.page(self.ada, "journal:entries")
        self.assert_shows(entries, '<time datetime="2026-12-03T02:00:00+00:00">')
        self.assert_shows(entries, "Wed, Dec 2, 2026, 9:00 PM EST</time>")

    def test_the_client_home_shows_homework_due_dates_us_style(self):
        from securebase.care import services as care

        care.assign_homework(
            relationship=self.relationship,
            kind="pause_exercise",
            target="breathing",
            due_on=MOMENT.date(),
            now=MOMENT,
        )
        with time_machine.travel(MOMENT, tick=False):
            text = self.page(self.ada, "dashboard:home")
        assert "due Dec 3" in text  # a due date is a calendar day: no zone moves it

    def test_the_booking_confirmation_names_both_zones(self):
        with time_machine.travel(MOMENT - timedelta(days=1), tick=False):
            token = links.make_token(self.booking, links.VIEW)
            text = self.client.get(reverse("bookings:booked", args=[token])).content.decode()
        self.assert_shows(
            text,
            "Wednesday, December 2, 2026 at 9:00 PM EST",
            "Wednesday, December 2, 2026 at 6:00 PM PST at the practice",
        )

    def test_the_clinic_list_shows_practice_time_with_the_zone_named(self):
        with time_machine.travel(MOMENT - timedelta(hours=2), tick=False):
            text = self.page(self.theo, "bookings:clinic")
        self.assert_shows(text, "Wednesday, December 2, 6:00 PM PST")

    def test_the_care_client_page_dates_the_connection_in_the_clinicians_zone(self):
        text = self.page(self.theo, "care:client", self.ada.pk)
        self.assert_shows(text, "Connected since Dec 2, 2026.")

    def test_records_show_when_a_document_was_sent_and_signed(self):
        template = DocumentTemplate.objects.get(kind="informed_consent")
        packet = records.send_packet(
            clinician=self.theo, client=self.ada, templates=[template], now=MOMENT
        )
        document = packet.documents.get()
        records.sign_document(
            document=document, signer=self.ada, typed_name="Ada Park", ip_address=None, now=MOMENT
        )
        self.assert_shows(self.page(self.ada, "records:mine"), "signed Dec 2, 2026")
        self.assert_shows(
            self.page(self.ada, "records:document", document.uid), "Dec 2, 2026, 9:00 PM EST"
        )
        self.assert_shows(self.page(self.theo, "records:clinic"), "Sent Dec 2, 2026, 9:00 PM EST")

    def test_the_reality_check_report_measures_as_of_the_viewers_clock(self):
        from securebase.chat_analysis.tests.test_views import report_url, upload

        login_verified(self.client, self.ada)
        with time_machine.travel(MOMENT, tick=False):
            upload(self.client)
            text = self.client.get(report_url(as_of="")).content.decode()
        self.assert_shows(text, "Measured as of Dec 2, 2026, 9:00 PM EST (America/New York time)")

    def staff_in_new_york(self) -> User:
        staff = User.objects.create_superuser(
            email="root@example.com", password="a-long-test-password-42", time_zone=EAST
        )
        TOTPDevice.objects.create(user=staff, name="Authenticator app", confirmed=True)
        return staff

    def test_the_admin_lists_times_in_the_practice_zone_whoever_looks(self):
        staff = self.staff_in_new_york()
        AuditEvent.objects.create(
            at=MOMENT, viewer_email="theo@example.com", action="viewed", subject_email="a@x.org"
        )
        text = self.page(staff, "admin:privacy_auditevent_changelist")
        self.assert_shows(text, "Dec 2, 2026, 6:00 PM PST")

    def test_the_admin_reads_a_typed_time_in_the_practice_zone_and_shows_it_back(self):
        staff = self.staff_in_new_york()
        login_verified(self.client, staff)
        response = self.client.post(
            reverse("admin:articles_article_add"),
            {
                "title": "Reading a silence",
                "slug": "reading-a-silence",
                "summary": "A short piece.",
                "body": "Words.",
                "author": self.theo.pk,
                "status": "draft",
                "published_at_0": "2026-12-02",
                "published_at_1": "18:00:00",
            },
        )
        assert response.status_code == 302
        article = Article.objects.get(slug="reading-a-silence")
        assert article.published_at == MOMENT  # 6:00 PM in Los Angeles, not in New York or UTC
        change = self.page(staff, "admin:articles_article_change", article.pk)
        assert 'value="18:00:00"' in change
        listing = self.page(staff, "admin:articles_article_changelist")
        # This article's row: the library's own article, published when the test database
        # was made, shows whatever day that was.
        row = next(r for r in listing.split("<tr") if "Reading a silence" in r)
        self.assert_shows(row, "Dec 2, 2026, 6:00 PM PST")

    def test_admin_pages_from_other_packages_show_the_practice_zone_too(self):
        from axes.models import AccessAttempt

        staff = self.staff_in_new_york()
        attempt = AccessAttempt.objects.create(
            username="someone@example.com", ip_address="203.0.113.9", failures_since_start=3
        )
        AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=MOMENT)
        with time_machine.travel(MOMENT + timedelta(minutes=5), tick=False):
            text = self.page(staff, "admin:axes_accessattempt_changelist")
        self.assert_shows(text, "Dec 2, 2026, 6:00 PM PST")
