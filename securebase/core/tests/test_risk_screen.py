"""The bilingual risk screen: warning signs, exclusions, API, evaluation sets and speed.

Pure tests (no database): the screen is a pure package.
"""

import json
import re
import time
import unicodedata
from collections import Counter

import pytest

from securebase.core import risk
from securebase.core.risk import evaluation, model, training
from securebase.core.risk.evaluation import HELD_ASIDE, SHIPPED, TUNING, load_phrases

# --- each warning sign, in both languages ------------------------------------------------------

WARNING_SIGNS = [
    # English: the issue's own examples first (farewells told as actions, means outside fixed
    # patterns, self-harm happening again, misspellings), then one or more per sign.
    ("en", risk.PREPARATION, "I sent goodbye messages to my friends tonight"),
    ("en", risk.PREPARATION, "I wrote my will last night"),
    ("en", risk.PREPARATION, "today was the last time I'll see my best friend, she doesn't know"),
    ("en", risk.PREPARATION, "I've been giving my things away to people who'll use them"),
    ("en", risk.METHOD, "I keep thinking about jumping off the top of the parking garage"),
    ("en", risk.METHOD, "I want to drive my car into a wall"),
    ("en", risk.METHOD, "there's a gun at home and I keep thinking about it"),
    ("en", risk.METHOD, "i have a rope ready"),
    ("en", risk.METHOD, "how many of my pills would it take"),
    ("en", risk.SELF_HARM, "I cut myself again last night"),
    ("en", risk.SELF_HARM, "started cutting again after a year clean"),
    ("en", risk.SUICIDAL_THOUGHTS, "i want to kil myslef"),
    ("en", risk.SUICIDAL_THOUGHTS, "having sucidal thoughts again"),
    ("en", risk.SUICIDAL_THOUGHTS, "im gonna end my life tonight"),
    ("en", risk.DEATH_WISH, "I wish I was never born"),
    ("en", risk.DEATH_WISH, "i hope i dont wake up tomorrow"),
    ("en", risk.BURDEN, "everyone would be better off w/o me"),
    ("en", risk.BURDEN, "I'm just a burden to my family"),
    ("en", risk.HOPELESSNESS, "there's nothing left for me to live for"),
    ("en", risk.HOPELESSNESS, "I can't see myself making it to next month"),
    ("en", risk.HARM_OTHERS, "I'm going to kill him when he gets home"),
    ("en", risk.HARM_OTHERS, "i'm driving to her place with my gun"),
    # Spanish, with and without accents, in texting style.
    ("es", risk.SUICIDAL_THOUGHTS, "me quiero morir"),
    ("es", risk.SUICIDAL_THOUGHTS, "ya no kiero vivir"),
    ("es", risk.SUICIDAL_THOUGHTS, "estoy pensando en quitarme la vida"),
    ("es", risk.DEATH_WISH, "ojalá no despertara mañana"),
    ("es", risk.DEATH_WISH, "ojala no hubiera nacido"),
    ("es", risk.BURDEN, "todos estarían mejor sin mí"),
    ("es", risk.BURDEN, "soy una carga pa mi familia, todos estarian mejor sin mi"),
    ("es", risk.HOPELESSNESS, "ya no le veo sentido a la vida"),
    ("es", risk.HOPELESSNESS, "estoy cansada de vivir"),
    ("es", risk.METHOD, "he estado juntando pastillas"),
    ("es", risk.METHOD, "pienso en tirarme del puente"),
    ("es", risk.METHOD, "quiero estrellar el carro a propósito"),
    ("es", risk.METHOD, "cuantos 💊 serian suficientes"),
    ("es", risk.PREPARATION, "le mandé mensajes de despedida a mis amigas"),
    ("es", risk.PREPARATION, "ya hice mi testamento"),
    ("es", risk.PREPARATION, "hoy fue la última vez que vi a mi mejor amiga, ella no lo sabe"),
    ("es", risk.PREPARATION, "regalé mis cosas, ya no las voy a necesitar"),
    ("es", risk.SELF_HARM, "me volví a cortar anoche"),
    ("es", risk.SELF_HARM, "me corte otra vez"),
    ("es", risk.HARM_OTHERS, "lo voy a matar"),
    ("es", risk.HARM_OTHERS, "voy para su casa con un cuchillo"),
    # Run 5: frames that read a family of phrasings rather than one phrase.
    ("en", risk.SUICIDAL_THOUGHTS, "ngl ive been thinking of unaliving myself"),
    ("en", risk.METHOD, "the belt is already in the closet"),
    ("en", risk.PREPARATION, "i made sure my cat has a new home"),
    ("en", risk.SELF_HARM, "slammed my hand in the door on purpose"),
    ("es", risk.SUICIDAL_THOUGHTS, "me kiero kitar la bida"),
    ("es", risk.BURDEN, "estoy de más en este mundo"),
    ("es", risk.SELF_HARM, "me machuqué la mano con la puerta a propósito"),
    ("es", risk.PREPARATION, "ya le busqué casa a mi gato"),
    # Run 6: conditional and slang threats, self-harm and wishes told in new words.
    ("en", risk.HARM_OTHERS, "gonna put him in the hospital"),
    ("en", risk.SELF_HARM, "i keep hurting my body when i'm mad at myself"),
    ("es", risk.HARM_OTHERS, "si lo veo con ella lo mato, te lo juro"),
    ("es", risk.HARM_OTHERS, "te juro que me lo echo"),
    ("es", risk.DEATH_WISH, "ya déjenme morir"),
    ("es", risk.SUICIDAL_THOUGHTS, "si ella se casa con él me mato"),
    # Run 44: someone else threatening or hurting the writer.
    ("en", risk.DANGER_FROM_OTHERS, "he threatened to kill me if i ever leave him"),
    ("en", risk.DANGER_FROM_OTHERS, "he choked me until i almost passed out"),
    ("es", risk.DANGER_FROM_OTHERS, "me amenazó con matarme si lo dejo"),
    ("es", risk.DANGER_FROM_OTHERS, "tengo miedo de que un día de estos me mate"),
]

