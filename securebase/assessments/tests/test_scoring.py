"""Scoring engine tests. Every expected score was worked out by hand from the published keys.

ECR-R (Fraley, Waller & Brennan, 2000), published listing order:
  anxiety   = items 1-18, reverse-keyed 9 and 11            -> 16 forward, 2 reversed
  avoidance = items 19-36, reverse-keyed 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36
                                                              -> 6 forward (19, 21, 23, 24, 25, 32)
ECR-S (Wei, Russell, Mallinckrodt & Vogel, 2007):
  anxiety   = items 2, 4, 6, 8 (reversed), 10, 12           -> 5 forward, 1 reversed
  avoidance = items 1 (reversed), 3, 5 (reversed), 7, 9 (reversed), 11 -> 3 forward, 3 reversed
Both use a 1-7 response scale, so a reversed answer counts as 8 - answer.
"""

from __future__ import annotations

import ast
import copy
import json
import re
from fractions import Fraction
from pathlib import Path

import pytest

from securebase.assessments import scoring
from securebase.assessments.scoring import AnswerError, InstrumentError

APP_DIR = Path(scoring.__file__).resolve().parent
ECR_R = scoring.load_instrument(APP_DIR / "instruments" / "ecr-r.json")
ECR_S = scoring.load_instrument(APP_DIR / "instruments" / "ecr-s.json")
ECR_R_DATA = json.loads((APP_DIR / "instruments" / "ecr-r.json").read_text())


def answer_all(instrument, rule):
    return {item_id: rule(item_id) for item_id in instrument.item_ids}


def cycle_1_to_7(item_id):
    return (item_id - 1) % 7 + 1


# --- the data files match the published keys ------------------------------------------------


def test_it_reads_the_ecr_r_keys_as_published():
    anxiety = [item.id for item in ECR_R.items if item.scale == "anxiety"]
    avoidance = [item.id for item in ECR_R.items if item.scale == "avoidance"]
    reversed_ids = {item.id for item in ECR_R.items if item.reverse}
    assert anxiety == list(range(1, 19))
    assert avoidance == list(range(19, 37))
    assert reversed_ids == {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36}
    assert ECR_R.response_scale.points == (1, 2, 3, 4, 5, 6, 7)


def test_it_reads_the_ecr_s_keys_as_published():
    anxiety = {item.id for item in ECR_S.items if item.scale == "anxiety"}
    avoidance = {item.id for item in ECR_S.items if item.scale == "avoidance"}
    assert anxiety == {2, 4, 6, 8, 10, 12}
    assert avoidance == {1, 3, 5, 7, 9, 11}
    assert {item.id for item in ECR_S.items if item.reverse} == {1, 5, 8, 9}


@pytest.mark.parametrize("instrument", [ECR_R, ECR_S], ids=["ecr-r", "ecr-s"])
def test_every_point_of_the_scale_says_what_it_means(instrument):
    # A number alone leaves a person guessing what "3" means; each option carries its words.
    for item in instrument.items:
        labels = instrument.labels_for(item)
        assert all(labels.get(point) for point in instrument.response_scale.points), item.id


def test_it_keeps_the_citation_and_permission_note():
    assert "Fraley" in ECR_R.citation and "2000" in ECR_R.citation
    assert "non-commercial" in ECR_R.permission
    assert "commercial use requires the authors' permission" in ECR_R.permission
    assert "Wei" in ECR_S.citation and "2007" in ECR_S.citation
    assert "commercial use" in ECR_S.permission


def test_it_keeps_the_published_order():
    assert ECR_R.item_ids == tuple(range(1, 37))
    assert ECR_S.item_ids == tuple(range(1, 13))


def test_it_loads_every_instrument_in_the_folder():
    assert set(scoring.load_instruments()) == {"ecr-r", "ecr-s"}


