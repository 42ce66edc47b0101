"""PHQ-9 and GAD-7 as FHIR R4 (4.0.1) resources: a ``Questionnaire`` per instrument and a
``QuestionnaireResponse`` per result, as JSON-ready dicts.

Pure code: standard library only. The tests validate every resource with two FHIR libraries
from PyPI: ``fhirclient`` 4.x, whose models are generated from FHIR 4.0.1 (R4 itself), and
``fhir.resources``' ``R4B`` models (its default package is R5; R4B left Questionnaire and
QuestionnaireResponse as R4 defined them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime

from securebase.assessments.instrument import Instrument

LOINC = "http://loinc.org"
TOTAL_LINK_ID = "total"


def canonical_url(instrument: Instrument, *, base_url: str) -> str:
    """Where the Questionnaire for `instrument` lives on this site (its canonical URL)."""
    return f"{base_url.rstrip('/')}/questionnaires/fhir/Questionnaire/{instrument.slug}.json"


def _computable_name(instrument: Instrument) -> str:
    # FHIR names match [A-Z]([A-Za-z0-9_]){0,254}: "PHQ-9" becomes "PHQ_9".
    return re.sub(r"[^A-Za-z0-9_]", "_", instrument.short_name)


def _options(instrument: Instrument, labels: Mapping[int, str]) -> list[dict]:
    return [
        {"valueCoding": {"code": str(value), "display": labels.get(value, str(value))}}
        for value in instrument.response_scale.points
    ]


def questionnaire(instrument: Instrument, *, base_url: str) -> dict:
    """The FHIR R4 Questionnaire for `instrument`: every item as a choice of the published
    answers (the "how difficult" item optional), then the total as a read-only integer."""
    items = [
        {
            "linkId": str(item.id),
            "prefix": f"{item.id}.",
            "text": item.text,
            "type": "choice",
            "required": item.required,
            "answerOption": _options(instrument, instrument.labels_for(item)),
        }
        for item in instrument.items
    ]
    low, high = instrument.total_range(TOTAL_LINK_ID)
    items.append(
        {
            "linkId": TOTAL_LINK_ID,
            "text": f"Total score ({low}-{high}): the sum of the scored items",
            "type": "integer",
            "readOnly": True,
        }
    )
    resource = {
        "resourceType": "Questionnaire",
        "id": instrument.slug,
        "language": instrument.items_language,
        "url": canonical_url(instrument, base_url=base_url),
        "name": _computable_name(instrument),
        "title": instrument.name,
        "status": "active",
        "subjectType": ["Patient"],
        "description": f"{instrument.instructions} Source: {instrument.citation}",
        "copyright": instrument.permission,
        "item": items,
    }
    if instrument.loinc:
        resource["code"] = [{"system": LOINC, "code": instrument.loinc}]
    return resource


def questionnaire_response(
    instrument: Instrument,
    *,
    base_url: str,
    response_id: str,
    answers: Mapping[int, int],
    total: int,
    authored: datetime,
    subject_name: str,
) -> dict:
    """One completed questionnaire as a FHIR R4 QuestionnaireResponse.

    `authored` must be timezone-aware; it is written in UTC. Items left blank (only the
    optional "how difficult" one can be) are left out, as FHIR asks. The resource's
    ``language`` is the language the items were answered in (`instrument.items_language`:
    pass the instrument as the person saw it, ``instrument.in_language``).
    """
    if authored.tzinfo is None:
        raise ValueError("authored must be timezone-aware")
    items = []
    for item in instrument.items:
        if item.id not in answers:
            continue
        value = answers[item.id]
        label = instrument.labels_for(item).get(value, str(value))
        items.append(
            {
                "linkId": str(item.id),
                "text": item.text,
                "answer": [{"valueCoding": {"code": str(value), "display": label}}],
            }
        )
    items.append(
        {
            "linkId": TOTAL_LINK_ID,
            "text": "Total score",
            "answer": [{"valueInteger": total}],
        }
    )
    return {
        "resourceType": "QuestionnaireResponse",
        "id": response_id,
        "language": instrument.items_language,
        "questionnaire": canonical_url(instrument, base_url=base_url),
        "status": "completed",
        "subject": {"display": subject_name},
        "authored": authored.astimezone(UTC).isoformat(timespec="seconds"),
        "item": items,
    }


def bundle(resources: list[dict]) -> dict:
    """A FHIR R4 Bundle of type "collection" holding `resources`."""
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": resource} for resource in resources],
    }