CONCERNS = {risk.HARM_OTHERS: risk.OTHERS, risk.DANGER_FROM_OTHERS: risk.DANGER}


@pytest.mark.parametrize(("language", "sign", "text"), WARNING_SIGNS)
def test_it_flags_each_warning_sign_in_both_languages(language, sign, text):
    found = risk.screen_text(text)
    assert found.matched, text
    assert found.category == sign
    assert found.language == language
    assert found.concern == CONCERNS.get(sign, risk.SELF)
    assert found.rule and found.evidence


def test_every_warning_sign_has_an_example_in_each_language():
    covered = {(language, sign) for language, sign, _ in WARNING_SIGNS}
    assert covered == {(lang, sign) for lang in risk.LANGUAGES for sign in risk.CATEGORIES}


# --- what is not flagged: past crises, quotes and titles, hyperbole, idioms ----------------------

EXCLUSIONS = [
    # A crisis the person came through.
    "Two years ago I wanted to die, but I got help and I'm okay now",
    "I used to cut in high school but I've been clean for five years",
    "I was suicidal in college. Therapy saved my life",
    "hace dos años quería morirme, pero busqué ayuda y ahora estoy bien",
    "antes me cortaba pero llevo cinco años sin hacerlo",
    # Quotes and titles.
    'My favourite film quote is "I wish I had never been born", so dramatic',
    "we watched The Suicide Squad last night",
    'la canción "Me quiero morir" estaba en su playlist',
    "vimos la película Escuadrón Suicida",
    # Hyperbole and idioms.
    "I'm dying to see him",
    "this traffic is killing me",
    "I could kill for a taco",
    "my mom is going to kill me when she sees my grades lol",
    "me muero de risa",
    "me muero por verte",
    "mi hermano se comió mi pastel, lo voy a matar jaja",
    "prefiero morir antes que escribirle primero",
    # Denials and someone else's words.
    "I'm not suicidal, just heartbroken",
    "no soy suicida, solo tengo el corazón roto",
    # Run 5: told as past in Spanish, embarrassment and trivial preferences, someone else's post.
    "intenté matarme de chava y hoy ayudo a otras muchachas",
    "el año que murió mi papá pensé mucho en el suicidio, hoy estoy bien",
    "me quiero morir, le dije mamá a la maestra enfrente de todos",
    "prefiero morirme antes que usar esos zapatos",
    "i want to die, i called my teacher mom in front of everyone",
    "I counted my pills into my pill box for the week",
    "mi hermana publicó que se quiere morir y le marqué luego luego",
    "le regalé mi ropa vieja a mi prima",
    # Run 6: trivial causes, games, someone else's harm, old scars.
    "I'm going to kill my brother for eating my leftovers",
    "voy a matar a mi hermano por comerse mi comida",
    "i'm going to end him in mario kart tonight lol",
    "how do i talk to my daughter about her self harm",
    "las cicatrices de mis brazos son viejas, de otra etapa",
    "if I have to sit through one more meeting I'm going to die",
]


