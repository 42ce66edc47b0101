"""PHQ-9 and GAD-7 through the instrument engine, worked out by hand from the papers.

Kroenke, Spitzer & Williams (2001): PHQ-9 total = sum of items 1-9, each 0-3; 5, 10, 15 and 20
start the mild, moderate, moderately severe and severe bands. Spitzer et al. (2006): GAD-7
total = sum of items 1-7; 5, 10 and 15 start mild, moderate and severe. Run alone with
`.venv/bin/pytest -p no:django securebase/assessments/tests/test_symptom_scoring.py`.
"""

from __future__ import annotations

import copy
import json
import math
import re

import pytest

from securebase.assessments import change, scoring
from securebase.assessments.instrument import SYMPTOM_INSTRUMENTS_DIR, InstrumentError, in_language

PHQ9 = scoring.load_instrument(SYMPTOM_INSTRUMENTS_DIR / "phq-9.json")
GAD7 = scoring.load_instrument(SYMPTOM_INSTRUMENTS_DIR / "gad-7.json")
PHQ9_DATA = json.loads((SYMPTOM_INSTRUMENTS_DIR / "phq-9.json").read_text(encoding="utf-8"))


def answers_totalling(instrument, total: int) -> dict[int, int]:
    """Answers to the scored items that sum to `total`, filling items with 3s from the first."""
    answers = {}
    left = total
    for item in instrument.scored_items:
        answers[item.id] = min(3, left)
        left -= answers[item.id]
    assert left == 0
    return answers


def test_it_loads_both_symptom_measures_beside_the_attachment_ones():
    assert set(scoring.load_instruments(SYMPTOM_INSTRUMENTS_DIR)) == {"phq-9", "gad-7"}
    assert len(PHQ9.items) == 10 and len(PHQ9.scored_items) == 9
    assert len(GAD7.items) == 8 and len(GAD7.scored_items) == 7
    assert PHQ9.score_method == GAD7.score_method == "sum"
    assert PHQ9.total_range("total") == (0, 27)
    assert GAD7.total_range("total") == (0, 21)


def test_it_keeps_the_published_wording_and_answers():
    assert PHQ9.item(9).text == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert GAD7.item(1).text == "Feeling nervous, anxious, or on edge"
    assert [PHQ9.response_scale.label_for(v) for v in range(4)] == [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    ]
    difficulty = PHQ9.item(10)
    assert not difficulty.scored and not difficulty.required
    assert PHQ9.labels_for(difficulty)[0] == "Not difficult at all"
    assert PHQ9.labels_for(difficulty)[3] == "Extremely difficult"
    assert "Kroenke" in PHQ9.citation and "606-613" in PHQ9.citation
    assert "Spitzer" in GAD7.citation and "1092-1097" in GAD7.citation
    assert "Pfizer" in PHQ9.permission and "Pfizer" in GAD7.permission
    # Only the GAD-7's file lacks a cited Spanish wording, so only it says English only.
    assert PHQ9.languages == ("en", "es") and "English only" not in PHQ9.language_note
    assert GAD7.languages == ("en",) and "English only" in GAD7.language_note


# Pfizer's PHQ-9 "Spanish for the USA", word for word (dashes and parentheses included), as
# checked against independently published copies of the form: a change to the data file's
# wording has to change this too.
PHQ9_SPANISH_FOR_THE_USA = {
    1: "Poco interés o placer en hacer cosas",
    2: "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
    3: "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
    4: "Se ha sentido cansado(a) o con poca energía",
    5: "Sin apetito o ha comido en exceso",
    6: (
        "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con "
        "usted mismo(a) o con su familia"
    ),
    7: (
        "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el "
        "periódico o ver la televisión"
    ),
    8: (
        "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo "
        "contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal"
    ),
    9: "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
    10: (
        "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas "
        "para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras "
        "personas?"
    ),
}


def test_the_phq9_in_spanish_is_the_published_wording_and_scores_the_same():
    spanish = in_language(PHQ9, "es")
    assert spanish.items_language == "es"
    assert {item.id: item.text for item in spanish.items} == PHQ9_SPANISH_FOR_THE_USA
    assert spanish.instructions == (
        "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los "
        "siguientes problemas?"
    )
    assert [spanish.response_scale.label_for(v) for v in range(4)] == [
        "Ningún día",
        "Varios días",
        "Más de la mitad de los días",
        "Casi todos los días",
    ]
    assert [spanish.labels_for(spanish.item(10))[v] for v in range(4)] == [
        "No ha sido difícil",
        "Un poco difícil",
        "Muy difícil",
        "Extremadamente difícil",
    ]
    # The words change; ids, scoring, bands and the item 9 flag do not.
    answers = {item.id: (item.id % 4) for item in PHQ9.items}
    assert scoring.score(spanish, answers) == scoring.score(PHQ9, answers)
    assert spanish.item(9).flag == PHQ9.item(9).flag


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately-severe"),
        (19, "moderately-severe"),
        (20, "severe"),
        (27, "severe"),
    ],
)
def test_it_bands_the_phq9_at_every_boundary(total, band):
    result = scoring.score(PHQ9, answers_totalling(PHQ9, total))
    assert result["total"].total == total
    assert result["total"].band.key == band


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ],
)
def test_it_bands_the_gad7_at_every_boundary(total, band):
    result = scoring.score(GAD7, answers_totalling(GAD7, total))
    assert result["total"].total == total
    assert result["total"].band.key == band


