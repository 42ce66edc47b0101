"""Which language a questionnaire's items are shown in: only one a cited, permitted
translation in the instrument's data provides; English otherwise (instrument.py)."""

from __future__ import annotations

import copy
import json

import pytest

from securebase.assessments.catalog import offered_instruments
from securebase.assessments.instrument import (
    INSTRUMENTS_DIR,
    SYMPTOM_INSTRUMENTS_DIR,
    InstrumentError,
    base_language,
    in_language,
    items_language,
)
from securebase.assessments.instrument_files import load_instruments, parse_instrument
from securebase.assessments.scoring import score

ECR_S_DATA = json.loads((INSTRUMENTS_DIR / "ecr-s.json").read_text(encoding="utf-8"))
PHQ9_DATA = json.loads((SYMPTOM_INSTRUMENTS_DIR / "phq-9.json").read_text(encoding="utf-8"))

# Test data only: placeholder wording standing in for a published translation's.
CITATION = "Test, A. (2020). A validated Spanish version. Journal of Tests, 1(1), 1-10."
PERMISSION = "Reproduced with the authors' written permission (test)."


def with_spanish(data: dict, **changes) -> dict:
    """`data` with a Spanish translation block; `changes` replace or (None) drop its keys."""
    data = copy.deepcopy(data)
    block = {
        "citation": CITATION,
        "permission": PERMISSION,
        "instructions": "Instrucciones de prueba.",
        "items": {str(item["id"]): f"Frase de prueba {item['id']}" for item in data["items"]},
        "response_labels": {key: f"Etiqueta {key}" for key in data["response_scale"]["labels"]},
    }
    own = {
        str(item["id"]): {key: f"Propia {key}" for key in item["response_labels"]}
        for item in data["items"]
        if "response_labels" in item
    }
    if own:
        block["item_response_labels"] = own
    for key, value in changes.items():
        if value is None:
            block.pop(key, None)
        else:
            block[key] = value
    data["translations"] = {"es": block}
    data["languages"] = ["en", "es"]
    return data


@pytest.mark.parametrize(
    "code, expected", [("es", "es"), ("es-US", "es"), ("es_MX", "es"), ("", "en"), ("EN", "en")]
)
def test_it_reads_the_base_language(code, expected):
    assert base_language(code) == expected


def test_only_the_phq9_ships_with_a_spanish_translation():
    """The PHQ-9's file cites Pfizer's Spanish for the USA; no other shipped file cites a
    translation, so the others are offered in English only."""
    shipped = {**load_instruments(INSTRUMENTS_DIR), **load_instruments(SYMPTOM_INSTRUMENTS_DIR)}
    assert set(shipped) == {"ecr-r", "ecr-s", "phq-9", "gad-7"}
    phq9 = shipped.pop("phq-9")
    assert phq9.languages == ("en", "es")
    assert items_language(phq9, "es-US") == "es"
    assert "Spanish for the USA" in phq9.translations["es"].citation
    assert "English only" not in phq9.language_note
    for instrument in shipped.values():
        assert instrument.languages == ("en",)
        assert instrument.translations == {}
        assert items_language(instrument, "es") == "en"
        assert in_language(instrument, "es") is instrument
        assert "English only" in instrument.language_note


def test_it_offers_spanish_only_with_a_cited_translation():
    instrument = parse_instrument(with_spanish(ECR_S_DATA), slug="ecr-s")
    assert instrument.languages == ("en", "es")
    assert items_language(instrument, "es-US") == "es"
    assert items_language(instrument, "en") == "en"
    # A language the data has no translation for gets English.
    assert items_language(instrument, "fr") == "en"


def test_the_spanish_copy_changes_the_words_and_nothing_else():
    instrument = parse_instrument(with_spanish(PHQ9_DATA), slug="phq-9")
    spanish = in_language(instrument, "es")
    assert spanish.items_language == "es"
    assert spanish.items[0].text == "Frase de prueba 1"
    assert spanish.instructions == "Instrucciones de prueba."
    assert spanish.response_scale.labels[0] == "Etiqueta 0"
    assert spanish.labels_for(spanish.item(10))[3] == "Propia 3"
    assert [(i.id, i.scale, i.reverse, i.scored) for i in spanish.items] == [
        (i.id, i.scale, i.reverse, i.scored) for i in instrument.items
    ]
    answers = {item.id: 2 for item in instrument.items}
    assert score(spanish, answers)["total"].total == score(instrument, answers)["total"].total
    # English stays English.
    assert in_language(instrument, "en") is instrument


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"citation": None}, "citation"),
        ({"permission": None}, "permission"),
        ({"citation": "  "}, "citation"),
        ({"items": {"1": "Solo una"}}, "every item"),
        ({"response_labels": {"1": "Solo una"}}, "every English label"),
    ],
)
def test_a_translation_without_its_citation_permission_or_full_wording_never_loads(
    changes, message
):
    with pytest.raises(InstrumentError, match=message):
        parse_instrument(with_spanish(ECR_S_DATA, **changes), slug="ecr-s")


def test_a_language_listed_without_a_translation_is_refused():
    data = copy.deepcopy(ECR_S_DATA)
    data["languages"] = ["en", "es"]
    with pytest.raises(InstrumentError, match="cited, permitted translation"):
        parse_instrument(data, slug="ecr-s")


def test_an_item_with_its_own_labels_needs_them_translated():
    data = with_spanish(PHQ9_DATA)
    del data["translations"]["es"]["item_response_labels"]
    with pytest.raises(InstrumentError, match="item 10 needs its own answer labels"):
        parse_instrument(data, slug="phq-9")


def test_the_offered_attachment_questionnaires_are_english_only():
    assert [items_language(i, "es") for i in offered_instruments()] == ["en", "en"]