@pytest.mark.parametrize("text", EXCLUSIONS)
def test_it_does_not_flag_past_crises_quotes_or_hyperbole(text):
    assert not risk.screen_text(text).matched, risk.screen_text(text)


def test_a_past_crisis_does_not_excuse_a_present_one():
    found = risk.screen_text("Two years ago I was clean. I started cutting again last week")
    assert found.matched
    assert found.category == risk.SELF_HARM


# --- the API the crisis panel builds on -----------------------------------------------------------


def test_it_keeps_the_fields_older_callers_read():
    found = risk.screen_text("I want to kill myself")
    assert (found.matched, found.category, found.rule) == (
        True,
        risk.SUICIDAL_THOUGHTS,
        "kill_myself",
    )


def test_it_says_what_matched_for_audit():
    found = risk.screen_text("Lately everyone would be better off without me.")
    assert found.evidence == ("everyone would be better off without me",)


def test_a_model_flag_names_its_score_and_nearest_known_phrases():
    trained = model.load_model()
    # No rule reads a farewell split over two sentences; the model does.
    found = risk.screen_text("sorry for everything. goodbye everyone I love")
    assert found.matched
    assert found.rule == "model"
    assert found.category == risk.PREPARATION
    assert found.evidence[0].startswith("score ")
    assert all(line.startswith("near: ") for line in found.evidence[1:])
    assert trained.threshold_for(found.language) <= float(found.evidence[0].split()[1])


def test_each_language_has_its_own_threshold_chosen_on_its_own_everyday_phrases():
    examples = [
        training.Example(text=t, language=lang, risk=r, sign="", canonical=t)
        for lang, t, r in [
            ("en", "a", False),
            ("en", "b", False),
            ("es", "c", False),
            ("es", "d", False),
        ]
    ]
    # The English everyday phrases score high, the Spanish ones low: one shared threshold
    # would hold Spanish to what English needs.
    scores = [0.9, 0.7, 0.55, 0.5]
    chosen = training.choose_thresholds(examples, scores, [False] * 4)
    assert chosen == {"en": 0.91, "es": 0.56}
    trained = model.Model(weights={}, bias=0.0, threshold=0.91, examples=(), thresholds=chosen)
    assert trained.threshold_for("es") == 0.56
    assert trained.threshold_for("fr") == 0.91


def test_model_evidence_lists_the_nearest_tuning_phrases():
    trained = model.load_model()
    neighbours = trained.nearest("i wish i was dead")
    assert neighbours
    assert neighbours[0].similarity >= neighbours[-1].similarity
    assert all(n.sign in risk.CATEGORIES for n in neighbours)


def plain_nearest(trained: model.Model, canonical: str, count: int = 3) -> list[model.Neighbour]:
    """The reference: every known phrase compared with the text, best first, stable."""
    words = model.word_set(canonical)
    scored = []
    for example_words, text, sign in trained.examples:
        if shared := len(words & example_words):
            scored.append((shared / len(words | example_words), text, sign))
    scored.sort(key=lambda item: -item[0])
    return [model.Neighbour(text=t, sign=s, similarity=round(j, 3)) for j, t, s in scored[:count]]


def test_the_indexed_nearest_phrases_are_the_plain_scans():
    trained = model.load_model()
    held = [p.text for p in PHRASES if p.part == HELD_ASIDE][::7]
    # Short texts of common words tie with many phrases: the earlier phrase comes first.
    texts = [*held, "i", "me siento", "i want to", "no", "zzz unknown words", ""]
    for text in texts:
        canonical = risk.canonical_text(text, risk.detect_language(text))
        for count in (1, 3, 10):
            assert trained.nearest(canonical, count) == plain_nearest(trained, canonical, count)


def test_a_model_built_by_hand_finds_its_nearest_phrases():
    examples = tuple(
        (model.word_set(text), text, sign)
        for text, sign in [("i want to die", "death_wish"), ("i want to go", "none")]
    )
    trained = model.Model(weights={}, bias=0.0, threshold=0.5, examples=examples)
    found = trained.nearest("i want to die", 2)
    assert [n.text for n in found] == ["i want to die", "i want to go"]
    assert trained.nearest("i want to die", 1)[0].similarity == 1.0
    assert trained.nearest("nothing shared") == []


def test_it_reads_a_spanish_entry_with_an_english_line_and_the_reverse():
    assert risk.screen_text("Hoy fue un día largo.\nI want to kill myself").matched
    assert risk.screen_text("Long day at work.\nya no quiero vivir").matched


