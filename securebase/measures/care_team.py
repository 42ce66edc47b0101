"""What the questionnaires add to the care team's pages (registered in MeasuresConfig.ready).

- A panel in the "assessments" area of the clinician's client page: the client's PHQ-9 and
  GAD-7 over time (totals and bands, never the answers), and the way to schedule more.
- Caseload facts, each in a fixed number of queries whatever the caseload's size, and only
  for clients who share questionnaire results with this clinician: questionnaires due, the
  latest PHQ-9 and GAD-7 with band and reliable-change arrow, and a safety marker when the
  latest PHQ-9 had question 9 answered above "Not at all".
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, tzinfo

from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from securebase.assessments.catalog import get_measure
from securebase.assessments.presenting import short_date
from securebase.measures import queries, schedules
from securebase.measures.models import MeasureResult
from securebase.measures.reading import TOTAL, change_between
from securebase.measures.sharing import AREA


def panel_context(client, *, tz: tzinfo, now: datetime | None = None) -> dict:
    """The client's results over time for the clinician (the caller checked the grant)."""
    from securebase.measures.presenting import series_context

    results = queries.history(MeasureResult.objects.filter(client=client))
    return {
        "measure_client": client,
        "sections": series_context(
            results, tz=tz, chart_prefix=f"client-{client.pk}", tr=translation
        ),
    }


def _sharing_ids(clinician, client_ids: list[int]) -> list[int]:
    from securebase.care.queries import clients_sharing

    return list(
        clients_sharing(clinician, AREA).filter(pk__in=client_ids).values_list("pk", flat=True)
    )


def _latest_two(client_ids: list[int]) -> dict[tuple[int, str], list[MeasureResult]]:
    """The latest and the previous result of each client and questionnaire, in one query."""
    ranked = (
        MeasureResult.objects.filter(client_id__in=client_ids)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("client_id"), F("instrument")],
                order_by=[F("taken_at").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=2)
        .only("id", "client_id", "instrument", "taken_at", "total", "band", "safety_flag")
        .order_by("client_id", "instrument", "rank")
    )
    latest: dict[tuple[int, str], list[MeasureResult]] = defaultdict(list)
    for result in ranked:
        latest[(result.client_id, result.instrument)].append(result)
    return latest


def _latest_two_shared(
    clinician, client_ids: list[int], memo: dict | None
) -> dict[tuple[int, str], list[MeasureResult]]:
    """``_latest_two`` of the clients sharing results with ``clinician``, read once per
    ``memo`` (the caseload page's, shared by its columns) for the same clients."""
    if memo is None:
        return _latest_two(_sharing_ids(clinician, client_ids))
    key = ("measures latest two", clinician.pk, tuple(client_ids))
    if key not in memo:
        memo[key] = _latest_two(_sharing_ids(clinician, client_ids))
    return memo[key]


def score_facts(
    clinician, client_ids: list[int], *, memo: dict | None = None
) -> dict[int, list[str]]:
    """ "PHQ-9 12, moderate, ↓ reliable improvement" per questionnaire, per sharing client."""
    facts: dict[int, list[str]] = defaultdict(list)
    for (client_id, slug), (latest, *earlier) in sorted(
        _latest_two_shared(clinician, client_ids, memo).items()
    ):
        instrument = get_measure(slug)
        if instrument is None:
            continue
        band = instrument.band_for(TOTAL, latest.total)
        text = f"{instrument.short_name} {latest.total}"
        if band:
            text += f", {_(band.label).lower()}"
        change = change_between(instrument, earlier[0].total, latest.total) if earlier else None
        if change is not None:
            text += f", {change.arrow} {_(change.words).lower()}"
        facts[client_id].append(text)
    return facts


def marker_facts(
    clinician, client_ids: list[int], *, memo: dict | None = None
) -> dict[int, list[str]]:
    """A safety marker where the client's latest PHQ-9 had question 9 above "Not at all"."""
    facts: dict[int, list[str]] = {}
    latest_two = _latest_two_shared(clinician, client_ids, memo)
    for (client_id, slug), (latest, *_earlier) in latest_two.items():
        if latest.safety_flag:
            when = short_date(timezone.localtime(latest.taken_at, clinician.tzinfo))
            facts[client_id] = [
                _("%(name)s question 9 above “Not at all” (%(date)s)")
                % {"name": slug.upper(), "date": when}
            ]
    return facts


def due_facts(clinician, client_ids: list[int]) -> dict[int, list[str]]:
    """Questionnaires waiting for each sharing client (due now or overdue)."""
    facts: dict[int, list[str]] = defaultdict(list)
    waiting = (
        schedules.open_requests()
        .filter(
            schedule__relationship__clinician=clinician,
            client_id__in=client_ids,
            due_at__lte=timezone.now(),
        )
        .order_by("client_id", "due_at")
        .values_list("client_id", "instrument", "due_at")
    )
    for client_id, slug, due_at in waiting:
        instrument = get_measure(slug)
        name = instrument.short_name if instrument else slug
        when = short_date(timezone.localtime(due_at, clinician.tzinfo))
        facts[client_id].append(_("%(name)s (since %(date)s)") % {"name": name, "date": when})
    return facts
