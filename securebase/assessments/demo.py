"""The demo client's self-assessment history (``practice.demo``): two ECR-S results.

A month apart, the second a little less anxious, so the history page has a change to show.
Keyed by fixed run ids and dated from today, so seeding again refreshes them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from securebase.assessments.catalog import get_instrument
from securebase.assessments.scoring import ANXIETY
from securebase.assessments.services import record_result
from securebase.core.demo_keys import demo_key

INSTRUMENT = "ecr-s"
# (days ago, the answer the demo client leans to on anxiety items, on avoidance items),
# before reverse scoring: 1 strongly disagree ... 7 strongly agree.
RESULTS = ((32, 6, 3), (3, 5, 3))


def _answers(instrument, anxious: int, avoidant: int) -> dict[int, int]:
    top = instrument.response_scale.high + instrument.response_scale.low
    answers = {}
    for item in instrument.scored_items:
        lean = anxious if item.scale == ANXIETY else avoidant
        answers[item.id] = top - lean if item.reverse else lean
    return answers


@transaction.atomic
def seed(*, clinicians, client, now: datetime | None = None) -> None:
    """Give ``client`` the ECR-S results in ``RESULTS`` (refreshed, never doubled)."""
    now = now or timezone.now()
    instrument = get_instrument(INSTRUMENT)
    if instrument is None:
        return
    for index, (days, anxious, avoidant) in enumerate(RESULTS):
        taken_at = now - timedelta(days=days)
        result, created = record_result(
            client=client,
            instrument=instrument,
            answers=_answers(instrument, anxious, avoidant),
            run_id=demo_key(f"assessment-{index}"),
            taken_at=taken_at,
        )
        if not created:
            result.taken_at = taken_at
            result.save(update_fields=["taken_at"])
