"""The FHIR R4 export validates with FHIR libraries from PyPI; the band chart draws the bands."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest
from fhir.resources.R4B.bundle import Bundle as R4BBundle
from fhir.resources.R4B.questionnaire import Questionnaire as R4BQuestionnaire
from fhir.resources.R4B.questionnaireresponse import (
    QuestionnaireResponse as R4BQuestionnaireResponse,
)
from fhirclient.models.bundle import Bundle as R4Bundle
from fhirclient.models.fhirabstractbase import FHIRValidationError
from fhirclient.models.questionnaire import Questionnaire as R4Questionnaire
from fhirclient.models.questionnaireresponse import (
    QuestionnaireResponse as R4QuestionnaireResponse,
)

from securebase.measures import charts, fhir
from securebase.measures.tests.helpers import GAD7, PHQ9, answers_totalling

BASE = "https://practice.example"
WHEN = datetime(2026, 3, 1, 15, 30, tzinfo=UTC)


def response_for(instrument, answers):
    total = sum(answers[i.id] for i in instrument.scored_items)
    return fhir.questionnaire_response(
        instrument,
        base_url=BASE,
        response_id="measure-7",
        answers=answers,
        total=total,
        authored=WHEN,
        subject_name="Ada Park",
    )


@pytest.mark.parametrize("instrument", [PHQ9, GAD7], ids=["phq-9", "gad-7"])
def test_the_questionnaire_validates_as_r4(instrument):
    resource = fhir.questionnaire(instrument, base_url=BASE)
    # fhirclient's models are generated from FHIR 4.0.1; strict parsing raises on any
    # unknown element, wrong type or missing required element.
    parsed = R4Questionnaire(copy.deepcopy(resource), strict=True)
    assert parsed.as_json() == resource
    R4BQuestionnaire.model_validate(resource)
    assert resource["url"] == f"{BASE}/questionnaires/fhir/Questionnaire/{instrument.slug}.json"
    assert len(resource["item"]) == len(instrument.items) + 1
    assert resource["code"][0]["system"] == "http://loinc.org"
    difficulty = resource["item"][len(instrument.items) - 1]
    assert difficulty["required"] is False
    assert difficulty["answerOption"][0]["valueCoding"]["display"] == "Not difficult at all"


def test_a_response_validates_as_r4_and_carries_every_answer_and_the_total():
    answers = {**answers_totalling(PHQ9, 12, item_9=1), 10: 2}
    resource = response_for(PHQ9, answers)
    parsed = R4QuestionnaireResponse(copy.deepcopy(resource), strict=True)
    assert parsed.as_json() == resource
    R4BQuestionnaireResponse.model_validate(resource)
    by_link = {item["linkId"]: item["answer"][0] for item in resource["item"]}
    assert by_link["9"]["valueCoding"] == {"code": "1", "display": "Several days"}
    assert by_link["10"]["valueCoding"]["display"] == "Very difficult"
    assert by_link["total"] == {"valueInteger": 13}
    assert resource["authored"] == "2026-03-01T15:30:00+00:00"
    assert resource["questionnaire"].endswith("/phq-9.json")


def test_a_blank_optional_item_is_left_out():
    resource = response_for(GAD7, answers_totalling(GAD7, 5))
    assert [item["linkId"] for item in resource["item"]] == [*map(str, range(1, 8)), "total"]
    R4QuestionnaireResponse(resource, strict=True)


def test_a_bundle_validates():
    resources = [
        fhir.questionnaire(PHQ9, base_url=BASE),
        response_for(PHQ9, {i: 0 for i in range(1, 10)}),
    ]
    bundle = fhir.bundle(resources)
    R4Bundle(copy.deepcopy(bundle), strict=True)
    R4BBundle.model_validate(bundle)


def test_the_validators_would_catch_a_broken_resource():
    resource = response_for(GAD7, answers_totalling(GAD7, 5))
    resource["status"] = 3
    with pytest.raises(FHIRValidationError):
        R4QuestionnaireResponse(resource, strict=True)
    resource = response_for(GAD7, answers_totalling(GAD7, 5))
    for broken in ({**resource, "authored": "yesterday"}, {**resource, "item": [{"text": "x"}]}):
        with pytest.raises(ValueError):
            R4BQuestionnaireResponse.model_validate(broken)


def test_authored_must_carry_a_time_zone():
    with pytest.raises(ValueError):
        fhir.questionnaire_response(
            GAD7,
            base_url=BASE,
            response_id="x",
            answers={},
            total=0,
            authored=datetime(2026, 3, 1),
            subject_name="",
        )


def test_the_chart_draws_every_band_behind_the_line():
    points = [
        charts.ChartPoint(taken_at=datetime(2026, 3, d, tzinfo=UTC), label=f"Mar {d}", total=t)
        for d, t in ((1, 16), (15, 9))
    ]
    svg = charts.band_chart_svg(points, bands=PHQ9.rules["total"].bands, name="PHQ-9", chart_id="c")
    assert svg.count("chart-band ") == 5
    # Bands first, then the line, then the points: the line is drawn over the bands.
    assert svg.index("chart-band-severe") < svg.index("chart-line") < svg.index("chart-point")
    assert "PHQ-9 totals across 2 results" in svg
    assert "moderately severe 15–19" in svg
    assert "<title>Mar 15: 9</title>" in svg
    assert charts.band_chart_svg([], bands=PHQ9.rules["total"].bands, name="x", chart_id="c") == ""


def test_a_higher_total_is_drawn_higher():
    points = [
        charts.ChartPoint(taken_at=datetime(2026, 3, d, tzinfo=UTC), label=str(d), total=t)
        for d, t in ((1, 0), (2, 21))
    ]
    svg = charts.band_chart_svg(points, bands=GAD7.rules["total"].bands, name="GAD-7", chart_id="c")
    first, second = (part.split('cy="')[1].split('"')[0] for part in svg.split("<circle")[1:])
    assert float(second) < float(first)
