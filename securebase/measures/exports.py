"""A person's questionnaire results as files: CSV for a spreadsheet, FHIR R4 for a record."""

from __future__ import annotations

import csv
import io
from datetime import UTC

from django.conf import settings

from securebase.assessments.catalog import get_measure
from securebase.assessments.instrument import in_language
from securebase.measures import fhir
from securebase.measures.models import MeasureResult

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def results_csv(results: list[MeasureResult]) -> str:
    """Results as CSV, one row each, oldest first: times in UTC, every answer by item number."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["instrument", "taken_at_utc", "total", "band", "item_9_flag", "answers"])
    for r in results:
        answers = "; ".join(f"{k}={v}" for k, v in sorted(r.answers.items()))
        row = [
            r.instrument,
            r.taken_at.astimezone(UTC).isoformat(timespec="seconds"),
            r.total,
            r.band,
            "yes" if r.safety_flag else "no",
            answers,
        ]
        writer.writerow(["'" + str(c) if str(c).startswith(_FORMULA_START) else c for c in row])
    return buffer.getvalue()


def response_resources(results: list[MeasureResult], *, subject_name: str) -> list[dict]:
    """Each result as a FHIR R4 QuestionnaireResponse, its items worded (and its ``language``
    set) as the person answered them."""
    resources = []
    for r in results:
        instrument = get_measure(r.instrument)
        if instrument is None:
            continue
        instrument = in_language(instrument, r.items_language)
        resources.append(
            fhir.questionnaire_response(
                instrument,
                base_url=settings.SITE_URL,
                response_id=f"measure-{r.pk}",
                answers=r.answers,
                total=r.total,
                authored=r.taken_at,
                subject_name=subject_name,
            )
        )
    return resources
