"""Writes for self-assessment results."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction

from securebase.accounts.models import User
from securebase.assessments.models import AssessmentResult
from securebase.assessments.scoring import ANXIETY, AVOIDANCE, Instrument, score
from securebase.core.questionnaires import NotAClient, keep_taken_until, save_taken


def _stored(mean) -> Decimal:
    exact = Decimal(mean.numerator) / Decimal(mean.denominator)
    return exact.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def record_result(
    *,
    client: User,
    instrument: Instrument,
    answers: Mapping[int, int],
    run_id: uuid.UUID,
    taken_at: datetime | None = None,
) -> tuple[AssessmentResult, bool]:
    """Score `answers` and save the result to `client`'s history; return (result, created).

    A second call with the same `run_id` (a double submit, or saving a pending result twice)
    returns the result already saved and creates nothing. Raises AnswerError when the answers
    are incomplete or out of range, NotAClient for clinician and staff accounts, and ValueError
    for an instrument without the anxiety and avoidance scales. `taken_at` defaults to now.
    The language the items were shown in is `instrument.items_language` (see languages.shown).
    """
    if not client.is_client:
        raise NotAClient(client.pk)
    if not instrument.has_map:
        raise ValueError(f"{instrument.slug} does not measure anxiety and avoidance")
    scored = score(instrument, answers)
    return save_taken(
        AssessmentResult,
        client=client,
        instrument=instrument,
        answers=answers,
        run_id=run_id,
        taken_at=taken_at,
        anxiety=_stored(scored[ANXIETY].mean),
        avoidance=_stored(scored[AVOIDANCE].mean),
    )


@transaction.atomic
def delete_result(*, result: AssessmentResult) -> None:
    """Delete one result for good. Callers get `result` through queries.access_result()."""
    result.delete()


def keep_shared_results(client: User, *, until: datetime, name: str, email: str) -> int:
    """Mark ``client``'s results taken up to ``until`` as records of care, with ``name`` and
    ``email``; return how many.

    Called by the care team as the account closes (``care.registry.register_shared_records``):
    ``until`` is when the client last stopped sharing their assessment history, which showed a
    clinician every result taken before it. Unmarked results go with the account.
    """
    own = AssessmentResult.objects.filter(client=client)
    return keep_taken_until(own, until=until, name=name, email=email)
