"""Writes for symptom questionnaire results (PHQ-9, GAD-7)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime

from django.db import transaction

from securebase.accounts.models import User
from securebase.assessments.scoring import Instrument, score
from securebase.core.questionnaires import NotAClient, keep_taken_until, save_taken
from securebase.measures import schedules
from securebase.measures.models import MeasureResult

# The one scale the PHQ-9 and GAD-7 have: the total of their scored items.
TOTAL = "total"


@transaction.atomic
def record_measure(
    *,
    client: User,
    instrument: Instrument,
    answers: Mapping[int, int],
    run_id: uuid.UUID,
    taken_at: datetime | None = None,
) -> tuple[MeasureResult, bool]:
    """Score `answers` and save the result to `client`'s history; return (result, created).

    A second call with the same `run_id` (a double submit) returns the result already saved.
    Raises AnswerError for incomplete or out-of-range answers and NotAClient for clinician and
    staff accounts. `taken_at` defaults to now. The stored `safety_flag` is what the caseload
    marker of a clinician the client shares questionnaires with is drawn from. A new result
    completes the client's waiting requests for that questionnaire. The language the items
    were answered in is `instrument.items_language` (assessments.languages.shown).
    """
    if not client.is_client:
        raise NotAClient(client.pk)
    scored = score(instrument, answers)
    total = scored[TOTAL]
    result, created = save_taken(
        MeasureResult,
        client=client,
        instrument=instrument,
        answers=answers,
        run_id=run_id,
        taken_at=taken_at,
        total=total.total,
        band=total.band.key if total.band else "",
        safety_flag=bool(scored.flags),
    )
    if created:
        schedules.complete_requests(result=result)
    return result, created


@transaction.atomic
def delete_measure(*, result: MeasureResult) -> None:
    """Delete one result for good. Callers get `result` through queries.access_result()."""
    result.delete()


def keep_shared_results(client: User, *, until: datetime, name: str, email: str) -> int:
    """Mark ``client``'s PHQ-9 and GAD-7 results taken up to ``until`` as records of care,
    with ``name`` and ``email``; return how many.

    Called by the care team as the account closes: ``until`` is when the client last stopped
    sharing their results (a clinician saw every result taken before it, safety markers
    included). Unmarked results go with the account.
    """
    own = MeasureResult.objects.filter(client=client)
    return keep_taken_until(own, until=until, name=name, email=email)