# --- ECR-R scores ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "anxiety", "avoidance"),
    [
        # All 1: anxiety (16*1 + 2*7)/18 = 30/18 = 1.67; avoidance (6*1 + 12*7)/18 = 90/18 = 5.00
        pytest.param(lambda i: 1, Fraction(30, 18), Fraction(90, 18), id="all-1"),
        # All 7: anxiety (16*7 + 2*1)/18 = 114/18 = 6.33; avoidance (6*7 + 12*1)/18 = 54/18 = 3.00
        pytest.param(lambda i: 7, Fraction(114, 18), Fraction(54, 18), id="all-7"),
        # All 4: a reversed 4 is still 4, so both means are 4.00.
        pytest.param(lambda i: 4, Fraction(4), Fraction(4), id="all-4"),
        # Alternating: odd ids answer 1, even ids answer 7.
        # anxiety: odd forward 1,3,5,7,13,15,17 -> 7*1 = 7; odd reversed 9, 11 -> 2*7 = 14;
        #          even 2..18 (all forward) -> 9*7 = 63; total 84/18 = 4.67
        # avoidance: odd forward 19,21,23,25 -> 4*1 = 4; even forward 24,32 -> 2*7 = 14;
        #            odd reversed 27,29,31,33,35 -> 5*7 = 35;
        #            even reversed 20,22,26,28,30,34,36 -> 7*1 = 7; total 60/18 = 3.33
        pytest.param(
            lambda i: 1 if i % 2 else 7, Fraction(84, 18), Fraction(60, 18), id="alternating"
        ),
        # Only the reverse-keyed items high (7), the rest 1: every keyed value is 1.
        # anxiety (16*1 + 2*(8-7))/18 = 1.00; avoidance (6*1 + 12*(8-7))/18 = 1.00
        pytest.param(
            lambda i: 7 if i in {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36} else 1,
            Fraction(1),
            Fraction(1),
            id="only-reversed-high",
        ),
        # Cycling 1..7 by id (1,2,...,7,1,2,...):
        # anxiety forward: ids 1-8 -> 1+2+3+4+5+6+7+1 = 29; id 10 -> 3; ids 12-18 -> 5+6+7+1+2+3+4
        #   = 28; reversed 9 (answer 2 -> 6) and 11 (answer 4 -> 4); total 70/18 = 3.89
        # avoidance forward: 19->5, 21->7, 23->2, 24->3, 25->4, 32->4 = 25; reversed keyed:
        #   20(6)->2, 22(1)->7, 26(5)->3, 27(6)->2, 28(7)->1, 29(1)->7, 30(2)->6, 31(3)->5,
        #   33(5)->3, 34(6)->2, 35(7)->1, 36(1)->7 = 46; total 71/18 = 3.94
        pytest.param(cycle_1_to_7, Fraction(70, 18), Fraction(71, 18), id="cycling"),
    ],
)
def test_it_scores_the_ecr_r_by_its_published_keys(rule, anxiety, avoidance):
    result = scoring.score(ECR_R, answer_all(ECR_R, rule))
    assert result["anxiety"].mean == anxiety
    assert result["avoidance"].mean == avoidance
    assert result["anxiety"].item_count == 18
    assert result["avoidance"].item_count == 18


@pytest.mark.parametrize(
    ("answer", "anxiety", "avoidance"),
    [(1, 1.67, 5.00), (7, 6.33, 3.00), (4, 4.00, 4.00)],
)
def test_it_matches_the_two_decimal_figures_in_the_issue(answer, anxiety, avoidance):
    result = scoring.score(ECR_R, answer_all(ECR_R, lambda i: answer))
    assert round(result["anxiety"].value, 2) == anxiety
    assert round(result["avoidance"].value, 2) == avoidance


@pytest.mark.parametrize(
    ("answer", "anxiety", "avoidance"),
    [(1, "1.7", "5.0"), (7, "6.3", "3.0"), (4, "4.0", "4.0")],
)
def test_it_displays_one_decimal(answer, anxiety, avoidance):
    result = scoring.score(ECR_R, answer_all(ECR_R, lambda i: answer))
    assert result["anxiety"].display == anxiety
    assert result["avoidance"].display == avoidance


def test_it_scores_a_typical_anxious_pattern():
    # Anxiety forward items 6, reversed anxiety items 2 (-> 6): 18*6/18 = 6.0.
    # Avoidance forward items 2, reversed avoidance items 6 (-> 2): 18*2/18 = 2.0.
    reversed_ids = {item.id for item in ECR_R.items if item.reverse}

    def rule(item_id):
        anxious = item_id <= 18
        if item_id in reversed_ids:
            return 2 if anxious else 6
        return 6 if anxious else 2

    result = scoring.score(ECR_R, answer_all(ECR_R, rule))
    assert result["anxiety"].display == "6.0"
    assert result["avoidance"].display == "2.0"


