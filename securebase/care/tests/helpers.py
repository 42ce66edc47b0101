"""Builders the care tests share."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from securebase.care import registry, services
from securebase.care.models import CareRelationship


def area_url(client, key: str) -> str:
    """The clinician's page of one of ``client``'s areas."""
    return reverse("care:client_area", args=[client.pk, key])


def connect(client, clinician, *, areas=(), now=None) -> CareRelationship:
    """An accepted invitation: an active relationship with ``areas`` switched on."""
    invitation = services.invite(clinician=clinician, email=client.email, now=now)
    relationship = services.accept_invitation(invitation=invitation, user=client, now=now)
    for key in areas:
        services.set_area(
            relationship=relationship, area=registry.area(key), on=True, now=now or timezone.now()
        )
    return relationship


def token_in(message) -> str:
    """The invitation token from the link in an invitation email."""
    for line in message.body.splitlines():
        if "/care/invitation/" in line:
            return line.strip().rstrip("/").rsplit("/", 1)[1]
    raise AssertionError("no invitation link in the email")


# --- a little of everything, for the access matrix ---------------------------------------------

SAM_CHAT = "WhatsApp Chat with Sam.txt"


def give_data(client, *, now) -> None:
    """A check-in with a trigger and a behavior, a pause, a result, a no-contact plan with a
    slip, and a saved reality check, all ``client``'s and all dated before ``now``."""
    import uuid
    from datetime import timedelta
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from securebase.assessments.tests.helpers import make_result
    from securebase.chat_analysis import services as chat_services
    from securebase.chat_analysis.engine.parsers import parse_export
    from securebase.chat_analysis.presentation.report import choose_people, report_data
    from securebase.checkins import rollups
    from securebase.checkins.models import Checkin
    from securebase.journal.models import NoContactPlan, NoContactSlip
    from securebase.pause.models import PauseSession

    day = now - timedelta(days=1)
    Checkin.objects.create(
        user=client,
        created_at=day,
        updated_at=day,
        anxiety=7,
        triggers=["slow_reply"],
        behaviors={"checking": "resisted"},
        note="private check-in words",
        token=uuid.uuid4(),
    )
    rollups.rebuild([client])  # the day counts the services keep, for a row written directly
    PauseSession.objects.create(
        user=client,
        started_at=day,
        finished_at=day,
        urge="text",
        exercise="breathing",
        urge_before=8,
        anxiety_before=7,
        urge_after=3,
        anxiety_after=4,
        outcome="waited",
        unsent_message="private unsent words",
        token=uuid.uuid4(),
    )
    make_result(client, anxiety="4.500", avoidance="2.250", taken_at=day)
    NoContactPlan.objects.create(
        user=client, started_on=(day - timedelta(days=9)).date(), created_at=day
    )
    NoContactSlip.objects.create(
        user=client,
        happened_on=(day - timedelta(days=3)).date(),
        note="private slip words",
        submission_key=uuid.uuid4(),
        created_at=day,
    )
    path = Path(__file__).resolve().parents[2] / "chat_analysis" / "tests" / "fixtures" / SAM_CHAT
    conversation = parse_export(path, tz=ZoneInfo("America/Los_Angeles"))[0]
    me, them, _ = choose_people(conversation, me=None, them=None)
    data = report_data(conversation, me=me, them=them, now=day)
    chat_services.save_summary(user=client, data=data, token=uuid.uuid4(), now=day)
