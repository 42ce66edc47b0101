"""Account deletion keeps the records of care and deletes what the person made for themselves;
the purge deletes records of care once their retention period has passed, and nothing else."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from django.apps import apps
from django.core.management import call_command
from django.db import models
from django.test import TestCase, override_settings
from django.urls import reverse

from securebase.accounts.models import User
from securebase.assessments import services as assessment_services
from securebase.assessments.catalog import get_instrument
from securebase.bookings import services as booking_services
from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import book, details, open_hours
from securebase.chat_analysis.models import SavedSummary
from securebase.checkins import services as checkin_services
from securebase.checkins.forms import CheckinEntry
from securebase.core.retention import expired_people, latest_contacts, retention_cutoff
from securebase.journal import services as journal_services
from securebase.pause import services as pause_services
from securebase.privacy.models import AuditEvent
from securebase.privacy.retention import deleted_on_deletion, kept_on_deletion, records_of_care
from securebase.privacy.services import delete_account, record_access
from securebase.privacy.tests.test_export_and_delete_everywhere import user_models
from securebase.records import services
from securebase.records.models import DocumentTemplate, Packet, SessionStart, Signature
from securebase.records.services import purge_expired_records
from securebase.testing import PASSWORD, Personas, make_client

NOW = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)

# What a person made for themselves: deleted with the account.
SELF_MADE = [
    "checkins.Checkin",
    "journal.Entry",
    "journal.NoContactPlan",
    "pause.PauseSession",
    "assessments.AssessmentResult",
    "chat_analysis.SavedSummary",
]
# Records of care: kept, detached from the login, with the email given.
OF_CARE = [
    "bookings.Booking",
    "privacy.AuditEvent",
    "records.Packet",
    "records.Signature",
    "records.SessionStart",
]


def owned_by(model_label: str, user_pk: int) -> int:
    model = apps.get_model(model_label)
    field = next(f for m, f in user_models() if m is model)
    return model._default_manager.filter(**{field.name: user_pk}).count()


class DeletionTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)
        ecr = get_instrument("ecr-r")
        with time_machine.travel(NOW, tick=False):
            checkin_services.record_checkin(
                user=cls.ada, token=uuid.uuid4(), entry=CheckinEntry(anxiety=4, note="tight")
            )
            journal_services.create_entry(
                user=cls.ada, body="dear diary", prompt="", submission_key=uuid.uuid4()
            )
            journal_services.start_no_contact(user=cls.ada, started_on=date(2026, 2, 20))
            pause_services.start_pause(
                user=cls.ada, token=uuid.uuid4(), urge="text", urge_before=7, anxiety_before=6
            )
            assessment_services.record_result(
                client=cls.ada,
                instrument=ecr,
                answers={item.id: 3 for item in ecr.items},
                run_id=uuid.uuid4(),
            )
            SavedSummary.objects.create(
                user=cls.ada,
                token=uuid.uuid4(),
                created_at=NOW,
                source_format="whatsapp",
                messages_me=3,
                messages_them=4,
                first_message_on=date(2026, 1, 1),
                last_message_on=date(2026, 2, 1),
                numbers={},
            )
            cls.booking = booking_services.book_consultation(
                clinician=cls.theo.clinician_profile.slug,
                fmt="telehealth",
                starts_at=NOW + timedelta(days=2),
                details=details(full_name="Ada Park", email="ada.park@mail.example"),
                now=NOW,
                client=cls.ada,
            )
            booking_services.save_private_note(booking=cls.booking, note="anxious attachment")
            record_access(viewer=cls.theo, subject=cls.ada, action="viewed consultation")
            packet = services.send_packet(
                clinician=cls.theo,
                client=cls.ada,
                templates=[DocumentTemplate.objects.get(kind="informed_consent")],
                booking=cls.booking,
                now=NOW,
            )
            services.sign_document(
                document=packet.documents.get(),
                signer=cls.ada,
                typed_name="Ada Park",
                ip_address="203.0.113.9",
                now=NOW,
            )
            services.start_session(
                booking=cls.booking,
                clinician=cls.theo,
                identity_confirmed=True,
                in_california=True,
                address="12 Palm Ave, Santa Monica, CA",
                emergency_contact="Sam Park, 310 555 0101",
                now=NOW,
            )

    def delete_ada(self):
        self.client.force_login(self.ada)
        response = self.client.post(
            reverse("privacy:delete_account"), {"password": PASSWORD, "confirm": "on"}
        )
        assert response.status_code == 302

    def test_every_model_pointing_at_a_person_is_either_self_made_or_a_record_of_care(self):
        kept = {model for model, _ in records_of_care()}
        for model, field in user_models():
            on_delete = field.remote_field.on_delete
            if model in kept:
                assert on_delete is models.SET_NULL, model._meta.label
            else:
                assert on_delete in (models.CASCADE, models.SET_NULL), model._meta.label
        assert {model._meta.label for model in kept} >= set(OF_CARE)

    def test_it_deletes_every_self_made_record(self):
        ada_pk = self.ada.pk
        for label in SELF_MADE:
            assert owned_by(label, ada_pk) == 1, label
        self.delete_ada()
        assert not User.objects.filter(pk=ada_pk).exists()
        for label in SELF_MADE:
            assert owned_by(label, ada_pk) == 0, label
        assert owned_by("checkins.Checkin", self.ben.pk) == 0  # nothing of Ben's was made

    def test_it_keeps_every_record_of_care_detached_with_the_name_and_email_given(self):
        self.delete_ada()
        booking = Booking.objects.get(pk=self.booking.pk)
        assert booking.client is None
        assert (booking.full_name, booking.email) == ("Ada Park", "ada.park@mail.example")
        assert booking.private_note == "anxious attachment"
        assert booking.telehealth_consent_at is not None
        audit = AuditEvent.objects.get(action="viewed consultation")
        assert (audit.subject, audit.subject_email) == (None, "ada@example.com")
        packet = Packet.objects.get()
        assert (packet.client, packet.client_name, packet.client_email) == (
            None,
            "Ada Park",
            "ada@example.com",
        )
        signature = Signature.objects.get()
        assert (signature.signer, signature.signer_email, signature.typed_name) == (
            None,
            "ada@example.com",
            "Ada Park",
        )
        start = SessionStart.objects.get()
        assert (start.booking_id, start.emergency_contact) == (booking.pk, "Sam Park, 310 555 0101")
        for label in OF_CARE:
            assert apps.get_model(label)._default_manager.exists(), label

    def test_the_deletion_page_lists_what_goes_and_what_stays(self):
        self.client.force_login(self.ada)
        response = self.client.get(reverse("privacy:delete_account"))
        text = response.content.decode()
        for line in ["Check-ins", "Journal", "Pause", "Self-assessment", "Reality check"]:
            assert line in deleted_on_deletion()
            assert f"<li>{line}</li>" in text
        assert "Consultation booking" not in deleted_on_deletion()
        for line in kept_on_deletion():
            assert line.replace("'", "&#x27;") in text
        assert "Kept by the practice for 7 years after your last contact" in text


def test_the_cutoff_is_the_same_calendar_moment_years_before():
    now = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
    assert retention_cutoff(now, 7) == datetime(2019, 3, 2, 17, 0, tzinfo=UTC)
    leap = datetime(2028, 2, 29, 12, 0, tzinfo=UTC)
    assert retention_cutoff(leap, 7) == datetime(2021, 2, 28, 12, 0, tzinfo=UTC)
    with pytest.raises(ValueError):
        retention_cutoff(now, -1)


def test_the_last_contact_is_per_email_whatever_its_case():
    early, late = datetime(2018, 1, 1, tzinfo=UTC), datetime(2024, 1, 1, tzinfo=UTC)
    last = latest_contacts([("A@x.org", early), ("a@x.org ", late), ("b@x.org", early), ("", late)])
    assert last == {"a@x.org": late, "b@x.org": early}
    assert expired_people(last, datetime(2019, 1, 1, tzinfo=UTC)) == {"b@x.org"}


class PurgeTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)

        def past(years: float, hour: int, **who) -> Booking:
            when = NOW - timedelta(days=round(365.25 * years))
            return book(cls.theo, when + timedelta(days=2, hours=hour), now=when, **who)

        # Guest, last seen eight years ago: past retention, with the audit row about them.
        cls.expired = past(8, 0, full_name="Old Guest", email="old@example.com")
        record_access(
            viewer=cls.theo, subject=None, action="viewed", subject_email="old@example.com"
        )
        AuditEvent.objects.filter(subject_email="old@example.com").update(at=cls.expired.starts_at)
        # Guest seen six years ago: still kept.
        cls.recent = past(6, 1, full_name="Recent Guest", email="recent@example.com")
        # Seen eight years ago and again two years ago (email differs in case): all kept.
        cls.returning_old = past(8, 2, full_name="Returning", email="Back@Example.com")
        cls.returning_new = past(2, 3, full_name="Returning", email="back@example.com")
        # Eight years ago but the account still exists: kept while it does.
        cls.carol = make_client(email="carol@example.com", full_name="Carol")
        cls.attached = past(8, 4, full_name="Carol", email="carol@example.com")
        Booking.objects.filter(pk=cls.attached.pk).update(client=cls.carol)
        # Olga, eight years ago: a telehealth session started and an intake document signed,
        # then she deleted her account. Everything of her care goes.
        olga = make_client(email="olga@example.com", full_name="Olga Ruiz")
        cls.olgas = past(8, 5, full_name="Olga Ruiz", email="olga@example.com")
        Booking.objects.filter(pk=cls.olgas.pk).update(client=olga)
        cls.olgas.refresh_from_db()
        with time_machine.travel(cls.olgas.starts_at, tick=False):
            consent = DocumentTemplate.objects.get(kind="informed_consent")
            packet = services.send_packet(
                clinician=cls.theo, client=olga, templates=[consent], now=cls.olgas.starts_at
            )
            services.sign_document(
                document=packet.documents.get(),
                signer=olga,
                typed_name="Olga Ruiz",
                ip_address=None,
                now=cls.olgas.starts_at,
            )
            services.start_session(
                booking=cls.olgas,
                clinician=cls.theo,
                identity_confirmed=True,
                in_california=True,
                address="1 Main St, Fresno, CA",
                emergency_contact="Rosa, 559 555 0100",
                now=cls.olgas.starts_at,
            )
        delete_account(user=olga)
        # Carol signed the same way, eight years ago, and still has her account: kept.
        with time_machine.travel(cls.attached.starts_at, tick=False):
            packet = services.send_packet(
                clinician=cls.theo,
                client=cls.carol,
                templates=[consent],
                now=cls.attached.starts_at,
            )

    def surviving(self) -> set[int]:
        return set(Booking.objects.values_list("pk", flat=True))

    def test_it_deletes_exactly_what_is_past_its_date(self):
        purged = purge_expired_records(now=NOW, years=7)
        counts = {line.model: line.count for line in purged}
        assert counts == {
            "bookings.Booking": 2,
            "privacy.AuditEvent": 2,
            "records.Packet": 1,
            "records.Signature": 1,
            "records.SessionStart": 1,
        }
        assert not Signature.objects.exists()
        assert not SessionStart.objects.exists()
        assert list(Packet.objects.values_list("client_email", flat=True)) == ["carol@example.com"]
        assert self.surviving() == {
            self.recent.pk,
            self.returning_old.pk,
            self.returning_new.pk,
            self.attached.pk,
        }
        assert not AuditEvent.objects.filter(subject_email="old@example.com").exists()

    def test_it_is_idempotent(self):
        purge_expired_records(now=NOW, years=7)
        again = purge_expired_records(now=NOW, years=7)
        assert sum(line.count for line in again) == 0

    def test_a_shorter_period_reaches_further(self):
        purge_expired_records(now=NOW, years=5)
        assert self.surviving() == {self.returning_old.pk, self.returning_new.pk, self.attached.pk}

    def test_the_command_prints_what_it_did_and_dry_runs(self):
        out = StringIO()
        with time_machine.travel(NOW, tick=False):
            call_command("purge_expired_records", "--dry-run", stdout=out)
        assert "Would delete 2 bookings.Booking record(s) past retention." in out.getvalue()
        assert "Would delete 7 record(s) in all." in out.getvalue()
        assert Booking.objects.count() == 6

        out = StringIO()
        with time_machine.travel(NOW, tick=False), override_settings(RECORDS_RETENTION_YEARS=7):
            call_command("purge_expired_records", stdout=out)
        assert "Deleted 2 bookings.Booking record(s) past retention." in out.getvalue()
        assert Booking.objects.count() == 4