# --- ECR-S scores ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "anxiety", "avoidance"),
    [
        # All 1: anxiety (5*1 + 1*7)/6 = 12/6 = 2.0; avoidance (3*1 + 3*7)/6 = 24/6 = 4.0
        pytest.param(lambda i: 1, Fraction(2), Fraction(4), id="all-1"),
        # All 7: anxiety (5*7 + 1*1)/6 = 36/6 = 6.0; avoidance (3*7 + 3*1)/6 = 24/6 = 4.0
        pytest.param(lambda i: 7, Fraction(6), Fraction(4), id="all-7"),
        pytest.param(lambda i: 4, Fraction(4), Fraction(4), id="all-4"),
        # Alternating odd 1, even 7. Every avoidance item is odd (answer 1): forward 3,7,11 -> 3,
        # reversed 1,5,9 -> 3*7 = 21; 24/6 = 4.0. Every anxiety item is even (answer 7):
        # forward 2,4,6,10,12 -> 35, reversed 8 -> 1; 36/6 = 6.0
        pytest.param(lambda i: 1 if i % 2 else 7, Fraction(6), Fraction(4), id="alternating"),
        # Only the reverse-keyed items (1, 5, 8, 9) high at 7, the rest 1: all keyed values 1.
        pytest.param(
            lambda i: 7 if i in {1, 5, 8, 9} else 1, Fraction(1), Fraction(1), id="only-reversed"
        ),
        # Cycling 1..7 by id: answers 1,2,3,4,5,6,7,1,2,3,4,5 for ids 1..12.
        # anxiety: 2->2, 4->4, 6->6, 8(R, 1)->7, 10->3, 12->5 = 27/6 = 4.5
        # avoidance: 1(R, 1)->7, 3->3, 5(R, 5)->3, 7->7, 9(R, 2)->6, 11->4 = 30/6 = 5.0
        pytest.param(cycle_1_to_7, Fraction(27, 6), Fraction(5), id="cycling"),
    ],
)
def test_it_scores_the_ecr_s_by_its_own_keys(rule, anxiety, avoidance):
    result = scoring.score(ECR_S, answer_all(ECR_S, rule))
    assert result["anxiety"].mean == anxiety
    assert result["avoidance"].mean == avoidance
    assert result["anxiety"].item_count == 6
    assert result["avoidance"].item_count == 6


def test_it_displays_ecr_s_scores_with_one_decimal():
    result = scoring.score(ECR_S, answer_all(ECR_S, cycle_1_to_7))
    assert result["anxiety"].display == "4.5"
    assert result["avoidance"].display == "5.0"


# --- rounding ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Fraction(17, 4), "4.3"),  # 4.25 rounds half up, not to the even 4.2
        (Fraction(9, 4), "2.3"),  # 2.25: banker's rounding would give 2.2
        (Fraction(30, 18), "1.7"),
        (Fraction(7), "7.0"),
        (1.04, "1.0"),
    ],
)
def test_it_rounds_half_up_to_one_decimal(value, shown):
    assert scoring.format_score(value) == shown


# --- answer validation ------------------------------------------------------------------------


def test_it_accepts_string_ids_and_values_from_a_form():
    answers = {str(i): "5" for i in ECR_S.item_ids}
    assert scoring.clean_answers(ECR_S, answers) == dict.fromkeys(ECR_S.item_ids, 5)


def test_it_names_every_missing_item():
    answers = answer_all(ECR_R, lambda i: 3)
    del answers[5], answers[30]
    with pytest.raises(AnswerError) as caught:
        scoring.score(ECR_R, answers)
    assert caught.value.missing == (5, 30)
    assert not caught.value.tampered
    assert "unanswered item(s): 5, 30" in str(caught.value)


def test_it_treats_a_blank_value_as_unanswered():
    answers = {str(i): "4" for i in ECR_S.item_ids}
    answers["3"] = ""
    with pytest.raises(AnswerError) as caught:
        scoring.clean_answers(ECR_S, answers)
    assert caught.value.missing == (3,)


@pytest.mark.parametrize("value", [9, "9", 0, "0", 8, -1, "-1"])
def test_it_rejects_answers_outside_the_response_scale(value):
    answers = answer_all(ECR_R, lambda i: 4)
    answers[12] = value
    with pytest.raises(AnswerError) as caught:
        scoring.score(ECR_R, answers)
    assert caught.value.tampered
    # "-1" is not a plain whole number, the others are numbers out of range.
    assert (caught.value.out_of_range + caught.value.not_a_number) == (12,)
    assert caught.value.missing == ()


@pytest.mark.parametrize("value", ["4.0", "four", " +4", "٤", 4.0, True, None])
def test_it_rejects_values_that_are_not_plain_whole_numbers(value):
    answers = answer_all(ECR_S, lambda i: 4)
    answers[2] = value
    with pytest.raises(AnswerError) as caught:
        scoring.clean_answers(ECR_S, answers)
    if value is None:
        assert caught.value.missing == (2,)
    else:
        assert caught.value.not_a_number == (2,)