def test_it_sums_a_worked_phq9():
    # 1 + 2 + 3 + 0 + 1 + 2 + 0 + 1 + 0 = 10: moderate, at the cut-off.
    answers = dict(zip(range(1, 10), [1, 2, 3, 0, 1, 2, 0, 1, 0], strict=True))
    result = scoring.score(PHQ9, answers)
    assert result["total"].total == 10
    assert result["total"].band.label == "Moderate"
    assert result.flags == ()


def test_it_leaves_the_difficulty_item_unscored():
    answers = answers_totalling(PHQ9, 6)
    without = scoring.score(PHQ9, answers)
    with_difficulty = scoring.score(PHQ9, {**answers, 10: 3})
    assert without["total"].total == with_difficulty["total"].total == 6
    gad = answers_totalling(GAD7, 12)
    assert scoring.score(GAD7, {**gad, 8: 2})["total"].total == 12


@pytest.mark.parametrize("answer", [1, 2, 3])
def test_it_flags_any_answer_above_not_at_all_on_phq9_item_9(answer):
    answers = {**{i: 0 for i in range(1, 9)}, 9: answer}
    result = scoring.score(PHQ9, answers)
    assert result.flags == (scoring.RaisedFlag(item_id=9, kind="self-harm", answer=answer),)
    # A total of 1 to 3 is minimal, and the flag is raised all the same.
    assert result["total"].band.key == "minimal"


def test_it_raises_no_flag_for_not_at_all_on_item_9_or_on_the_gad7():
    answers = {**{i: 3 for i in range(1, 9)}, 9: 0}
    assert scoring.score(PHQ9, answers).flags == ()
    assert scoring.score(GAD7, answers_totalling(GAD7, 21)).flags == ()


def test_it_still_requires_every_scored_item():
    answers = answers_totalling(PHQ9, 5)
    del answers[9]
    with pytest.raises(scoring.AnswerError) as caught:
        scoring.score(PHQ9, answers)
    assert caught.value.missing == (9,)
    with pytest.raises(scoring.AnswerError):
        scoring.score(PHQ9, {**answers_totalling(PHQ9, 5), 10: 4})


@pytest.mark.parametrize(
    ("change_data", "message"),
    [
        (
            lambda d: d["bands"]["total"][1].update(min=6),
            "must run on from 5 without gaps or overlaps",
        ),
        (lambda d: d["bands"]["total"][-1].update(max=26), "must end at the highest total, 27"),
        (lambda d: d["cutoff"]["total"].update(value=28), "inside 0-27"),
        (lambda d: d["reliable_change"]["total"].update(reliability=1.2), "between 0 and 1"),
        (lambda d: d["reliable_change"]["total"].pop("sd_source"), "'sd_source'"),
        (lambda d: d.update(score_method="median"), "'score_method'"),
        (lambda d: d["items"][8].update(flag={"above": 3, "kind": "x"}), "'above' inside"),
        (lambda d: d["items"][9].update(scale="total"), "is not scored, so it has no scale"),
        (lambda d: d.update(bands={"mood": []}), "unknown scale 'mood'"),
        (lambda d: d.update(languages=[]), "'languages'"),
    ],
)
def test_it_rejects_malformed_symptom_rules(change_data, message):
    data = copy.deepcopy(PHQ9_DATA)
    change_data(data)
    with pytest.raises(InstrumentError, match=re.escape(message)):
        scoring.parse_instrument(data, slug="broken")


def test_bands_need_a_summed_instrument():
    data = copy.deepcopy(PHQ9_DATA)
    data["score_method"] = "mean"
    with pytest.raises(InstrumentError, match="need score_method"):
        scoring.parse_instrument(data, slug="broken")


