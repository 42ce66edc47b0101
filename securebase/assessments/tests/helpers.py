"""Shared helpers for the self-assessment tests."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from django.urls import reverse

from securebase.assessments.catalog import get_instrument
from securebase.assessments.models import AssessmentResult
from securebase.assessments.views import ITEMS_PER_PAGE

ECR_R = get_instrument("ecr-r")
ECR_S = get_instrument("ecr-s")


def page_url(slug: str, number: int) -> str:
    return reverse("assessments:page", kwargs={"slug": slug, "number": number})


def page_ids(instrument, number: int) -> list[int]:
    return [item.id for item in instrument.pages(ITEMS_PER_PAGE)[number - 1]]


def run_of(client, slug: str) -> str:
    return client.session["assessments"]["drafts"][slug]["run"]


def draft_answers(client, slug: str) -> dict[int, int]:
    drafts = client.session.get("assessments", {}).get("drafts", {})
    if slug not in drafts:
        return {}
    return {int(k): v for k, v in drafts[slug]["answers"].items()}


def post_page(client, instrument, number, answers, *, move="next", run=None, extra=None):
    """Submit one page the way the form does: `item_<id>` radios, the run id, the button."""
    if run is None:
        client.get(page_url(instrument.slug, number))
        run = run_of(client, instrument.slug)
    data = {f"item_{item_id}": str(value) for item_id, value in answers.items()}
    data.update(run=run, move=move, **(extra or {}))
    return client.post(page_url(instrument.slug, number), data)


def answer_everything(client, instrument, rule):
    """Go through every page answering item `i` with `rule(i)`; return the last response."""
    response = None
    for number in range(1, len(instrument.pages(ITEMS_PER_PAGE)) + 1):
        answers = {item_id: rule(item_id) for item_id in page_ids(instrument, number)}
        response = post_page(client, instrument, number, answers)
    return response


def make_result(
    client_user,
    *,
    anxiety: str,
    avoidance: str,
    taken_at: datetime,
    instrument: str = "ecr-r",
    answers: dict[int, int] | None = None,
) -> AssessmentResult:
    """A saved result with the given stored scores (tests of history and access only)."""
    return AssessmentResult.objects.create(
        client=client_user,
        instrument=instrument,
        taken_at=taken_at,
        anxiety=anxiety,
        avoidance=avoidance,
        answers_json=json.dumps(answers or {}),
        run_id=uuid.uuid4(),
    )
