"""Deleting an account keeps every record of care, detached from the login with the name and
email the person gave, and deletes every record the person made for themselves.

Ada uses every part of the app, connects with Theo, shares her questionnaire results with him
for a while and then stops; results she took after that were never shared. Each kind of row
she has is named below as kept or removed, and the test fails on a kind that is neither.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import time_machine
from django.apps import apps
from django.db import models
from django.test import TestCase
from django.urls import reverse

from securebase.accounts.models import User
from securebase.assessments import services as assessment_services
from securebase.assessments.catalog import get_instrument
from securebase.assessments.models import AssessmentResult
from securebase.bookings import decisions
from securebase.bookings import services as booking_services
from securebase.bookings.models import Booking, SafetyFollowUp
from securebase.bookings.tests.helpers import details, open_hours
from securebase.care import registry
from securebase.care import services as care_services
from securebase.care.areas import ASSESSMENTS
from securebase.care.models import Assignment, CareRelationship, Grant, Invitation
from securebase.care.tests.helpers import connect
from securebase.chat_analysis.models import SavedSummary
from securebase.checkins import services as checkin_services
from securebase.checkins.forms import CheckinEntry
from securebase.journal import services as journal_services
from securebase.measures import schedules
from securebase.measures.models import MeasureResult, Request, Schedule
from securebase.measures.services import record_measure
from securebase.measures.tests.helpers import PHQ9, answers_totalling
from securebase.pause import services as pause_services
from securebase.privacy.models import AuditEvent
from securebase.privacy.retention import deleted_on_deletion, kept_on_deletion, records_of_care
from securebase.privacy.services import AccountHoldsRecords, delete_account, record_access
from securebase.privacy.tests.test_export_and_delete_everywhere import user_models
from securebase.records import services
from securebase.records.models import (
    DocumentTemplate,
    Packet,
    PacketDocument,
    SessionStart,
    Signature,
)
from securebase.safetyplan import services as safety_plan_services
from securebase.testing import PASSWORD, Personas, login_verified, make_clinician, site_without

NOW = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
SHARED_ON, SHARED_OFF = NOW - timedelta(days=8), NOW - timedelta(days=5)
ECR = get_instrument("ecr-r")

# Records of care: kept after the deletion, detached, with the name and email given.
KEPT = [
    "bookings.Booking",
    "bookings.SafetyFollowUp",
    "privacy.AuditEvent",
    "records.Packet",
    "records.PacketDocument",
    "records.Signature",
    "records.SessionStart",
    "care.CareRelationship",
    "care.Grant",
    "care.Assignment",
    "measures.Schedule",
    "measures.MeasureResult",  # the one taken while shared
    "assessments.AssessmentResult",  # the one taken while shared
]
# The kinds the apps declare (records_of_care); the others in KEPT go with them.
DECLARED = [
    "bookings.Booking",
    "privacy.AuditEvent",
    "records.Packet",
    "records.Signature",
    "records.SessionStart",
    "care.CareRelationship",
    "measures.MeasureResult",
    "assessments.AssessmentResult",
]
# What she made for herself, or that only served her login: gone with the account.
REMOVED = [
    "checkins.Checkin",
    "checkins.CheckinDay",  # the day counts kept from her check-ins
    "journal.Entry",
    "journal.NoContactPlan",
    "pause.PauseSession",
    "safetyplan.SafetyPlan",
    "chat_analysis.SavedSummary",
    "measures.MeasureResult",  # the one taken after she stopped sharing
    "assessments.AssessmentResult",  # likewise
    "measures.Request",
    "care.Invitation",
]


class DeletionTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)
        ada = cls.ada
        with time_machine.travel(NOW - timedelta(days=10), tick=False):
            cls.relationship = connect(ada, cls.theo)
            cls.shared_ecr, _ = assessment_services.record_result(
                client=ada,
                instrument=ECR,
                answers={i.id: 3 for i in ECR.items},
                run_id=uuid.uuid4(),
            )
            cls.shared_phq, _ = record_measure(
                client=ada, instrument=PHQ9, answers=answers_totalling(PHQ9, 7), run_id=uuid.uuid4()
            )
        with time_machine.travel(SHARED_ON, tick=False):
            care_services.set_area(
                relationship=cls.relationship, area=registry.area(ASSESSMENTS), on=True
            )
            care_services.assign_homework(
                relationship=cls.relationship,
                kind=Assignment.Kind.PAUSE_EXERCISE,
                target="paced_breathing",
                note="when the urge to text comes",
            )
            schedules.send_now(relationship=cls.relationship, instrument="gad-7", now=SHARED_ON)
        with time_machine.travel(SHARED_OFF, tick=False):
            care_services.set_area(
                relationship=cls.relationship, area=registry.area(ASSESSMENTS), on=False
            )
        # A pending invitation from another clinician, to her email.
        care_services.invite(clinician=make_clinician(email="una@example.com"), email=ada.email)
        with time_machine.travel(NOW, tick=False):
            cls.private_ecr, _ = assessment_services.record_result(
                client=ada,
                instrument=ECR,
                answers={i.id: 5 for i in ECR.items},
                run_id=uuid.uuid4(),
            )
            cls.private_phq, _ = record_measure(
                client=ada, instrument=PHQ9, answers=answers_totalling(PHQ9, 2), run_id=uuid.uuid4()
            )
            checkin_services.record_checkin(
                user=ada, token=uuid.uuid4(), entry=CheckinEntry(anxiety=4, note="tight")
            )
            journal_services.create_entry(
                user=ada, body="dear diary", prompt="", submission_key=uuid.uuid4()
            )
            journal_services.start_no_contact(user=ada, started_on=date(2026, 2, 20))
            pause_services.start_pause(
                user=ada, token=uuid.uuid4(), urge="text", urge_before=7, anxiety_before=6
            )
            safety_plan_services.save_plan(
                user=ada, answers={"warning_signs": "not sleeping"}, now=NOW
            )
            SavedSummary.objects.create(
                user=ada,
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
                details=details(
                    full_name="Ada Park",
                    email="ada.park@mail.example",
                    reason="Honestly I want to kill myself when he leaves.",
                ),
                now=NOW,
                client=ada,
            )
            booking_services.save_private_note(booking=cls.booking, note="anxious attachment")
            decisions.mark_follow_up_reviewed(
                follow_up=cls.booking.safety_follow_up, reviewer=cls.theo, now=NOW
            )
            record_access(viewer=cls.theo, subject=ada, action="viewed consultation")
            packet = services.send_packet(
                clinician=cls.theo,
                client=ada,
                templates=[DocumentTemplate.objects.get(kind="informed_consent")],
                booking=cls.booking,
                now=NOW,
            )
            services.sign_document(
                document=packet.documents.get(),
                signer=ada,
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
        kept = {model: kept for model, kept in records_of_care()}
        for model, field in user_models():
            on_delete = field.remote_field.on_delete
            if model in kept and field.name == kept[model].person.split("__")[0]:
                assert on_delete is models.SET_NULL, model._meta.label
            else:
                assert on_delete in (models.CASCADE, models.SET_NULL, models.PROTECT), (
                    model._meta.label
                )
        assert {model._meta.label for model in kept} == set(DECLARED)

    def test_every_kind_of_her_rows_is_listed_here(self):
        listed = set(KEPT) | set(REMOVED)
        for label in listed:
            assert apps.get_model(label)._default_manager.exists(), label
        for model, field in user_models():
            if model._default_manager.filter(**{field.name: self.ada.pk}).exists():
                assert model._meta.label in listed, model._meta.label

    def test_it_keeps_every_record_of_care_and_removes_every_self_made_one(self):
        counts = {label: apps.get_model(label)._default_manager.count() for label in KEPT}
        self.delete_ada()
        assert not User.objects.filter(email="ada@example.com").exists()
        for label in REMOVED:
            if label not in KEPT:
                assert not apps.get_model(label)._default_manager.exists(), label
        for label in KEPT:
            if label in REMOVED:  # kept in part: one of each of her two results stays
                assert apps.get_model(label)._default_manager.count() == counts[label] - 1
            else:
                assert apps.get_model(label)._default_manager.count() == counts[label], label
        assert AssessmentResult.objects.get().pk == self.shared_ecr.pk
        assert MeasureResult.objects.get().pk == self.shared_phq.pk

    def test_what_is_kept_carries_the_name_and_email_given(self):
        self.delete_ada()
        booking = Booking.objects.get(pk=self.booking.pk)
        assert booking.client is None
        assert (booking.full_name, booking.email) == ("Ada Park", "ada.park@mail.example")
        assert booking.private_note == "anxious attachment"
        assert booking.telehealth_consent_at is not None
        follow_up = SafetyFollowUp.objects.get(booking=booking)
        assert (follow_up.reviewed_by, follow_up.reviewed_by_email) == (
            self.theo,
            "theo@example.com",
        )
        audit = AuditEvent.objects.get(action="viewed consultation")
        assert (audit.subject, audit.subject_email) == (None, "ada@example.com")
        packet = Packet.objects.get()
        assert (packet.client, packet.client_name, packet.client_email) == (
            None,
            "Ada Park",
            "ada@example.com",
        )
        assert PacketDocument.objects.filter(packet=packet).count() == 1
        signature = Signature.objects.get()
        assert (signature.signer, signature.signer_email, signature.typed_name) == (
            None,
            "ada@example.com",
            "Ada Park",
        )
        start = SessionStart.objects.get()
        assert (start.booking_id, start.emergency_contact) == (booking.pk, "Sam Park, 310 555 0101")

        relationship = CareRelationship.objects.get()
        assert (relationship.client, relationship.client_name, relationship.client_email) == (
            None,
            "Ada Park",
            "ada@example.com",
        )
        assert relationship.clinician == self.theo
        assert relationship.ended_by == CareRelationship.EndedBy.CLIENT
        assert relationship.ended_at is not None
        grant = Grant.objects.get()
        assert (grant.granted_at, grant.revoked_at) == (SHARED_ON, SHARED_OFF)
        assert Assignment.objects.get().note == "when the urge to text comes"
        assert Schedule.objects.get().relationship == relationship
        for result in (AssessmentResult.objects.get(), MeasureResult.objects.get()):
            assert (result.client, result.kept_name, result.kept_email) == (
                None,
                "Ada Park",
                "ada@example.com",
            )
        assert MeasureResult.objects.get().total == 7
        assert not Request.objects.exists()
        assert not Invitation.objects.exists()

    def test_results_still_shared_at_the_deletion_are_all_kept(self):
        care_services.set_area(
            relationship=self.relationship, area=registry.area(ASSESSMENTS), on=True
        )
        self.delete_ada()
        assert AssessmentResult.objects.count() == 2
        assert MeasureResult.objects.count() == 2
        assert not Grant.objects.filter(revoked_at__isnull=True).exists()

    def test_without_the_care_team_no_result_was_shared_and_all_go(self):
        with site_without("securebase.care"):
            delete_account(user=self.ada)
        assert not AssessmentResult.objects.exists()
        assert not MeasureResult.objects.exists()

    def test_the_deletion_page_lists_what_goes_and_what_stays(self):
        self.client.force_login(self.ada)
        response = self.client.get(reverse("privacy:delete_account"))
        text = response.content.decode().replace("&#x27;", "'")
        for line in [
            "Check-ins",
            "Journal",
            "Pause",
            "Reality check",
            "Self-assessment (ECR) results you never shared with a clinician",
            "PHQ-9 and GAD-7 results you never shared with a clinician",
            "Invitations to connect with a clinician, sent or received",
        ]:
            assert line in deleted_on_deletion()
            assert f"<li>{line}</li>" in text
        assert "Consultation booking" not in deleted_on_deletion()
        assert len(kept_on_deletion()) == len(list(records_of_care()))
        for line in kept_on_deletion():
            assert f"<li>{line}</li>" in text
        for words in ("could see because you shared", "your consents", "homework"):
            assert words in text
        assert "Kept by the practice for 7 years after your last contact" in text


class ClinicianDeletionTests(Personas, TestCase):
    def test_a_clinician_holding_care_relationships_cannot_be_deleted(self):
        relationship = connect(self.ada, self.theo)
        care_services.assign_homework(
            relationship=relationship, kind=Assignment.Kind.PAUSE_EXERCISE, target="x"
        )
        with self.assertRaises(AccountHoldsRecords):
            delete_account(user=self.theo)
        assert User.objects.filter(pk=self.theo.pk).exists()
        assert CareRelationship.objects.filter(clinician=self.theo, client=self.ada).exists()
        assert Assignment.objects.count() == 1

        login_verified(self.client, self.theo)
        response = self.client.post(
            reverse("privacy:delete_account"), {"password": PASSWORD, "confirm": "on"}
        )
        assert response.status_code == 409
        assert "care relationships" in response.content.decode()
        # Refused means refused: nothing was ended or detached on the way.
        relationship.refresh_from_db()
        assert relationship.ended_at is None and relationship.client_email == ""

    def test_a_clinician_without_records_goes_with_the_invitations_they_sent(self):
        una = make_clinician(email="una@example.com", full_name="Una Reyes")
        care_services.invite(clinician=una, email="someone@example.com")
        with self.captureOnCommitCallbacks(execute=True):
            delete_account(user=una)
        assert not User.objects.filter(pk=una.pk).exists()
        assert not Invitation.objects.exists()