@pytest.mark.parametrize("unknown", ["99", "37", "0", "abc", 13, "1; DROP"])
def test_it_rejects_unknown_item_ids(unknown):
    answers = answer_all(ECR_S, lambda i: 4)
    answers[unknown] = "4"
    with pytest.raises(AnswerError) as caught:
        scoring.score(ECR_S, answers)
    assert caught.value.unknown == (str(unknown),)
    assert caught.value.tampered
    assert f"unknown item id(s): {unknown}" in str(caught.value)


def test_it_allows_partial_answers_when_asked():
    assert scoring.clean_answers(ECR_R, {"1": "2", "2": "7"}, require_all=False) == {1: 2, 2: 7}
    with pytest.raises(AnswerError):
        scoring.clean_answers(ECR_R, {"1": "2", "2": "9"}, require_all=False)


# --- norms ----------------------------------------------------------------------------------


def test_it_gives_no_percentile_without_norms():
    assert ECR_R.norms is None
    result = scoring.score(ECR_R, answer_all(ECR_R, lambda i: 4))
    assert result["anxiety"].percentile is None
    assert result["avoidance"].percentile is None


def test_it_computes_percentiles_when_norms_exist():
    data = copy.deepcopy(ECR_R_DATA)
    # Made-up norms for the test only: mean 4, SD 1 on anxiety and mean 3, SD 1 on avoidance.
    data["norms"] = {
        "source": "test sample",
        "scales": {"anxiety": {"mean": 4, "sd": 1}, "avoidance": {"mean": 3, "sd": 1}},
    }
    instrument = scoring.parse_instrument(data, slug="normed")
    result = scoring.score(instrument, answer_all(instrument, lambda i: 4))
    # Anxiety 4.0 is at the mean: 50th. Avoidance 4.0 is one SD above: Phi(1) = 0.8413 -> 84.
    assert result["anxiety"].percentile == 50
    assert result["avoidance"].percentile == 84


def test_it_only_gives_percentiles_for_normed_scales():
    data = copy.deepcopy(ECR_R_DATA)
    data["norms"] = {"source": "test", "scales": {"anxiety": {"mean": 4, "sd": 1}}}
    instrument = scoring.parse_instrument(data, slug="half-normed")
    result = scoring.score(instrument, answer_all(instrument, lambda i: 7))
    # Anxiety 6.33 is 2.33 SD above: Phi(2.33) = 0.990 -> clamped to 99.
    assert result["anxiety"].percentile == 99
    assert result["avoidance"].percentile is None


# --- instrument validation ------------------------------------------------------------------


def broken(change):
    data = copy.deepcopy(ECR_R_DATA)
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("items"), "'items' must be a non-empty list"),
        (lambda d: d.update(items=[]), "'items' must be a non-empty list"),
        (lambda d: d["items"][1].update(id=1), "item id 1 appears twice"),
        (lambda d: d["items"][0].update(id="1"), "positive whole-number 'id'"),
        (lambda d: d["items"][0].update(reverse="no"), "'reverse' true or false"),
        (lambda d: d["items"][0].pop("scale"), "needs a 'scale' name"),
        (lambda d: d["items"][0].update(text=" "), "needs 'text'"),
        (lambda d: d["response_scale"].update(min=7, max=1), "'min' < 'max'"),
        (lambda d: d["response_scale"].update(points=5), "'response_scale.points' is 5"),
        (lambda d: d["response_scale"]["labels"].update({"8": "x"}), "label 8 is outside"),
        (lambda d: d.pop("citation"), "'citation' must be a non-empty string"),
        (lambda d: d.pop("permission"), "'permission' must be a non-empty string"),
        (lambda d: d.update(display_order=[1, 2]), "'display_order' must list every item"),
        (
            lambda d: d.update(norms={"source": "x", "scales": {"warmth": {"mean": 4, "sd": 1}}}),
            "unknown scale 'warmth'",
        ),
        (
            lambda d: d.update(norms={"source": "x", "scales": {"anxiety": {"mean": 4, "sd": 0}}}),
            "sd for 'anxiety' must be positive",
        ),
        (
            lambda d: d.update(norms={"scales": {"anxiety": {"mean": 4, "sd": 1}}}),
            "'source' must be a non-empty string",
        ),
    ],
)
def test_it_rejects_a_malformed_instrument(change, message):
    with pytest.raises(InstrumentError, match=re.escape(message)):
        scoring.parse_instrument(broken(change), slug="broken")


def test_it_names_the_file_of_a_broken_instrument(tmp_path):
    path = tmp_path / "odd.json"
    path.write_text("{not json")
    with pytest.raises(InstrumentError, match=r"^odd\.json: cannot read instrument"):
        scoring.load_instrument(path)


