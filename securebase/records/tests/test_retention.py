"""Account deletion keeps the records of care and deletes what the person made for themselves;
the purge deletes records of care once their retention period has passed, and nothing else."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.test import TestCase, override_settings

from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import book, open_hours
from securebase.care import registry
from securebase.care import services as care_services
from securebase.care.areas import ASSESSMENTS
from securebase.care.models import CareRelationship, Grant
from securebase.care.tests.helpers import connect
from securebase.core.retention import expired_people, latest_contacts, retention_cutoff
from securebase.measures.models import MeasureResult
from securebase.measures.services import record_measure
from securebase.measures.tests.helpers import PHQ9, answers_totalling
from securebase.privacy.models import AuditEvent
from securebase.privacy.services import delete_account, record_access
from securebase.records import services
from securebase.records.models import DocumentTemplate, Packet, SessionStart, Signature
from securebase.records.services import purge_expired_records
from securebase.testing import Personas, make_client

NOW = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


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
            # She shared her questionnaire results with Theo: her care relationship and the
            # PHQ-9 he could see are records of care too; the later one she kept to herself.
            relationship = connect(olga, cls.theo, areas=[ASSESSMENTS], now=cls.olgas.starts_at)
            record_measure(
                client=olga,
                instrument=PHQ9,
                answers=answers_totalling(PHQ9, 6),
                run_id=uuid.uuid4(),
                taken_at=cls.olgas.starts_at,
            )
            care_services.set_area(
                relationship=relationship,
                area=registry.area(ASSESSMENTS),
                on=False,
                now=cls.olgas.starts_at + timedelta(minutes=5),
            )
            record_measure(
                client=olga,
                instrument=PHQ9,
                answers=answers_totalling(PHQ9, 9),
                run_id=uuid.uuid4(),
                taken_at=cls.olgas.starts_at + timedelta(minutes=10),
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
            "assessments.AssessmentResult": 0,
            "bookings.Booking": 2,
            "care.CareRelationship": 1,
            "measures.MeasureResult": 1,
            "privacy.AuditEvent": 2,
            "records.Packet": 1,
            "records.Signature": 1,
            "records.SessionStart": 1,
        }
        assert not CareRelationship.objects.exists()
        assert not Grant.objects.exists()  # the consent history went with its relationship
        assert not MeasureResult.objects.exists()
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
        assert "Would delete 9 record(s) in all." in out.getvalue()
        assert Booking.objects.count() == 6

        out = StringIO()
        with time_machine.travel(NOW, tick=False), override_settings(RECORDS_RETENTION_YEARS=7):
            call_command("purge_expired_records", stdout=out)
        assert "Deleted 2 bookings.Booking record(s) past retention." in out.getvalue()
        assert Booking.objects.count() == 4