def test_it_offers_help_in_the_language_of_the_whole_form():
    found = risk.screen_texts(["Mi ex", None, "me siento muy sola esta noche"])
    assert not found.matched
    assert found.language == risk.SPANISH


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("kiero morirme x q nadie me kiere", "quiero morirme por que nadie me quiere"),
        ("Ya no quiero vivír", "ya no quiero vivir"),
        ("toy cansada d todo", "estoy cansada de todo"),
        ("me kiero kitar la bida", "me quiero quitar la vida"),
        ("nomas kiero matarce pa no sufrir", "solo quiero matarme para no sufrir"),
    ],
)
def test_it_reads_spanish_texting_style_and_missing_or_extra_accents(raw, expected):
    from securebase.core.risk.text import spanish_sentences

    assert spanish_sentences(raw) == [expected]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "ngl thinking of unaliving myself tmrw",
            "not going to lie thinking of killing myself tomorrow",
        ),
        ("i feel like killin myself fr", "i feel like killing myself for real"),
    ],
)
def test_it_reads_english_texting_style_and_words_that_dodge_filters(raw, expected):
    from securebase.core.risk.text import english_sentences

    assert english_sentences(raw) == [expected]


# --- the evaluation sets ------------------------------------------------------------------------

PHRASES = [phrase for path in SHIPPED for phrase in load_phrases(path)]


def test_the_sets_are_large_enough_and_tagged():
    counts = Counter((p.language, p.label) for p in PHRASES)
    assert counts[("en", "risk")] >= 250 and counts[("en", "none")] >= 250
    assert counts[("es", "risk")] >= 120 and counts[("es", "none")] >= 120
    for phrase in PHRASES:
        assert phrase.language in risk.LANGUAGES
        assert phrase.sign in risk.CATEGORIES if phrase.is_risk else phrase.sign
    texts = [p.text for p in PHRASES]
    assert len(texts) == len(set(texts)), "a phrase appears twice"


def test_each_held_aside_set_is_large_enough_to_measure():
    # Each run's held-aside phrases join the tuning phrases when the run is over, so the share
    # held aside shrinks run by run; what matters is that each fresh set is large enough.
    for language in risk.LANGUAGES:
        for label in ("risk", "none"):
            held = [
                p
                for p in PHRASES
                if p.language == language and p.label == label and p.part == HELD_ASIDE
            ]
            assert len(held) >= 150, (language, label)


def _plain(text):
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(re.findall(r"[a-z0-9]+", "".join(c for c in folded if c.isascii())))


def test_no_held_aside_phrase_repeats_a_tuning_phrase():
    tuning = {_plain(p.text) for p in PHRASES if p.part == TUNING}
    repeated = [p.text for p in PHRASES if p.part == HELD_ASIDE and _plain(p.text) in tuning]
    assert repeated == []


def test_the_held_aside_files_hold_only_held_aside_phrases():
    for path in SHIPPED:
        parts = {p.part for p in load_phrases(path)}
        assert parts == ({HELD_ASIDE} if path.name.startswith("heldaside") else {TUNING})


# What the screen without its encoder reaches on its run 47 held-aside phrases, sets 48 and 52
# (docs/safety.md): English 93.2% recall (220 of 236), 3.8% false alarms (9 of 235); Spanish
# 92.8% recall (219 of 236), 1.3% false alarms (3 of 235). These floors catch a regression.
FLOORS = {"en": (0.932, 0.039), "es": (0.927, 0.013)}


def test_held_aside_recall_and_false_alarms_do_not_regress():
    held = [p for p in PHRASES if p.part == HELD_ASIDE]
    result = evaluation.evaluate(held, lambda text: risk.screen_text(text).matched)
    assert result.below(HELD_ASIDE, FLOORS) == []


def test_every_tuning_phrase_is_screened_as_labelled():
    tuning = [p for p in PHRASES if p.part == TUNING]
    result = evaluation.evaluate(tuning, lambda text: risk.screen_text(text).matched)
    assert [p.text for p in result.tuning_misses] == []
    assert [p.text for p in result.tuning_false_alarms] == []


