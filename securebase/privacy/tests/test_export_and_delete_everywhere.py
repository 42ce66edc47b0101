"""Export and account deletion across every app that keeps a client's data.

Ada and Ben each write something in every app through the apps' own services. Ada's export
must hold all of hers and nothing of Ben's; deleting Ada must leave nothing of hers behind
but the records of care (her consultation and the audit trail, kept detached with her email by
design) and leave Ben's untouched.
"""

import json
import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from django.apps import apps
from django.conf import settings
from django.db import models
from django.test import TestCase
from django.urls import reverse

from securebase.accounts.models import User
from securebase.assessments import services as assessment_services
from securebase.assessments.catalog import get_instrument
from securebase.bookings import services as booking_services
from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import details, open_hours
from securebase.checkins import services as checkin_services
from securebase.checkins.forms import CheckinEntry
from securebase.journal import services as journal_services
from securebase.pause import services as pause_services
from securebase.privacy.models import AuditEvent
from securebase.privacy.retention import records_of_care
from securebase.privacy.services import record_access
from securebase.testing import PASSWORD, Personas

LA = ZoneInfo("America/Los_Angeles")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=LA)  # a Monday morning


def words(person: str, place: str) -> str:
    """Text unique to one person and one place, so a leak names where it came from."""
    return f"{person}-{place}-secret"


def user_models() -> list[tuple[type[models.Model], models.Field]]:
    """Every installed model with a foreign key (or one-to-one) to the user model."""
    found = []
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                isinstance(field, models.ForeignKey)
                and field.related_model is not None
                and field.related_model._meta.label == settings.AUTH_USER_MODEL
            ):
                found.append((model, field))
    return found


def rows_of(user_pk: int) -> dict[tuple[str, str], int]:
    """How many rows of each model point at the user with ``user_pk``, per foreign key."""
    return {
        (model._meta.label, field.name): model._default_manager.filter(
            **{field.name: user_pk}
        ).count()
        for model, field in user_models()
    }


class ExportAndDeleteEverywhereTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)
        ecr = get_instrument("ecr-r")
        with time_machine.travel(NOW, tick=False):
            for slot, person in enumerate((cls.ada, cls.ben)):
                name = person.email.split("@")[0]
                checkin_services.record_checkin(
                    user=person,
                    token=uuid.uuid4(),
                    entry=CheckinEntry(anxiety=4, note=words(name, "checkin")),
                )
                pause = pause_services.start_pause(
                    user=person, token=uuid.uuid4(), urge="text", urge_before=7, anxiety_before=6
                )
                pause_services.keep_unsent_message(session=pause, message=words(name, "unsent"))
                journal_services.create_entry(
                    user=person, body=words(name, "journal"), prompt="", submission_key=uuid.uuid4()
                )
                journal_services.start_no_contact(user=person, started_on=date(2026, 2, 20))
                journal_services.log_slip(
                    user=person,
                    happened_on=date(2026, 2, 25),
                    note=words(name, "slip"),
                    restart_count=False,
                    submission_key=uuid.uuid4(),
                )
                journal_services.add_reason(
                    user=person, text=words(name, "reason"), submission_key=uuid.uuid4()
                )
                assessment_services.record_result(
                    client=person,
                    instrument=ecr,
                    answers={item.id: 3 + slot for item in ecr.items},
                    run_id=uuid.uuid4(),
                )
                booking_services.book_consultation(
                    clinician=cls.theo.clinician_profile.slug,
                    fmt="telehealth",
                    starts_at=(NOW + timedelta(days=2, hours=slot + 1)),
                    details=details(
                        full_name=person.full_name,
                        email=person.email,
                        reason=words(name, "booking"),
                    ),
                    now=NOW,
                    client=person,
                )
                record_access(viewer=cls.theo, subject=person, action="viewed consultation")

    def log_in_with_password(self, user: User) -> None:
        """Sign in through the login page, as a person does (it leaves a login record)."""
        response = self.client.post(
            reverse("accounts:login"), {"username": user.email, "password": PASSWORD}
        )
        assert response.status_code == 302

    def test_it_exports_everything_of_adas_and_nothing_of_bens(self):
        self.client.force_login(self.ada)
        response = self.client.post(reverse("privacy:export"))
        assert response.status_code == 200
        text = json.dumps(json.loads(response.content), ensure_ascii=False)
        for place in ("checkin", "unsent", "journal", "slip", "reason", "booking"):
            assert words("ada", place) in text, place
            assert words("ben", place) not in text, place
        assert "ben@example.com" not in text
        assert "Ben Okafor" not in text
        data = json.loads(response.content)
        assert len(data["assessments"]["results"]) == 1
        assert set(data["assessments"]["results"][0]["answers"].values()) == {3}
        assert len(data["bookings"]["consultations"]) == 1
        assert len(data["checkins"]["checkins"]) == 1
        assert len(data["pause"]["pause_sessions"]) == 1
        assert data["journal"]["no_contact"]["started_on"] == "2026-02-20"

    def test_it_deletes_everything_of_adas_and_keeps_bens(self):
        ada_pk, ada_email = self.ada.pk, self.ada.email
        ben_rows = rows_of(self.ben.pk)
        self.log_in_with_password(self.ada)
        response = self.client.post(
            reverse("privacy:delete_account"), {"password": PASSWORD, "confirm": "on"}
        )
        assert response.status_code == 302

        assert not User.objects.filter(pk=ada_pk).exists()
        left = rows_of(ada_pk)
        assert {label: n for label, n in left.items() if n} == {}
        assert rows_of(self.ben.pk) == ben_rows
        # Every app's own data for Ben is still there (the cascade stopped at Ada).
        assert ben_rows["checkins.Checkin", "user"] == 1
        assert ben_rows["pause.PauseSession", "user"] == 1
        assert ben_rows["journal.Entry", "user"] == 1
        assert ben_rows["journal.NoContactSlip", "user"] == 1
        assert ben_rows["journal.NoContactReason", "user"] == 1
        assert ben_rows["assessments.AssessmentResult", "client"] == 1
        assert ben_rows["bookings.Booking", "client"] == 1

        # The audit trail and her consultation (records of care) stay, detached, with the
        # email they had; nothing else names her.
        assert AuditEvent.objects.filter(subject_email=ada_email, subject=None).count() == 1
        assert Booking.objects.filter(email=ada_email, client=None).count() == 1
        kept = {model for model, _ in records_of_care()}
        for model in apps.get_models():
            if model in kept:
                continue
            for field in model._meta.get_fields():
                if isinstance(field, (models.EmailField, models.CharField)) and field.concrete:
                    lookup = {f"{field.name}__iexact": ada_email}
                    assert not model._default_manager.filter(**lookup).exists(), (
                        f"{model._meta.label}.{field.name} still holds her email"
                    )