def test_it_follows_a_display_order_when_the_instrument_sets_one():
    data = copy.deepcopy(ECR_R_DATA)
    order = list(range(36, 0, -1))
    data["display_order"] = order
    instrument = scoring.parse_instrument(data, slug="reordered")
    assert instrument.item_ids == tuple(order)
    # Order does not change the score: all 1s still give 30/18 and 90/18.
    result = scoring.score(instrument, answer_all(instrument, lambda i: 1))
    assert result["anxiety"].mean == Fraction(30, 18)
    assert result["avoidance"].mean == Fraction(90, 18)


def test_it_scores_an_instrument_of_any_shape():
    data = {
        "instrument": "Three-item toy",
        "short_name": "TOY",
        "citation": "None; a test fixture.",
        "permission": "Test only.",
        "response_scale": {"min": 0, "max": 4},
        "items": [
            {"id": 7, "text": "a", "scale": "warmth", "reverse": False},
            {"id": 3, "text": "b", "scale": "warmth", "reverse": True},
            {"id": 5, "text": "c", "scale": "pace", "reverse": False},
        ],
    }
    instrument = scoring.parse_instrument(data, slug="toy")
    # warmth: 4 and (0 + 4 - 1) = 3 -> 7/2 = 3.5; pace: 2.
    result = scoring.score(instrument, {7: 4, 3: 1, 5: 2})
    assert instrument.scales == ("warmth", "pace")
    assert result["warmth"].mean == Fraction(7, 2)
    assert result["pace"].mean == 2
    assert not instrument.has_map
    with pytest.raises(AnswerError):
        scoring.score(instrument, {7: 5, 3: 1, 5: 2})


def test_it_splits_items_into_pages_in_order():
    pages = ECR_R.pages(6)
    assert len(pages) == 6
    assert [item.id for item in pages[0]] == [1, 2, 3, 4, 5, 6]
    assert [item.id for page in pages for item in page] == list(range(1, 37))
    assert [len(page) for page in ECR_S.pages(5)] == [5, 5, 2]


# --- regions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("anxiety", "avoidance", "regions"),
    [
        (1.7, 5.0, ["dismissing-avoidant"]),
        (6.0, 2.0, ["anxious-preoccupied"]),
        (6.3, 4.1, ["fearful-avoidant"]),
        (2.0, 1.5, ["secure"]),
        (4.0, 2.0, ["secure", "anxious-preoccupied"]),
        (4.0, 4.0, ["secure", "anxious-preoccupied", "dismissing-avoidant", "fearful-avoidant"]),
    ],
)
def test_it_describes_the_region_a_score_falls_in(anxiety, avoidance, regions):
    position = scoring.locate(anxiety, avoidance, midpoint=4)
    assert [r.key for r in position.regions] == regions
    assert position.on_midline == (len(regions) > 1)


def test_it_describes_each_region_without_diagnosing():
    assert [r.name for r in scoring.REGIONS] == [
        "Secure",
        "Anxious\N{EN DASH}preoccupied",
        "Dismissing\N{EN DASH}avoidant",
        "Fearful\N{EN DASH}avoidant",
    ]
    for region in scoring.REGIONS:
        assert region.description
        assert "disorder" not in region.description.lower()


# --- purity ---------------------------------------------------------------------------------


PURE_MODULES = [
    "instrument.py",
    "scoring.py",
    "instrument_files.py",
    "instrument_scales.py",
    "catalog.py",
    "charts.py",
    "presenting.py",
    "drafts.py",
    "forms.py",
]


@pytest.mark.parametrize("module", PURE_MODULES)
def test_it_keeps_the_pure_modules_free_of_django(module):
    tree = ast.parse((APP_DIR / module).read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            prefix = "securebase.assessments." if node.level else ""
            imported.add(prefix + node.module)
            if node.module == "securebase.core":  # from securebase.core import dates
                imported.discard(node.module)
                imported.update(f"{node.module}.{alias.name}" for alias in node.names)
    assert not [name for name in imported if name.split(".")[0] == "django"]
    # Within the project they may only lean on each other and on core's pure shared pieces
    # (charts, dates for the one way a moment is written, wording for words in any language).
    project = {name for name in imported if name.startswith("securebase")}
    allowed = {f"securebase.assessments.{m.removesuffix('.py')}" for m in PURE_MODULES}
    shared = {"securebase.core.charts", "securebase.core.dates", "securebase.core.wording"}
    assert project <= allowed | shared