def test_a_reviewers_own_file_without_a_part_column_counts_as_held_aside(tmp_path):
    path = tmp_path / "review.tsv"
    path.write_text(
        "language\tlabel\tsign\ttext\nen\trisk\tdeath_wish\tI wish I was dead\n"
        "en\tnone\tidiom\tmy phone died\n",
        encoding="utf-8",
    )
    phrases = load_phrases(path)
    assert {p.part for p in phrases} == {HELD_ASIDE}
    result = evaluation.evaluate(phrases, lambda text: risk.screen_text(text).matched)
    assert result.tally(HELD_ASIDE, "en").recall == 1.0
    assert result.tally(HELD_ASIDE, "en").false_alarm_rate == 0.0


def test_a_bad_row_is_refused(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("language\tlabel\tsign\ttext\nen\tmaybe\t\thello\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:2"):
        load_phrases(path)


# --- the model ------------------------------------------------------------------------------------


def test_training_separates_risk_from_everyday_phrases():
    examples = [
        training.Example(text=t, language="en", risk=r, sign="", canonical=t)
        for t, r in [
            ("i want to die", True),
            ("i want to disappear forever", True),
            ("everyone would be better off without me", True),
            ("i want pizza", False),
            ("everyone came to the party", False),
            ("i went for a walk", False),
        ]
    ]
    weights, bias = training.train(examples)
    trained = model.Model(weights=weights, bias=bias, threshold=0.5, examples=())
    assert trained.probability("i want to die") > 0.5 > trained.probability("i want pizza")


def test_features_are_unit_length_and_shared_across_spellings():
    vector = model.features("i want to die")
    assert abs(sum(v * v for v in vector.values()) - 1) < 1e-9
    assert {"w:die", "b:to die", "t:want to die"} <= set(vector)


def test_features_share_a_stem_across_the_forms_of_a_word():
    assert "p:matar" in model.features("quiero matarme") and "p:matar" in model.features(
        "me matare"
    )
    assert not any(name.startswith("p:") for name in model.features("i want to die"))


def test_the_shipped_model_was_trained_on_the_current_tuning_phrases():
    # Edit a tuning phrase and this fails until the model is trained again:
    #     python -m securebase.core.risk.training
    examples = training.training_examples(risk.canonical_text)
    shipped = json.loads(model.MODEL_PATH.read_text(encoding="utf-8"))
    assert shipped["trained_on"] == training.digest(examples)


def test_the_shipped_model_was_trained_on_tuning_phrases_only():
    trained = model.load_model()
    held = {p.text for p in PHRASES if p.part == HELD_ASIDE}
    assert not held & {text for _, text, _ in trained.examples}
    assert 0 < trained.threshold < 1
    assert set(trained.thresholds) == {"en", "es"}
    assert all(0 < t <= trained.threshold for t in trained.thresholds.values())


# --- speed ---------------------------------------------------------------------------------------

ENTRY = (
    "Work was long today and he still has not texted back. I made pasta and watched two "
    "episodes of the show we used to watch together. My sister called and we talked about her "
    "wedding plans, which was nice but also hard. I keep checking his stories even though I "
    "told myself I would stop. Tomorrow I have therapy and I want to talk about why I keep "
    "going back. I feel tired but okay, mood maybe 5 out of 10."
)


def test_screening_a_typical_entry_takes_a_few_milliseconds():
    risk.screen_text(ENTRY)  # the model loads once per process
    timings = []
    for _ in range(30):
        # Processor time, not wall time, and the fastest of 30 runs: other test processes
        # share the machine and stretch even processor time (shared caches), most of all on
        # the slower machines that run CI, where the median reached 10 ms against 2.8 ms on
        # an idle development machine. The bound only catches a large regression (a pattern
        # that backtracks, a model that grew tenfold); bench/risk.py gives the figures.
        start = time.process_time()
        risk.screen_text(ENTRY)
        timings.append(time.process_time() - start)
    assert min(timings) < 0.020, f"fastest of 30: {1000 * min(timings):.1f} ms"


def test_a_shortfall_below_the_floors_is_named():
    phrases = [
        evaluation.Phrase("en", "risk", "burden", HELD_ASIDE, "a"),
        evaluation.Phrase("en", "none", "everyday", HELD_ASIDE, "b"),
    ]
    result = evaluation.evaluate(phrases, lambda text: text == "b")
    assert result.below(HELD_ASIDE, {"en": (0.5, 0.5)}) == [
        "en: recall 0.0 below 0.5 (Tally(risk=1, caught=0, everyday=1, flagged=1))",
        "en: false alarms 1.0 above 0.5 (Tally(risk=1, caught=0, everyday=1, flagged=1))",
    ]
    perfect = evaluation.evaluate(phrases, lambda text: text == "a")
    assert perfect.below(HELD_ASIDE, {"en": (1, 0)}) == []