# --- reliable change, by hand ---------------------------------------------------------------
#
# PHQ-9: SD 3.5, alpha 0.89. SE = 3.5 x sqrt(0.11) = 1.16082; S_diff = sqrt(2) x 1.16082
# = 1.64165. 1.96 x 1.64165 = 3.2176, so a change of 4 points is reliable and 3 is not:
# 3 / 1.64165 = 1.8275; 4 / 1.64165 = 2.4366.
# GAD-7: SD 3.5, alpha 0.92. SE = 3.5 x sqrt(0.08); S_diff = 3.5 x sqrt(0.16) = 1.4 exactly.
# 1.96 x 1.4 = 2.744, so 3 points is reliable (2.1429) and 2 is not (1.4286).


def figures(instrument):
    rules = instrument.rules["total"]
    return {
        "sd": rules.reliable_change.sd,
        "reliability": rules.reliable_change.reliability,
        "cutoff": rules.cutoff,
    }


def test_it_reads_the_cited_figures_from_the_files():
    assert figures(PHQ9) == {"sd": 3.5, "reliability": 0.89, "cutoff": 10}
    assert figures(GAD7) == {"sd": 3.5, "reliability": 0.92, "cutoff": 10}
    assert "Kocalevent" in PHQ9.rules["total"].reliable_change.sd_source
    assert "Löwe" in GAD7.rules["total"].reliable_change.sd_source


def test_it_computes_the_standard_error_of_the_difference():
    assert change.difference_standard_error(sd=3.5, reliability=0.89) == pytest.approx(
        1.64165, abs=1e-5
    )
    assert change.difference_standard_error(sd=3.5, reliability=0.92) == pytest.approx(1.4)
    assert change.reliable_change_points(sd=3.5, reliability=0.89) == 4
    assert change.reliable_change_points(sd=3.5, reliability=0.92) == 3


def test_a_change_exactly_on_the_criterion_is_not_reliable():
    # S_diff = sqrt(2) x 1 x sqrt(1 - 0.5) = 1, so 1.96 sits on the criterion; 2 points is
    # the first whole number beyond it.
    assert change.reliable_change_points(sd=1, reliability=0.5) == 2
    assert change.reliable_change(first=0, last=2, sd=1, reliability=0.5).direction == (
        change.DETERIORATION
    )


@pytest.mark.parametrize(
    ("first", "last", "index", "direction", "significant"),
    [
        (15, 12, -1.8275, change.NO_CHANGE, False),
        (15, 11, -2.4366, change.IMPROVEMENT, False),
        (12, 8, -2.4366, change.IMPROVEMENT, True),
        (14, 10, -2.4366, change.IMPROVEMENT, False),
        (9, 13, 2.4366, change.DETERIORATION, True),
        (9, 12, 1.8275, change.NO_CHANGE, False),
        (20, 20, 0.0, change.NO_CHANGE, False),
        (22, 5, -10.3555, change.IMPROVEMENT, True),
    ],
)
def test_it_classifies_phq9_changes(first, last, index, direction, significant):
    result = change.reliable_change(first=first, last=last, **figures(PHQ9))
    assert result.index == pytest.approx(index, abs=1e-4)
    assert result.direction == direction
    assert result.clinically_significant is significant
    assert result.threshold_points == 4


@pytest.mark.parametrize(
    ("first", "last", "index", "direction", "significant"),
    [
        (12, 10, -1.4286, change.NO_CHANGE, False),
        (12, 9, -2.1429, change.IMPROVEMENT, True),
        (6, 9, 2.1429, change.DETERIORATION, False),
        (8, 11, 2.1429, change.DETERIORATION, True),
        (4, 6, 1.4286, change.NO_CHANGE, False),
    ],
)
def test_it_classifies_gad7_changes(first, last, index, direction, significant):
    result = change.reliable_change(first=first, last=last, **figures(GAD7))
    assert result.index == pytest.approx(index, abs=1e-4)
    assert result.direction == direction
    assert result.clinically_significant is significant


def test_its_words_describe_scores_and_never_diagnose():
    better = change.reliable_change(first=15, last=11, **figures(PHQ9))
    worse = change.reliable_change(first=9, last=13, **figures(PHQ9))
    same = change.reliable_change(first=9, last=10, **figures(PHQ9))
    assert (better.words, better.arrow, better.delta_text) == (
        "Reliable improvement",
        "↓",
        "down 4",
    )
    assert (worse.words, worse.arrow) == ("Reliable deterioration", "↑")
    assert (same.words, same.delta_text) == ("No reliable change", "up 1")
    for words in change.WORDS.values():
        assert not re.search(r"depress|disorder|diagnos|recover", words, re.IGNORECASE)


def test_it_refuses_impossible_figures():
    with pytest.raises(ValueError):
        change.difference_standard_error(sd=0, reliability=0.9)
    with pytest.raises(ValueError):
        change.difference_standard_error(sd=3, reliability=1)
    assert math.isclose(change.CRITICAL_Z, 1.96)
