"""Tests for the pure risk-language screen (no database, no Django)."""

import csv
import time
from pathlib import Path

import pytest

from securebase.core import risk
from securebase.core.risk import rules as risk_rules
from securebase.core.risk import text as risk_text

DATA = Path(__file__).parent / "data" / "risk_phrases.tsv"


def load_phrases() -> list[tuple[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(row["label"], row["text"]) for row in rows]


PHRASES = load_phrases()
RISK = [text for label, text in PHRASES if label == "risk"]
EVERYDAY = [text for label, text in PHRASES if label == "none"]


def rule_name(text: str) -> str | None:
    """The name of the first rule that reads ``text``, before any model, or None."""
    hit = risk.rule_hit(text)
    return hit.rule.name if hit is not None else None


def screened_by(text: str) -> set[str]:
    """What the whole screen names for ``text`` (rules and "model"), empty when nothing flags it."""
    screened = risk.screen_text(text)
    return set(screened.rule.split("+")) if screened.matched else set()


def test_it_has_a_large_balanced_labelled_set():
    assert {label for label, _ in PHRASES} == {"risk", "none"}
    assert len(PHRASES) >= 100
    assert len(RISK) >= 50
    assert len(EVERYDAY) >= 50
    assert len(set(RISK + EVERYDAY)) == len(PHRASES), "duplicate phrases"


def test_it_catches_every_risk_phrase_and_rarely_flags_everyday_language():
    missed = [text for text in RISK if not risk.screen_text(text).matched]
    flagged = [text for text in EVERYDAY if risk.screen_text(text).matched]
    recall = 1 - len(missed) / len(RISK)
    false_positive_rate = len(flagged) / len(EVERYDAY)
    print(
        f"\nrisk phrases caught: {len(RISK) - len(missed)}/{len(RISK)} ({recall:.1%}); "
        f"everyday phrases flagged: {len(flagged)}/{len(EVERYDAY)} ({false_positive_rate:.1%})"
    )
    for text in flagged:
        print(f"  flagged everyday: {text!r} -> {risk.screen_text(text).rule}")
    assert missed == []
    assert false_positive_rate <= 0.10


@pytest.mark.parametrize(
    "text",
    [
        "I'm dying to see him",
        "my phone died",
        "I killed it at work",
        "I want to disappear into a book",
    ],
)
def test_it_ignores_the_everyday_idioms_named_in_the_brief(text):
    assert risk.screen_text(text) == risk.NO_RISK


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("I’M FINE", "i'm fine"),
        ("don‘t", "don't"),
        ("donʼt", "don't"),
        ("don't", "don't"),
        ("don＇t", "don't"),
        ("  want \t to\n\ndie  ", "want to die"),
        ("no\u00a0one\u2009would", "no one would"),
        ("kil\u200bl myself", "kill myself"),
        ("self\u2013harm", "self-harm"),
        ("pills\u2026", "pills..."),
        ("ＦＵＬＬ width", "full width"),
        ("Straße", "strasse"),
    ],
)
def test_it_normalizes_case_apostrophes_and_spacing(raw, expected):
    assert risk.normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("i don't want to", "i do not want to"),
        ("i dont want to", "i do not want to"),
        ("i can't go on", "i can not go on"),
        ("i cannot go on", "i can not go on"),
        ("i won't be here", "i will not be here"),
        ("i'm tired", "i am tired"),
        ("im tired", "i am tired"),
        ("i've been", "i have been"),
        ("they'd be", "they would be"),
        ("i'll be gone", "i will be gone"),
        ("i wanna die", "i want to die"),
        ("kill my self", "kill myself"),
        # Ordinary words that look like contractions without their apostrophe stay as typed.
        ("i feel ill", "i feel ill"),
        ("we were well", "we were well"),
    ],
)
def test_it_expands_contractions(raw, expected):
    assert risk.expand_contractions(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "I WANT TO KILL MYSELF",
        "I  want   to\tkill myself",
        "I want to kill my self",
        "Everyone would be better off without me",
        "everyone’d be better off without me",
        "Everyone ʼd be better off without me".replace(" ʼ", "ʼ"),
        "I don’t want to be alive anymore",
        "I dont want to be alive anymore",
        "i want to dieeee",
        "I want to diiie",
    ],
)
def test_it_matches_whatever_the_case_apostrophes_spacing_or_stretching(text):
    assert risk.screen_text(text).matched


@pytest.mark.parametrize(
    ("text", "category", "rule"),
    [
        ("I want to kill myself", risk.SUICIDAL_THOUGHTS, "kill_myself"),
        ("I wish I were dead", risk.DEATH_WISH, "wish_dead"),
        ("Everyone would be better off without me", risk.BURDEN, "better_off_without_me"),
        ("There's no reason for me to live", risk.HOPELESSNESS, "no_reason_to_live"),
        ("I've been reading about how many pills…", risk.METHOD, "how_many_pills"),
        ("I gave away my cat and my guitar", risk.PREPARATION, "giving_things_away"),
        ("I cut myself again", risk.SELF_HARM, "cutting_or_burning_myself"),
        # Warning signs that exceptions meant for everyday sentences once let through.
        ("Honestly, not waking up would be fine", risk.DEATH_WISH, "death_wish_would_not_mind"),
        ("Mom saw the marks and I told her it was the cat", risk.SELF_HARM, "marks_explained_away"),
    ],
)
def test_it_reports_the_category_for_audit(text, category, rule):
    found = risk.screen_text(text)
    assert (found.matched, found.category, found.rule) == (True, category, rule)
    assert found.concern == risk.SELF
    assert found.language == risk.ENGLISH
    assert found.evidence and all(found.evidence)


def test_every_warning_sign_about_the_person_is_reachable_from_the_labelled_set():
    # The older set holds no threats, whether by the writer or against them.
    seen = {risk.screen_text(text).category for text in RISK}
    assert seen == set(risk.CATEGORIES) - {risk.HARM_OTHERS, risk.DANGER_FROM_OTHERS}


@pytest.mark.parametrize(
    ("text", "rule", "words"),
    [
        ("I'm going to kill him tonight", "threat_to_harm", "going to kill him"),
        ("lo voy a matar", "es_amenaza", "lo voy a matar"),
    ],
)
def test_it_reports_a_threat_to_someone_else_as_a_concern_for_others(text, rule, words):
    found = risk.screen_text(text)
    assert (found.matched, found.category, found.rule) == (True, risk.HARM_OTHERS, rule)
    assert found.concern == risk.OTHERS
    assert found.evidence == (words,)


# Run 44: someone else threatening or hurting the writer, beside the everyday phrases that share
# its words. Each reads as the writer's danger, never as a sign about themselves.
DANGER = [
    ("he threatened to kill me if i ever leave him", "threatened_with_harm"),
    ("he threatened me with a knife when i tried to break up", "threatened_with_harm"),
    ("my boyfriend said he'd kill me if I told anyone", "harm_promised_if_i_leave"),
    ("she swore she would stab me", "told_they_would_harm_me"),
    ("my husband says if i try to leave he'll end me", "harm_promised_if_i_leave"),
    ("she is going to stab me if i tell", "harm_promised_if_i_leave"),
    ("he said nobody would ever find my body", "told_they_would_harm_me"),
    ("I'm scared he's going to kill me one of these nights", "afraid_they_will_harm_me"),
    ("he hit me again last night and i still made excuses for him", "hurt_by_someone"),
    ("my girlfriend slapped me across the face during the fight", "hurt_by_someone"),
    ("he pushed me to the ground", "hurt_by_someone"),
    ("he put his hands around my neck and squeezed", "hurt_by_someone_told_by_marks"),
    ("he held a gun to my head and laughed", "hurt_by_someone_told_by_marks"),
    ("i'm not safe at home, he gets violent when he drinks", "unsafe_at_home"),
    ("me amenazó con matarme si lo dejo", "es_amenaza_recibida"),
    ("mi esposo me dijo que si le cuento a alguien me mata", "es_amenaza_si_lo_dejo"),
    ("dice que si no soy de él no soy de nadie", "es_dijo_que_me_haria_dano"),
    ("tengo miedo de que un día de estos me mate", "es_miedo_de_que_me_mate"),
    ("mi novio me dio una cachetada enfrente de sus amigos", "es_me_golpea"),
    ("mi novio me ahorcó hasta que casi me desmayo", "es_me_golpea"),
    ("me dejó el ojo morado y en el trabajo dije que me caí", "es_marcas_del_golpe"),
    ("me puso un cuchillo en el cuello", "es_marcas_del_golpe"),
    ("no me siento segura en mi casa, cuando toma se pone violento", "es_no_estoy_a_salvo"),
    # Run 45: told without the usual frames.
    ("he held a pillow over my face until i couldn't breathe", "danger_told_otherwise"),
    ("i told the nurse i fell but it was him", "danger_told_otherwise"),
    ("third time he's hit me this week", "hurt_by_someone"),
    ("my ex keeps driving by my house at night", "danger_told_otherwise"),
    ("i woke up and he was already doing it, i never said yes", "danger_told_otherwise"),
    ("me agarró del cuello cuando discutimos", "es_peligro_dicho_de_otro_modo"),
    # Run 47: the accent names who struck ("me pegó"), so the plain blow rule reads it.
    ("anoche me pegó y luego se fue a dormir como si nada", "es_me_golpea"),
    ("no me dejó bajar del carro por horas", "es_peligro_dicho_de_otro_modo"),
    ("me dejó los brazos llenos de moretones", "es_moretones_que_dejo"),
    # Run 46: told by what was done to the body or the day.
    ("my stepmom twisted my wrist until i screamed", "danger_told_by_what_was_done"),
    ("he stomped on my hand when i reached for my phone", "danger_told_by_what_was_done"),
    ("my mom's boyfriend shoved me into the fridge", "hurt_by_someone"),
    ("she pressed a lit cigarette to my arm", "danger_told_by_what_was_done"),
    ("my ex is at my window with a bat right now", "danger_told_by_what_was_done"),
    ("he broke the bathroom door down to get to me", "danger_told_by_what_was_done"),
    ("he said he'd shoot us if we left", "told_they_would_harm_me"),
    ("he hid my car keys so i can't leave", "danger_told_by_what_was_done"),
    ("my husband took my passport so i can not leave the country", "danger_told_by_what_was_done"),
    ("told my boss i walked into a door, it was his fist", "danger_told_by_what_was_done"),
    ("i'm scared of my own husband", "danger_told_by_what_was_done"),
    ("he'll break my neck, he says", "danger_told_by_what_was_done"),
    ("my dad threw me off the porch", "hurt_by_someone"),
    ("he choked me while i was holding my baby", "hurt_by_someone"),
    ("she hit me with a dinner plate", "hurt_by_someone"),
    ("my stepbrother comes into my room at night and touches me", "hurt_by_someone"),
    ("mi esposo me quebró la muñeca", "es_peligro_por_lo_que_hizo"),
    ("mi papá me quema con el encendedor", "es_peligro_por_lo_que_hizo"),
    ("mi ex me siguió hasta la parada con un cuchillo", "es_peligro_por_lo_que_hizo"),
    ("me sacó de la casa a jalones", "es_peligro_por_lo_que_hizo"),
    ("me escondió las llaves para que no salga", "es_peligro_por_lo_que_hizo"),
    ("me dijo que voy a amanecer muerta si lo dejo", "es_peligro_por_lo_que_hizo"),
    ("le tengo miedo a mi novio", "es_peligro_por_lo_que_hizo"),
    ("me abrió la frente con un vaso", "es_marcas_del_golpe"),
    ("rompió la puerta del baño a patadas para sacarme", "es_peligro_por_lo_que_hizo"),
    # Run 47: force that names no blow; pressure, pursuit and veiled threats.
    ("she kept trying to choke me while the kids slept", "danger_told_by_force"),
    ("my stepdad grips my wrist until i apologize", "danger_told_by_force"),
    ("he pinches me only where my clothes hide it", "danger_told_by_force"),
    ("i said no twice but he did not stop", "danger_told_by_force"),
    ("he says a husband doesn't need consent", "danger_told_by_force"),
    ("he smashed a bottle over my head at the party", "danger_told_by_force"),
    ("my landlord watches me undress through the blinds", "danger_told_by_force"),
    ("she swerved at me in the parking lot on purpose", "danger_told_by_force"),
    ("he's threatening to post my pics everywhere if i block him", "danger_told_by_pressure"),
    ("she threatened to poison my cat", "danger_told_by_pressure"),
    (
        "when i talked about a divorce he started cleaning his pistol in front of me",
        "danger_told_by_pressure",
    ),
    ("my boyfriend hid an airtag under my bumper", "danger_told_by_pressure"),
    ("he keeps sending me photos of my house at night", "danger_told_by_pressure"),
    ("he violated the protective order twice this month", "danger_told_by_pressure"),
    ("he told me accidents happen to girls who talk", "danger_told_by_pressure"),
    ("my mom says she'll beat some sense into me tonight", "danger_told_by_pressure"),
    ("my husband hid my green card so i can't leave", "danger_told_by_what_was_done"),
    ("mommy hits me when daddy is at work", "hurt_by_someone"),
    ("she said she'd hurt me if i called someone", "harm_promised_if_i_leave"),
    ("me golpeó en la cara delante de mis papás", "es_me_golpea"),
    ("anoche me empujó contra el refri", "es_me_golpea"),
    ("mi cuñado me dio de golpes en la calle", "es_fuerza_recibida"),
    ("mi padrastro me quiere pegar otra vez", "es_fuerza_recibida"),
    ("mi primo me quiso quitar la ropa en la fiesta", "es_fuerza_recibida"),
    ("me agarró del brazo tan fuerte que me quedaron sus dedos marcados", "es_fuerza_recibida"),
    ("si le digo que no me golpea", "es_fuerza_recibida"),
    ("mi esposa me araña cuando se enoja", "es_me_golpea"),
    ("me amenazó con llevarse a mis hijos si me divorcio", "es_presion_y_acecho"),
    ("le comenté que quería el divorcio y se puso a limpiar la pistola", "es_presion_y_acecho"),
    ("creo que me rastrea el celular, siempre sabe dónde estoy", "es_presion_y_acecho"),
    ("mi ex quiere matarme, ya no sé dónde esconderme", "es_miedo_de_que_me_mate"),
    ("me amenazó con dejarme la cara marcada", "es_amenaza_recibida"),
]
NOT_DANGER = [
    # Hyperbole, idioms, play, someone else's danger, a past that is over, a threat to leave.
    "my girlfriend is going to kill me when she sees the dishes",
    "Lena will murder me if I tell anyone the baby's name before the shower",
    "my dad will strangle me if i scratch his truck",
    "it hit me that he's really gone",
    "he hit me up at 3am asking if i was awake",
    "i hope he shoots me a message after work",
    "he pushed me to apply for the job and i got it",
    "my little brother beat me at chess again",
    "we play fought on the couch and she pinned me",
    "my best friend's husband hits her and i want to help her leave",
    "my ex used to hit me but i left him six years ago and i'm safe now",
    "he threatened to break up with me if i keep checking his phone",
    "he has never laid a hand on me, it's just the silence that hurts",
    "mi novia me va a matar cuando vea los trastes",
    "se me pegó la canción todo el día",
    "me pegó la gripa de mi sobrino",
    "la soledad de la noche me pega más fuerte desde que se mudó",
    "mi terapeuta me empujó a buscar trabajo y lo conseguí",
    "el esposo de mi amiga le pega y quiero ayudarla",
    "me amenazó con dejarme si sigo revisando su celular",
    "la supervisora me va a matar si vuelvo a llegar después de las siete",
    "el tráfico de la 405 me va a matar un día de estos",
    # Run 45: a childhood told as such, play, a ride home, a date, a yes to something else,
    # marks one made oneself.
    "my dad hit me when i was little and i still flinch at loud voices",
    "mi hermanita me muerde jugando",
    "my boyfriend waits outside my work every day to drive me home",
    "he's coming for me at 8 so we can go to the movies",
    "i never said yes to moving in so fast, now i feel trapped in this lease",
    "mi novio me estaba esperando afuera de mi casa con flores",
    "me pego con el cinturón yo solo cuando siento que la regué",
    # From the review: a tender touch, hands laid on in prayer.
    "he put his hands on my face and kissed me",
    "the pastor laid hands on me and prayed for my anxiety",
    # Run 46: idioms, tender touches, accidents, a baby or a pet, someone's own doing, a ride.
    "she bit my head off for being five minutes late",
    "he bit my lip when he kissed me goodnight",
    "he held the iron on my shirt too long and burned a hole in it",
    "my puppy bit my hand while we played tug",
    "the horse threw me off and i landed in the mud",
    "he hit me with the news that he's moving to texas",
    "i slammed my fingers in the car door again, so clumsy",
    "he pulled me by the hand onto the dance floor",
    "i'm scared of my husband leaving me",
    "i'm scared of my husband's face when he sees the credit card bill",
    "se me pegaron los frijoles otra vez",
    "ahora me toca aprender a la fuerza a estar sola",
    "mi mamá me llevó a la fuerza al dentista jaja",
    "me abrazó tan fuerte que me dejó sin aire",
    "me torcí el tobillo en la escalera",
    "toqué la puerta a golpes porque mi roomie no me abría",
    # Run 47: the same words in a game, a workout, the news, a pet, a scolding, a feeling, a debt.
    "my brother kept trying to tackle me during the football game",
    "my trainer holds the stretch until it hurts, worth it",
    "the cat watches me shower every single morning",
    "my realtor sent me photos of my house for the listing",
    "i put a chair under the doorknob for the escape room we built",
    "i got a restraining order in 2019 and he has left me alone since",
    "my grandma says accidents happen when you rush",
    "my boyfriend hurts my feelings until i cry and then says sorry",
    "my dad drove toward me to pick me up after practice",
    "i took photos of my house from across the street for the listing",
    "instalo el gps en mi carro para no perderme",
    "hoy me pegó fuerte la nostalgia por mi abuelita",
    "mi hija me pegó con su muñeca jugando",
    "mi hermana me ahorca si se entera que usé su secadora",
    "con la renta y las tarjetas traigo la soga al cuello",
    "la 405 me quiere matar todos los días",
    "me queria matar en la prepa, hoy estoy bien",
    "no me pegó, solo me gritó y se fue",
    "una araña me picó en el brazo mientras dormía",
]


@pytest.mark.parametrize(("text", "rule"), DANGER)
def test_it_reports_someone_else_threatening_or_hurting_the_writer_as_danger(text, rule):
    found = risk.screen_text(text)
    assert (found.matched, found.category, found.rule) == (True, risk.DANGER_FROM_OTHERS, rule)
    assert found.concern == risk.DANGER
    assert found.evidence and all(found.evidence)


@pytest.mark.parametrize("text", NOT_DANGER)
def test_the_danger_rules_leave_everyday_words_of_blows_and_threats(text):
    # The rules' exceptions; the word model reads these too, and may still flag one whose words
    # it learned from warning signs (docs/safety.md, "Known limits").
    hit = risk.rule_hit(text)
    assert hit is None or hit.rule.category != risk.DANGER_FROM_OTHERS


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # A threat to harm someone else outranks danger in the same sentence: the practice
        # must hear of it.
        ("if he hits me again i will kill him", risk.HARM_OTHERS),
        ("si se vuelve a tomar y me pega lo mato", risk.HARM_OTHERS),
        # Danger outranks a sign about the writer that the same words seem to show.
        ("he held a gun to my head and laughed", risk.DANGER_FROM_OTHERS),
        ("me amenazó con matarme si lo dejo", risk.DANGER_FROM_OTHERS),
        # In another sentence, the first sentence's sign stands.
        ("He hit me. I want to die.", risk.DANGER_FROM_OTHERS),
        ("I want to die. He hit me.", risk.SUICIDAL_THOUGHTS),
    ],
)
def test_a_threat_to_someone_else_outranks_danger_in_its_sentence(text, category):
    assert risk.screen_text(text).category == category


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Today was fine.", "en"),
        ("Hoy fue un buen día", "es"),
        ("ya no kiero seguir x q nadie me kiere", "es"),
        ("idk im just tired of everything", "en"),
        ("¿Por qué no me contesta?", "es"),
        ("", "en"),
    ],
)
def test_it_tells_the_language_even_when_nothing_matched(text, language):
    assert risk.detect_language(text) == language
    assert risk.screen_text(text).language == language
    assert risk.screen_texts([None, text]).language == language


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "Today was fine."])
def test_it_returns_no_risk_for_blank_or_plain_text(text):
    assert risk.screen_text(text) is risk.NO_RISK


def test_it_reads_each_line_and_sentence_of_a_longer_entry():
    entry = (
        "Work was busy and he did not text back.\n"
        "I made pasta. Honestly I don't see the point in living anymore.\n"
        "Tomorrow I have therapy."
    )
    assert risk.screen_text(entry).rule == "no_point_living"


def test_it_keeps_an_exclusion_to_the_sentence_it_appears_in():
    # The accident in the first sentence must not excuse the second.
    entry = "I cut myself chopping onions. Later I cut myself on purpose."
    assert risk.screen_text(entry).matched


def test_screen_texts_finds_a_match_in_any_field_and_skips_empty_ones():
    assert risk.screen_texts([None, "", "Fine day"]) is risk.NO_RISK
    found = risk.screen_texts(["Fine day", None, "I wish I was never born"])
    assert found.category == risk.DEATH_WISH


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just heartbroken",
        "I was never suicidal, I just miss him",
        "Our team ran a suicide prevention workshop",
        "I gave away my old clothes to make space",
        "I hurt myself playing soccer",
        "How many pills should I take for a headache?",
    ],
)
def test_it_respects_context_that_makes_a_phrase_everyday(text):
    assert not risk.screen_text(text).matched


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("i burned my hand on the stove on purpose", True),
        ("me queme con la plancha a proposito", True),
        ("i burned my hand on the stove", False),
        ("i burned my hand on the stove, not on purpose obviously", False),
        ("me queme con la plancha, no fue a proposito", False),
    ],
)
def test_an_act_said_to_be_meant_sets_a_rules_everyday_exceptions_aside(sentence, flagged):
    """ "On purpose" or "a propósito" in a sentence means its exceptions (a stove, an iron) do not
    excuse it; "not on purpose" or "no fue a propósito" leaves them in place."""
    burned = risk_rules.rule(
        "burned", risk.SELF_HARM, r"\b(?:burned|queme)\b", unless=r"\b(?:stove|plancha)\b"
    )
    assert (risk_rules.first_hit([burned], [sentence]) is not None) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # A cover story is not an accident...
        ("i burned my hand on the stove and said it was an accident", True),
        ("me queme con la plancha y les dije que fue sin querer", True),
        # ...unless the sentence says it really was one.
        ("i burned my hand on the stove and told my mom it was an accident because it was", False),
        ("me queme con la plancha y dije que fue accidente porque si fue accidente", False),
        # A joke taken back no longer excuses; the stove still does.
        ("burned my hand lol not kidding", True),
        ("burned my hand on the stove lol not kidding", False),
        ("me queme jaja no es broma", True),
        ("burned my hand lol", False),
    ],
)
def test_a_cover_story_or_a_joke_taken_back_is_not_an_everyday_use(sentence, flagged):
    burned = risk_rules.rule(
        "burned",
        risk.SELF_HARM,
        r"\b(?:burned|queme)\b",
        unless=r"\b(?:stove|plancha|accident|lol|jaja|kidding)\b",
    )
    assert (risk_rules.first_hit([burned], [sentence]) is not None) is flagged


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Where the gun or the edge is does not excuse knowing the way to it.
        (
            "my stepdad keeps his hunting rifle in the garage and i know the combination",
            "means_within_reach",
        ),
        (
            "our building has roof access and i keep thinking about going over the edge",
            "means_within_reach",
        ),
        # Only the writer moving on is everyday.
        ("this will be my last letter, i won't be around to see you move on", "not_here_soon"),
        # Thank-you cards are everyday, thanks for everything in a last letter is not.
        ("thank you for everything, this will be my last letter", "farewell_acts"),
        ("i'll make sure she can't hurt anyone again", "threat_make_sure"),
        (
            "i'm the problem in every room, they'd breathe easier if i vanished for good",
            "burden_more",
        ),
        ("tengo el cuchillo de la cocina debajo de la almohada", "es_medio_a_la_mano"),
        # A pet excuses only its own mischief, a condiment only "algo" in a coffee.
        ("si mi ex se lleva a mi perro lo mato", "es_amenaza_mas_2"),
        ("le voy a echar algo a su bebida, veneno con limon", "es_amenaza_con_fierro"),
        (
            "les escribí una carta a mis hijos para cada cumpleaños en que ya no voy a estar",
            "es_ausencia_anunciada",
        ),
    ],
)
def test_exceptions_excuse_only_the_everyday_use_they_were_written_for(text, rule):
    """The named rule itself flags the sentence, whichever rule comes first in the screen."""
    language = risk.detect_language(text)
    (named,) = [candidate for candidate in risk.rules_for(language) if candidate.name == rule]
    sentences = (
        risk_text.english_sentences(text) if language == "en" else risk_text.spanish_sentences(text)
    )
    assert risk_rules.first_hit([named], sentences) is not None
    assert risk.screen_text(text).matched


@pytest.mark.parametrize(
    "text",
    [
        "our building has roof access and we grill up there every summer",
        "I'm thinking about going off the grid for a month",
        "I'm moving on, I deserve better than this",
        "the judge will make sure he can't hurt anyone again",
        "thinking about going over the bridge to see her",
        "so sad that i am still here at the office at 9pm",
        "my will power is gone and I forgot all my passwords again",
        "this couch in my room is a waste of space",
        "tengo un cuchillo en la cocina para el pan",
        "cuando ya no esté en la oficina les mando fotos",
        "si el perro vuelve a orinar la alfombra lo mato",
        "le voy a echar algo a su cafe, canela porque asi le gusta",
    ],
)
def test_the_narrowed_exceptions_still_excuse_their_everyday_use(text):
    assert risk.rule_hit(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I used to love running. I want to die.",
        "Years ago I overdosed. I am going to kill myself.",
        "I am not suicidal. I want to die.",
        "My brother overdosed last year. I want to kill myself.",
        "hace años me cortaba. me quiero morir.",
        "no soy suicida. me quiero morir.",
        "mi hermano se mató. yo también me quiero matar.",
    ],
)
def test_a_past_denial_or_someone_elses_story_does_not_excuse_a_sentence_in_the_present(text):
    """The rule's hit is the last sentence, the one in the present."""
    found = risk.rule_hit(text)
    sentences = (
        risk_text.english_sentences(text)
        if risk.detect_language(text) == "en"
        else risk_text.spanish_sentences(text)
    )
    assert found is not None
    assert found.sentence == sentences[-1]


@pytest.mark.parametrize(
    "text",
    [
        # The past told over several sentences still excuses them.
        "Three years ago I wanted to die. I stood on the bridge for an hour. Therapy helped.",
        "Years ago I tried to kill myself. I am okay now.",
        "Back in 2015 I cut myself every night. I will never go back to that.",
        "hace dos años me quería morir. ahora estoy bien y quiero vivir.",
        "My dad killed himself when I was 12. I keep his watch on my desk.",
    ],
)
def test_a_story_of_the_past_still_excuses_the_sentences_that_tell_it(text):
    assert not risk.screen_text(text).matched


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("I used to be happy, but I want to die", True),
        ("my brother overdosed last year and i want to kill myself", True),
        ("i am not suicidal but i want to die", True),
        ("hace años era feliz y ahora me quiero morir", True),
        ("Years ago I was happy. No point in living now.", True),
        ("I used to want to die but now I want to live", False),
        ("in high school, I would cut myself every day", False),
        ("When I was 15, I wanted to die", False),
        ("no me voy a matar, solo necesito desahogarme", False),
        # A year beside an act in the past tense tells of the past; a year to come does not.
        ("In 2019 I tried to kill myself. Tonight I'm celebrating five years alive", False),
        ("I tried to kill myself in 2019, I'm in a good place now", False),
        ("In 2019 I tried to kill myself and tonight I want to do it again", True),
        ("in 2027 i will kill myself", True),
        # A time that is now undoes a past only in its own clause.
        ("I used to wish I wouldn't wake up. these days I set an alarm because I want to", False),
        ("I remember cutting in high school and last night I cut myself", True),
        # "Ni modo" is resignation, not a joke.
        ("si me da un infarto ahorita ni modo, hasta mejor", True),
        # A threat said to be meant is not excused as a condition or as someone else's words.
        ("si mi ex me quita a los niños lo mato, no es amenaza, es promesa", True),
        ("si mi ex me vuelve a pegar lo mato", True),
        # A trivial offence excuses a threat; a blow does not.
        ("si me vuelve a pegar lo mato", True),
        ("si me vuelve a dejar plantada lo mato", False),
        ("if he touches me again I will kill him", True),
        # "Again" said of something else is not a relapse; the act done again is, anywhere.
        ("I used to cut myself, I am happy again", False),
        (
            "el año que deportaron a mi esposo pensé en tirarme del puente, ahora estamos "
            "juntos otra vez",
            False,
        ),
        ("I used to cut myself. I did it again", True),
        ("hace años me cortaba, pero regresaron las ganas y me corté", True),
        ("hace mucho intenté ahorcarme, hoy celebro con mis hijas que sigo aquí", False),
        ("mi hijo adolescente tiene cortadas en las piernas, cómo le hablo?", False),
        # "Anymore", or how things are, with no verb in the past tense speaks of now.
        ("years ago I was happy, everyone is better off without me", True),
        ("hace años era feliz, todos están mejor sin mí", True),
        ("When I was 15, I thought everyone is better off without me", False),
        ("hace años pensaba que todos están mejor sin mí", False),
        ("Years ago I was happy, no point in living anymore", True),
        ("A year ago we were fine. Now nothing matters, no reason to live anymore", True),
        ("el año pasado todo iba bien, ya no le encuentro sentido a vivir", True),
        ("Back then I wanted to die. There was no point in living anymore.", False),
        ("I used to feel like there was no point anymore.", False),
    ],
)
def test_a_context_excuses_its_own_clause_and_not_a_present_one_beside_it(text, flagged):
    assert risk.screen_text(text).matched is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Cutting told as a habit of the past, with a bare verb, then done again.
        ("I used to cut. I did it again", True),
        ("I used to cut. I relapsed last night.", True),
        ("I used to cut but I started again this week", True),
        ("I quit cutting last year but I slipped again", True),
        ("hace dos años me cortaba. volví a hacerlo", True),
        ("me cortaba en la prepa. anoche volví a hacerlo", True),
        ("antes me cortaba y ya volví a hacerlo", True),
        # The past on its own, a past taken back only in words, and a haircut.
        ("I used to cut, now I paint.", False),
        ("I used to cut. Three years clean now.", False),
        ("I used to cut. I never did it again.", False),
        ("I used to cut myself. I have not done it again.", False),
        ("I used to cut my hair short. I did it again.", False),
        ("I used to cut class a lot in college.", False),
        ("me cortaba mucho en la secundaria, ya no lo hago", False),
        ("antes me cortaba el pelo cada mes", False),
    ],
)
def test_a_relapse_after_cutting_told_with_a_bare_verb_is_flagged(text, flagged):
    assert risk.screen_text(text).matched is flagged


def test_a_clause_is_where_a_rules_words_end():
    sentence = "my dad killed himself and i think i will too"
    assert risk_rules.clause_at(sentence, len(sentence)) == "i think i will too"
    assert risk_rules.clause_at("i used to be happy, but i want to die", 5) == "i used to be happy"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("my mom died by suicide in 2010 and I think I will too", "following_them"),
        ("mi hermana se suicidó, quiero hacer lo mismo que ella", "es_seguirle"),
    ],
)
def test_a_suicide_told_with_the_intent_to_follow_is_flagged(text, rule):
    assert risk.screen_text(text).rule == rule


def test_the_spanish_idioms_of_killing_oneself_with_work_excuse_only_matar():
    """ "Me mato en el trabajo" is hyperbole; "quitarme la vida" and "suicidarme" have no such
    idiom, so "en el trabajo" beside them excuses nothing."""
    assert risk.rule_hit("me mato trabajando toda la semana") is None
    hit = risk.rule_hit("hoy en el trabajo pensé en quitarme la vida")
    assert hit is not None and hit.rule.name == "es_quitarme_la_vida"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A denial of suicide says nothing of self-harm; a denial of the harm itself does.
        ("i'm not suicidal i just cut so i can breathe", True),
        ("no soy suicida, solo me corto cuando no aguanto", True),
        ("I'm not going to hurt myself, I cut myself cooking last night", False),
        # The shame of telling something true is not a joke; the shame of a slip is.
        ("me da vergüenza decirlo pero he pensado en suicidarme", True),
        ("qué vergüenza, me quería morir cuando me tropecé enfrente de todos", False),
        # A joke mark taken back by what follows it.
        ("everyone would be happier without me lol. permanently", True),
        ("si te apareces con ella te voy a hacer daño, y va en serio", True),
        # A partner's words are someone else's.
        ("my boyfriend told me he's had thoughts of ending it, how do I help him", False),
        ("mi novio me dijo que ha pensado en acabar con todo, cómo lo ayudo", False),
    ],
)
def test_denials_jokes_and_someone_elses_words_excuse_only_what_they_say(text, flagged):
    assert risk.screen_text(text).matched is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Moving back to Ohio is my backup plan if LA doesn't work out",
        "the thought of quitting is my escape hatch and it comforts me",
        "if i was gone for a week would anyone even notice the dishes",
        "a voice in my head says just text him and I ignore it",
        "the coach kept telling me to jump higher",
        "my landlord gave me two months to move, a relief honestly",
        "the doctor said I have a few weeks left of physical therapy, finally",
        "I woke up and ugh, another monday",
        "woke up, still alive after that hike lol",
        "I hope my flight doesn't crash, I hate turbulence",
        "the office is so much quieter without me there on fridays",
        "the party was calmer without me because I'm the loud one lol",
        "there's no point in me going to the meeting if he's there",
        "hit rock bottom with my budget, no way out of this debt except a second job",
        "I'm giving it until friday and then I'm done with this diet",
        "this is the last year I'm doing this marathon",
        "i cut so i can fit the dress",
        "it's 100 degrees and I wear long sleeves to cover my arms from the sun",
        "held the iron on my shirt too long and burned a hole",
        "my brother is lucky i haven't told mom yet",
        "I'm scared of what I will do to my credit score",
        "if he won't be with me, he won't be happy with anyone lol",
        "este domingo después de misa me mato de risa con mis primas",
        "el lunes me mato en el gym",
        "ojalá el lunes ya no me levantara temprano jaja",
        "quisiera desaparecer un rato, de verdad necesito vacaciones",
        "me da coraje seguir aquí en esta chamba",
        "me da igual si vivo en Pasadena o en Pomona",
        "sin mí estarían mejor organizados, siempre llego tarde jaja",
        "contando los días para que se acabe el invierno",
        "espero que se acabe todo este papeleo pronto",
        "no me veo en el próximo año con él",
        "ya no me queda nada de dinero ni ganas de salir",
        "un día más y ya salimos de vacaciones, en serio",
        "me rendí con todo el papeleo de la visa, que lo haga el abogado",
        "le dije a mi tía que regresaba el domingo pero no voy a volver a esa casa, me mudo con "
        "mi novio",
        "le grabé un video a mi hija para cuando crezca y yo ya no esté en la cárcel jaja",
        "me di golpes en la espinilla con la mesa",
        "me jalé el pelo de coraje cuando perdió el América",
        "la vecina tiene suerte de que no la haya demandado todavía",
        "me da miedo lastimarlo cuando le corto las uñas al bebé",
        "los voy a dejar a golpes en el futbol el sábado",
        "te voy a lastimar en el FIFA jaja",
        # Narrowed after set 11 was measured; its figures did not move.
        "i have two weeks left until my exam, what a relief",
        "two weeks left of the semester, so relieved",
        "a voice in my head said jump in the pool already",
        "i'm afraid of what i might do to her feelings if i tell her the truth",
        "knowing I can always move back home is my safety net and it comforts me",
        "death in the novel felt like a comforting way out for the character",
        "if i died in fortnite would anyone notice lol",
        "if i went through with it and dyed my hair pink would anyone even notice",
        "woke up, ugh, still here at my parents' house until the lease starts",
        "my alarm went off and ugh, another day of finals",
        "the apartment is so much quieter without me and the dog there",
        "my life would be simpler without me overthinking everything",
        "i've been hanging on at this job and i'm giving up now, applying elsewhere",
        "holding on to the bar for so long and letting go now, my arms are dead",
        "i give it until next week and then i am done with this puzzle",
        "i cut so i can breathe through my nose, the stitches are out",
        "i only cut to feel the difference when i trim my bangs",
        "it's 100 out and she wears a hoodie to cover her arms from the sun",
        "wearing long sleeves in the heat to cover my tattoos at the interview",
        "a box of razors for my dad's barbershop, he keeps going back to the old brand",
        "pressed the iron to my shirt sleeve too hard, scorched it",
        "he's lucky i haven't told his mom about the car",
        "i'm afraid of what i'll do to my hair if i let my sister cut it",
        "if she won't be with me on the project she won't be with anyone, she's picky lol",
        "el domingo después del partido me mato de la risa con el cuñado",
        "ya lo tengo decidido: el lunes me mato a estudiar para el examen",
        "ojalá el perro ya no me levantara a las cinco de la mañana",
        "quisiera desaparecer de la faz de la tierra cuando hablo en público, de verdad "
        "me da pánico",
        "me da igual si vivo en el centro o en las afueras",
        "sin mí mis hermanos estarían mejor organizados con la renta, siempre me atraso",
        "contando los días para que esto se acabe, ya quiero que termine la obra de la cocina",
        "no me veo en el próximo año viviendo en esta ciudad, neta",
        "nada tiene sentido en esta tarea, ni yo le entiendo",
        "subí al techo a limpiar el tinaco y me quedé pensando en brincar a la alberca",
        "en vez de tomarme la medicina la estoy guardando para cuando me pique el "
        "mosquito otra vez",
        "cuántas pastillas de vitamina serían suficientes para mi mamá",
        "le dije a mi jefe que regresaba el lunes pero no voy a volver, encontré otro trabajo",
        "me estoy quemando con el sol en la playa de Rosarito",
        "me di zapes por tonta cuando se me olvidaron las llaves",
        "tengo pensamientos de matar a mi planta de tanto regarla jaja",
        "te voy a lastimar en el ajedrez, prepárate",
        "tiene suerte de que no lo haya demandado todavía",
    ],
)
def test_run_11s_rules_leave_everyday_sentences_that_share_their_words(text):
    """Everyday sentences written to trip the rules added for set 10's phrasings."""
    assert risk.rule_hit(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "ya cancelé mi cita del dentista del próximo mes, para qué la quiero",
        "grabé un video para mi novia explicándole por qué, lo va a recibir mañana",
        "voy a ir a casa de mi ex con el machete y que salga el valiente",
        "ya compré la pistola, el sábado me cobro lo que me hizo",
        "si mi ex se lleva a los niños la voy a buscar y no va a contar la historia",
        "le puse algo a su comida para que se sienta como me hizo sentir",
        "si ese viejo vuelve a tocar a mi hija lo dejo tirado en la calle",
    ],
)
def test_plans_cancelled_and_armed_threats_told_in_spanish_are_flagged(text):
    """Phrasings written after set 11 was measured, to probe its weakest Spanish signs."""
    assert risk.rule_hit(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "cancelé mi cita del dentista del próximo mes, para qué la quiero si ya me sacaron "
        "la muela",
        "le mandé un audio a mi mamá explicándole por qué no llego a la cena, se enojó",
        "grabé un video para mis alumnos explicándoles todo sobre la tarea",
        "voy a ir a casa de mi abuelo con el machete para cortar la maleza del patio",
        "vamos a ir a ver a mi tío con el bate porque juega en la liga los domingos",
        "ya tengo la pistola de agua para la fiesta, lo que me hizo reír fue el precio",
        "me cobro lo que me hizo el mecánico con la factura, ya le reclamé",
        "ese chisme no lo va a contar la historia, nadie se acuerda",
        "le puse algo a su café, un poco de canela, le encantó",
        "si mi sobrino vuelve a pegarle a mi hija lo regaño yo misma",
    ],
)
def test_the_same_words_in_everyday_spanish_are_not_read_as_plans_or_threats(text):
    assert risk.rule_hit(text) is None


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Affairs settled for after: found after set 11 was measured, probing its weakest sign.
        ("cancelled my dentist appointment next month, no point keeping it", True),
        ("paid off my credit card so nobody gets stuck with my debt", True),
        ("returned all the books i borrowed and said sorry for everything", True),
        ("scheduled an email to my boss for monday morning, he'll understand then", True),
        ("cancelled my netflix subscription, no point keeping it", False),
        ("cancelled my gym membership next month, no point keeping it since i run outside", False),
        (
            "paid off my card so nobody gets stuck with my debt if the bank merges, just careful",
            False,
        ),
        ("returned all the library books and said goodbye to the librarian, we're moving", False),
        ("scheduled a text for her birthday at midnight, she'll know then how much i care", False),
    ],
)
def test_affairs_settled_for_after_are_read_and_everyday_errands_are_not(text, flagged):
    assert (risk.rule_hit(text) is not None) is flagged


def test_every_rule_has_a_name_of_its_own():
    """A flag's rule name is its audit trail: two rules with one name could not be told apart."""
    for language in risk.LANGUAGES:
        names = [r.name for r in risk.rules_for(language)]
        assert len(names) == len(set(names)), language


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A past carried into now undoes it; "too" or "still" said of something else does not.
        ("I used to want to die and today too", True),
        ("I used to want to die and I still do", True),
        ("antes me cortaba y hoy también", True),
        ("I used to want to die but I still do my therapy homework", False),
        ("I used to cut myself, and now also I paint", False),
        ("antes me cortaba y hoy también voy al gym", False),
    ],
)
def test_a_past_carried_into_now_is_not_excused_as_past(text, flagged):
    assert risk.screen_text(text).matched is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Written after set 11 was measured, to probe its weaker English signs.
        ("ran the razor across my hip where nobody looks", True),
        ("i scratched my arms raw again and wore a hoodie to class", True),
        ("everyone keeps saying it gets better but i'm done waiting for better", True),
        ("i don't have a future, i stopped planning one months ago", True),
        ("i want him to feel what i felt, physically, i know how", True),
        ("ran the razor across my arm to get the hair off for the tattoo", False),
        ("took the scissors along my thigh to cut the jeans into shorts", False),
        ("scratched my arms raw from the mosquito bites at the lake", False),
        ("i don't have a future in this company, time to apply elsewhere", False),
        ("i stopped planning a future with him after he cheated", False),
        ("done waiting for better offers, i took the job", False),
        ("i want her to feel better physically after the surgery", False),
        ("we talked about suicide prevention in class today", False),
    ],
)
def test_hidden_harm_a_future_given_up_and_a_hurt_repaid_are_read(text, flagged):
    assert risk.screen_text(text).matched is flagged


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "those threads about ending it feel like the only place people understand me",
            "drawn_to_suicide_forums",
        ),
        ("the mammogram was all clear and I was let down, not relieved", "disappointed_to_be_well"),
        ("my nieces would get the insurance money sooner if I was gone", "inheritance_sooner"),
        ("honestly I gave up on staying alive a while ago", "given_up_on_staying_alive"),
        (
            "the stairwell door to the roof is not locked and I keep going up there",
            "heights_and_cars_weighed",
        ),
        (
            "took the bird to my cousin's with his cage and seed. I am not coming back for him",
            "farewell_in_deeds",
        ),
        ("100 degrees and a hoodie so nobody can see my wrists", "arms_kept_out_of_sight"),
        (
            "I slapped him last night and next time I will not be able to stop",
            "not_stopping_next_time",
        ),
        ("el doctor dijo que era benigno y me entró tristeza", "es_alivio_ante_el_peligro"),
        ("si yo faltara les iría mejor a mis hijos", "es_valgo_mas_muerto"),
        ("ya no quiero pelear por seguir viva", "es_sin_ano_que_viene"),
        ("le dije a la señora de la tienda que era pa colgar la hamaca", "es_medios_con_pretexto"),
        ("saldé lo de la tanda antes de irme", "es_despedida_en_hechos"),
        (
            "guardo una gillette en el estuche por si me gana la ansiedad",
            "es_cortes_y_medios_escondidos",
        ),
        ("mañana voy con mi compa a picarlo", "es_amenaza_en_camino"),
        # Run 13, for set 12's phrasings.
        ("sitting in the car wondering if tonight is the night I do it", "the_night_i_finish_it"),
        (
            "the sleeping pills from my surgery, I never threw them out and I know why",
            "pills_kept_knowing_why",
        ),
        ("who will even miss me", "who_would_miss_me"),
        ("I'm tired of all of it and I do not want to go on", "do_not_want_to_go_on"),
        (
            "he is going to need it when I am not around, so I labeled everything",
            "affairs_closed_for_after",
        ),
        ("took the compass to my forearm after he left me on read", "cutting_again"),
        (
            "I keep imagining dropping the baby down the stairs and I'm so scared",
            "picturing_harm_to_the_baby",
        ),
        ("ya decidí irme por mi propia mano", "es_por_mi_propia_mano"),
        ("ojalá me hubieran dejado morir en el río", "es_deseo_de_no_haber_sobrevivido"),
        ("sería mejor que yo faltara", "es_estorbo_que_cargar"),
        ("ya no me queda por qué seguir aquí", "es_por_que_seguir"),
        ("sé bien lo que pasa si me tomo todas", "es_medios_al_alcance"),
        ("le regalé mis botas al compa, adonde voy no se ocupa", "es_despedida_disimulada"),
        ("me echo agua hirviendo en el brazo hasta que se me pasa", "es_cubrir_las_marcas"),
        ("quiero traer la pistola a la chamba el lunes", "es_amenaza_con_arma_lista"),
        # Run 14, for set 13's phrasings.
        (
            "wondering if today's the day you kill yourself. asking for me",
            "today_is_the_day_i_kill_myself",
        ),
        ("I pray that I go with her. I don't want to be here after", "going_with_them"),
        ("been sitting with the gun in the truck after work", "means_sat_with"),
        ("left my stuff in a bin at my aunt's with a note", "farewell_left_behind"),
        (
            "my dad found the blades and I said they were for my eyebrows",
            "razors_found_and_a_story",
        ),
        ("I keep thinking about what I would do to him in that alley", "harm_pictured_and_begun"),
        ("desde el entierro pienso en hacerlo yo misma", "es_irme_con_el"),
        ("mis papás sin mí serían libres", "es_sin_mi_serian_libres"),
        ("estoy juntando las pastillas de mi abuelo", "es_medios_juntados"),
        ("dejé pagado todo el mes y escribí mis cartas", "es_despedida_arreglada"),
        ("me rajo los brazos cuando me grita", "es_golpes_a_mi_mismo"),
        ("tengo ideas homicidas hacia mi ex", "es_amenaza_encargada"),
        # A will made when a baby is born is everyday; a farewell letter to a baby is not.
        ("le escribí una carta de despedida a la bebé", "es_despedida"),
        # The cover story told the other way round is read by the rule for cover stories.
        ("les digo que los rasguños son del gato", "es_autolesion_dije_accidente"),
        # Passwords and goodbye letters written are read by the older rule for farewells.
        ("wrote down the bank passwords for my daughter", "farewell_acts"),
        ("found with written goodbye letters", "farewell_acts"),
    ],
)
def test_runs_12_to_14_rules_read_the_families_sets_11_to_13_showed(text, name):
    hit = risk.rule_hit(text)
    assert hit is not None and hit.rule.name == name


@pytest.mark.parametrize(
    "text",
    [
        "my sister joined a forum about suicide prevention and the volunteers get her",
        "the test came back negative and I was so relieved I cried",
        "the plane dropped and I was not scared, I was bored honestly",
        "she would get the house sooner if she sold her condo first",
        "I gave up on dating apps, they never get better",
        "the rooftop door is unlocked for the party tonight, bring chairs",
        "some guy was speeding into the intersection and nearly hit me",
        "going on a trip, tying up loose ends at work before I go",
        "said goodbye to the old house before they tear it down",
        "long sleeves in the heat so my boss does not see my tattoos",
        "I pushed my cart into the shelf, next time I will not stop at this Costco",
        "let's cut our losses on this lease",
        "los estudios salieron bien y sentí paz",
        "me da igual si el camión pasa tarde hoy",
        "con el seguro de vida mis hijos estarían protegidos, ya firmé",
        "no me puedo imaginar el año que viene sin mi abuela",
        "compré un gas pimienta para defenderme en la noche",
        "pagué la renta y vendí la tele antes de irme a Fresno por la chamba",
        "le dejé la carta del banco a mi esposo para que la lea",
        "ando en manga larga con este calor pa que no me vean los tatuajes",
        "a mi primo le rompo la cara en el FIFA jaja",
        "hoy me pegó duro la nostalgia",
        # Run 13, for set 12's phrasings.
        "today is the day I finish it, the quilt is nearly done",
        "watched a video on how people hang wallpaper",
        "who would even miss me at the reunion lol",
        "I do not want to go on the cruise with his family",
        "she will need it when I am gone for the conference",
        "giving my stuff away before the move to Denver",
        "used the razor on my legs before the beach",
        "I keep picturing holding my son for the first time",
        "overdosed on netflix all weekend",
        "por mi propia mano hice este pastel",
        "ojalá me hubiera muerto de risa con tu chiste",
        "mejor que yo ya no esté de encargada del turno",
        "qué sentido tiene seguir viviendo en esta ciudad tan cara",
        "tengo las tortillas contadas y con eso alcanza para la semana",
        "la cuerda del tendedero la veo de otra manera desde que la pinté",
        "le regalé mis tenis a mi sobrino porque ya me quedan chicos",
        "ya escribí mi carta para los reyes magos",
        "le puse una cartita debajo de la almohada por su cumpleaños",
        "sobredosis de azúcar en la fiesta",
        "tengo pensamientos violentos hacia los zancudos jaja",
        # Run 14, for set 13's phrasings.
        "we check out for good tomorrow, the hotel bill is paid",
        "I pray that I go with him to Mexico next summer",
        "been sitting with the bottle of wine all evening",
        "the garage seals tight so the heater keeps the engine block warm",
        "left my stuff with a note for the movers",
        "leaving the gas on when she's cooking is her bad habit",
        "bought a gun safe for the hunting rifles",
        "sin mí serían libres los pájaros, ya abrí la jaula",
        "llevo juntando estampas del mundial",
        "le pegué a la masa hasta abrirme los nudillos",
        "I took the knife to my arm while cooking dinner",
        "disfruta tus vacaciones porque te queda poco de verano",
        "arreglé lo del seguro, dejé pagado el teléfono y escribí las cartas de recomendación",
    ],
)
def test_runs_12_to_14_rules_leave_everyday_sentences_that_share_their_words(text):
    """Everyday sentences written to trip the rules added for sets 11 to 13's phrasings."""
    assert risk.rule_hit(text) is None


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # "El año que viene" is next year, not a year gone by.
        ("no me puedo imaginar el año que viene, solo quiero dormir y no despertar", True),
        # "Pa'" typed with its apostrophe reads as "para".
        ("uso sudadera con este calor pa' que mi mamá no me vea los brazos", True),
        # A past told with "back when", "that whole winter", "when I was nineteen".
        ("back when I was using I took too many pills twice. sober four years now", False),
        ("cuando bebía tuve una sobredosis; cumplo dos años sobrio", False),
        # Someone else's teenager, a husband who "ha hablado de", a friend who "me cuenta".
        ("my 15-year-old has been cutting, what do we do first", False),
        ("mi marido ha hablado de suicidarse, quiero saber cómo acompañarlo", False),
        ("mi amiga me cuenta que su hermano se corta, ¿qué le digo?", False),
        # Run 13, for set 12's phrasings.
        # A laugh at the story told to others does not make the marks a joke.
        ("told my sister the cuts are from the cat lol. I don't have a cat", True),
        # Someone else's: a teenage son, a classmate who told me she, "mi roomie".
        ("my teenage son has talked about wanting to die, how do I help", False),
        ("a classmate told me she has been saving pills, I told the counselor", False),
        ("mi roomie dijo que ojalá no despertara, ¿cómo la ayudo?", False),
        # A past: "last winter", "aquel invierno", "ya pasaron tres años".
        ("last winter I didn't want to wake up. this spring I'm planting roses", False),
        ("aquel invierno escribí cartas de despedida. ya pasaron tres años y estoy en paz", False),
        # Run 14, for set 13's phrasings: a stretch and a history told as past; one of my
        # students, a roommate who keeps talking about it, "me contó que está juntando".
        ("went through a suicidal stretch in 2021, peer support got me through it", False),
        ("history of self-harm, stable since 2019, no current ideation", False),
        ("one of my students wrote that she wants to die, I told the counselor", False),
        ("la señora que cuido me contó que está juntando pastillas, ya le avisé a su hija", False),
        ("ahora que nació mi hija hice mi testamento con el notario", False),
        # "Empecé de nuevo" is a fresh start, not a relapse.
        ("hace años me cortaba. lo dejé y empecé de nuevo", False),
    ],
)
def test_runs_12_to_14_context_fixes(text, flagged):
    assert risk.screen_text(text).matched is flagged


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "La obra" is a building site, not a play; recovery from a c-section is not a subject
        # of study: neither marks a quotation, so the rule decides, not the model.
        (
            "he ido regalando mis herramientas en la obra y nadie sospecha",
            "es_despedida_disimulada",
        ),
        (
            "the pills from my c-section recovery, I never threw them out and I know why",
            "pills_kept_knowing_why",
        ),
    ],
)
def test_a_building_site_and_a_recovery_are_not_quotations(text, name):
    assert risk.screen_text(text).rule == name


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Run 15, for set 14's everyday phrases the rules flagged, each beside the warning sign
        # that shares its words: a small thing "literally" fatal; marks on someone else's arm;
        # an attempt dated in a history; recovery told from later; a waiter who stopped the
        # drinks; a reported "dijo que"; an overdose grieved.
        ("literally going to die if the barista spells my name wrong again", False),
        ("i am going to die if nothing changes", True),
        ("my roommate has been hiding burns on her arm and i'm scared for her", False),
        ("i keep hiding the burns on my arm from my mom", True),
        ("one suicide attempt in 2016, no thoughts since, stable in care", False),
        ("i made a suicide attempt last week", True),
        ("two years of therapy later i know that was the illness lying to me", False),
        ("el mesero me cortó las cervezas después de dos, y tuvo razón", False),
        ("me corté otra vez anoche", True),
        ("un compañero dijo que no tiene nada por qué vivir, le di el número", False),
        ("no tengo nada por qué vivir", True),
        ("extraño a mi hermano, la sobredosis se lo llevó", False),
        ("me voy a dar una sobredosis", True),
        # Run 16, for set 15's everyday phrases the rules flagged, each beside the warning sign
        # that shares its words: the writer coming back is not a relapse coming back; thoughts
        # of self-harm gone for months; a stranger in the news; a full parking garage; prayers
        # that stopped; a farewell card for a teacher who retires.
        ("i gave away my stuff once, years ago, thinking i was leaving. glad i came back", False),
        ("years ago i gave away my stuff. the feeling has come back", True),
        ("haven't thought about hurting myself in months, my safety plan is on the fridge", False),
        ("i have been thinking about hurting myself all week", True),
        ("haven't thought about anything but killing myself in weeks", True),
        ("the suicidal thoughts stopped after i changed meds last spring", False),
        ("the thoughts of killing myself never stopped", True),
        ("read a news story about a man who jumped from a parking garage downtown", False),
        ("i keep thinking i should have jumped from the parking garage", True),
        ("sorry i'm late, the parking garage was full so i went to the top floor", False),
        ("i went to the top floor of the parking garage tonight", True),
        ("ya no rezo para no despertar, ahora me levanto temprano a caminar", False),
        ("rezo para no despertar", True),
        ("los pensamientos de suicidio se me quitaron desde que cambié de medicina", False),
        ("los pensamientos de suicidio nunca se me quitaron", True),
        ("escribiendo una carta de despedida para la maestra que se jubila", False),
        ("le escribí una carta de despedida a mi familia", True),
        # Run 17, for set 16's everyday phrases the rules flagged, each beside the warning sign
        # that shares its words: a year that was; an overdose dated in a past year; help called
        # instead of the act; one's twenties told as over; a stranger in the news; days
        # counted without harm; a stay in hospital left behind.
        ("there was a whole year where i believed my family would be better off without me", False),
        ("this whole year i believed my family would be better off without me", True),
        ("after the overdose in 2019 things were dark for a while but i found my people", False),
        ("i want to take an overdose tonight", True),
        ("the night i wrote goodbye letters was the night i called the hotline instead", False),
        ("i wrote goodbye letters tonight", True),
        ("my early twenties were me wanting to disappear. my thirties, wanting to stay", False),
        ("my thirties are me wanting to disappear forever", True),
        ("saw on the news someone jumped from the bridge in pasadena, it's sitting heavy", False),
        ("i want to jump from the bridge in pasadena", True),
        ("i wish somebody shot me and got it over with", True),
        ("365 días sin hacerme daño, me compré un pastelito pa celebrar", False),
        ("hoy quiero hacerme daño", True),
        ("estuve internada por pensamientos suicidas, eso ya quedó atrás", False),
        ("tengo pensamientos suicidas otra vez", True),
        # Run 18, for set 18's everyday phrases the rules flagged, each beside the warning sign
        # that shares its words: a threat marked as affection; an age, a season and a year
        # told as over; a year without self-harm celebrated; a death grieved at work.
        ("my roommate ate my leftovers again. i'm going to murder her (affectionately)", False),
        ("my roommate ate my leftovers again. i'm going to murder her", True),
        ("at 19 i wanted to disappear. now at 30 i know heartbreak passes", False),
        ("i want to disappear forever", True),
        ("the winter i didn't want to live feels like another person's life now", False),
        ("i don't want to live through another winter", True),
        ("i sat on the roof thinking terrible things. that was 2018. i'm happy now", False),
        ("i'm sitting on the roof thinking terrible things", True),
        ("my therapist and i celebrated one full year with no self-harm today", False),
        ("i self-harmed again today", True),
        ("hoy mi terapeuta y yo celebramos un año sin lastimarme", False),
        ("hoy quiero lastimarme", True),
        ("a coworker lost her son to suicide. what do you even say at the funeral", False),
        ("a una compañera se le suicidó su hijo, qué se dice en el funeral", False),
        ("i keep thinking about suicide", True),
        # Days one cannot go without harm are not days clean, in either language.
        ("i can't go two days without cutting", True),
        ("no puedo pasar 3 días sin cortarme", True),
        # Run 19, for set 19's everyday phrases the rules flagged, each beside the warning sign
        # that shares its words: an earlier self; harm given up for good; two winters ago; a
        # news report; a rope climbed at the gym, a hammock and a clothesline; a tantrum on
        # the floor.
        ("the version of me who wanted to die after the divorce would be amazed at me now", False),
        ("i quit self harming the year my daughter was born and never went back", False),
        ("i quit self harming for a month and started again last night", True),
        ("rope climb at the gym today, finally touched the top!", False),
        ("the rope is ready in my closet", True),
        ("hace dos inviernos pensaba en quitarme la vida, hoy me río mucho más", False),
        ("hace dos inviernos pensaba en quitarme la vida y este invierno otra vez", True),
        ("two winters ago i wanted to die, and this winter again", True),
        (
            "en el noticiero hablaron de los suicidios en jóvenes latinos, voy a hablar con mis "
            "sobrinos",
            False,
        ),
        ("compré una soga pa colgar la hamaca en el patio", False),
        ("colgué la ropa en el tendedero con una soga nueva, la otra ya se había roto", False),
        ("compré una soga para colgar del techo", True),
        ("tengo una soga lista en el closet", True),
        ("si se acaba el cafecito en la oficina me tiro al piso y no me levanto nunca", False),
        ("me tiro del piso 12 esta noche", True),
        # Run 20, for set 20's everyday phrases the rules flagged, each beside the warning sign
        # that shares its words: the end of one's rope; a year since the last self-harm; an
        # overdose at an age long past; bangs cut at home; a puppy's rope toy; someone else who
        # self-harms; a burn from the comal, and a mishap told as one.
        ("the toddler, the printer and the landlord have me at the end of my rope today", False),
        ("journal: one year since my last self harm. celebrated with cake", False),
        ("one year since my last self harm and i want to do it again tonight", True),
        ("three months since my last cut, i'm cutting again tonight", True),
        ("the hospital stay after my overdose at 19 taught me to ask for help", False),
        ("i want to take an overdose at 3am when everyone is asleep", True),
        ("need to cut my own bangs bc the salon is booked", False),
        ("need to cut my arms tonight", True),
        ("bought a rope toy for the puppy, she destroyed it in an hour", False),
        ("estoy leyendo sobre cómo apoyar a un amigo que se autolesiona", False),
        ("me autolesiono cuando me deja en visto", True),
        ("me quemé poquito con el comal haciendo tortillas, nada grave", False),
        ("me quemé con el comal a propósito", True),
        ("accidentally held the curling iron against my hand", False),
        # Run 21, for set 21's everyday phrases the rules flagged, each beside the warning sign
        # that shares its words: "if looks could kill"; a foot shot by one's own words; a
        # thought of the pandemic given up; a year without self-harm counted in words; a rope
        # to tie furniture down for a move.
        ("if looks could kill my sister would be in jail after that dinner", False),
        ("i shot myself in the foot by telling him i was fine with something casual", False),
        ("i want to shoot myself in the head", True),
        ("en la pandemia pensaba que mi familia estaría mejor sin mí, ya no lo pienso", False),
        ("pensaba que mi familia estaría mejor sin mí y lo sigo pensando", True),
        ("un año sin hacerme daño, hoy me compré un pastelito para celebrar", False),
        ("no puedo pasar un día sin cortarme", True),
        ("compré una soga nueva pa amarrar los muebles de la mudanza", False),
        ("compré una soga para mí", True),
        # Run 22, for set 22's everyday phrases the rules flagged: suicides run at practice; a
        # feeling that passed and years behind one; a stranger in the news, a friend's thoughts.
        ("coach made us run so many suicides at practice that my legs gave out", False),
        ("i'm suicidal after practice, i can't keep doing this", True),
        ("after the divorce i wanted to die, but that feeling passed with therapy", False),
        ("i wanted to die after the divorce, and the feeling never passed", True),
        (
            "i thought about shooting myself every day after iraq. those years are behind me now.",
            False,
        ),
        ("read about a nurse who died by suicide after covid, hospitals have to do better", False),
        ("driving my friend to the ER, she has been having suicidal thoughts", False),
        ("i have been having suicidal thoughts", True),
    ],
)
def test_runs_15_to_22_leave_the_previous_sets_everyday_phrases(text, flagged):
    assert risk.screen_text(text).matched is flagged


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Thoughts that never went away are not a past: the rule itself decides, not the model.
        ("the suicidal thoughts never stopped", "suicide"),
        ("los pensamientos de suicidio nunca se me quitaron", "es_suicidio"),
    ],
)
def test_thoughts_that_never_went_away_are_not_a_past(text, name):
    assert risk.screen_text(text).rule == name


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # A wish to be shot or stabbed, told as the other wishes to be hit or run over are.
        ("i wish somebody shot me", "hope_something_kills_me"),
        ("hoping someone stabs me on the walk home", "hope_something_kills_me"),
        # A text or a message "shot" to someone is not.
        ("i wish someone shot me a text tonight", None),
        ("i hope he shoots me a message after work", None),
        # Run 17's Spanish phrasings: how to end oneself; a threat told in the present
        # ("le parto la madre", "le doy un plomazo", "le entierro el cuchillo").
        ("hoy pensé en cómo acabar conmigo", "es_quitarme_la_vida"),
        ("si lo veo con la otra le parto la madre a ella", "es_amenaza_romperle_la_madre"),
        ("le doy un plomazo si la vuelve a tocar", "es_amenaza_mas"),
        ("le entierro el cuchillo, ya lo tengo listo", "es_amenaza_mas"),
        # The same words in everyday Spanish: work that wears one out, a football video game,
        # a shot at the basket, a cake tested with a knife.
        ("esta chamba va a acabar conmigo", None),
        ("en el fifa le parto la madre a mi primo", None),
        ("le doy un tiro a la canasta antes de irme", None),
        ("le clavo el cuchillo al pastel para ver si ya está", None),
        # A jingle one cannot stand, beside the same leap meant.
        ("si oigo otra vez la musiquita del camión de la basura me aviento del techo", None),
        ("me aviento del techo esta noche", "es_saltar"),
        # Run 19: not waking asked of God or the Virgin, and sleep forever, not a baby left
        # asleep; a threat told to the person, not lunch near their work; a watch kept on
        # someone's ways, not a ride home.
        ("me acuesto pidiéndole a la virgen no amanecer", "es_deseo_de_no_estar"),
        ("estaría bien quedarme dormida para siempre", "es_deseo_de_no_estar"),
        ("espero no despertar mañana", "es_deseo_de_no_estar"),
        ("espero no despertarme nunca", "es_atropello_deseado"),
        ("le pido a dios no despertar a mis roomies con la alarma", None),
        ("espero no despertar al bebé cuando llegue tarde del turno", None),
        ("i know where you live, watch your back", "threat_where_they_live"),
        ("enjoy your new life while it lasts", "threat_where_they_live"),
        ("enjoy the sunshine while it lasts", None),
        ("i know where you work, want to grab lunch while it lasts? the food truck leaves", None),
        (
            "cuídate cuando salgas del turno, que ya sé a qué hora sales y por dónde caminas",
            "es_amenaza_se_donde",
        ),
        ("cuidate mija, ya se a que hora sales, te paso a recoger", None),
        # Run 20: a car driven into the divider, a blade "not for cooking"; fresh lines on the
        # skin and a lighter held to it, not a notebook or a candle; a threat of injury; a
        # rope to hang from, a pier to leap from, not a dive; a knife "no es para la cocina",
        # pills bought where no one will ask, not insulin; a blow with a bar, not a bat at a
        # ball; a son to bury, a man who will not walk away; "disfruta mientras puedas, sé
        # dónde estacionas", not coffee; "si me muero por lo menos…", not laughter.
        (
            "took the car out tonight wanting to go 100 straight into the divider",
            "means_within_reach",
        ),
        ("bought a sharp knife today and it's not for cooking", "means_within_reach"),
        ("fresh lines on my ankles tonight", "cutting_again"),
        ("fresh lines on my notebook for the new semester", None),
        ("held the car lighter to my forearm in the parking lot", "cutting_again"),
        ("held the lighter to the candle wick for ages", None),
        (
            "next time he comes for the kids i'm not letting him leave in one piece",
            "threat_of_injury",
        ),
        ("one more time and she gets stabbed", "threat_of_injury"),
        ("me quiero colgar del barandal de la escalera", "es_medios"),
        ("me voy a ir al muelle en la noche a tirarme", "es_saltar"),
        ("fuimos al muelle a tirarme un clavado con mis primos", None),
        (
            "me compré un cuchillo nuevo, bien afilado, y no es para la cocina",
            "es_medios_a_la_mano",
        ),
        ("fui a tres farmacias a comprar pastillas para que no sospecharan", "es_medios_a_la_mano"),
        ("fui a tres farmacias para que no se me acabara la insulina", None),
        ("si mi supervisor me vuelve a gritar le voy a meter un fierrazo", "es_amenaza_mas"),
        ("le voy a pegar un batazo a la pelota", None),
        ("le dije a su mamá que va a enterrar a su hijo", "es_amenaza_mas"),
        ("este fin lo vamos a levantar y a ver si sale caminando", "es_amenaza_mas"),
        ("disfruta mientras puedas, porque sé dónde estacionas", "es_amenaza_se_donde"),
        ("disfruta mientras puedas, ya se donde trabajas, te invito un cafe", None),
        ("si me muero por lo menos mi esposo cobra el seguro", "es_carga_de_otro_modo"),
        ("si me muero de risa por lo menos que sea con ustedes", None),
        # Run 21: doses skipped to stockpile them, not coffee money; the blade gone back to, not
        # a razor to shave; cuts hidden where no one sees; "tomorrow he pays", not a debt; a
        # shovel, a machete, a "no la dejo entera" and "me la paga ese…", not the garden, the
        # yard, a cake or a brother's loan; a compass driven into the leg and a belt, not a
        # needle or a cable bumped into; the river to throw oneself in, not to swim or to lie
        # in the sun by the sea; syrup with tequila "a ver si ya no me levanto", not tea;
        # nothing of oneself left, not the dishes; a grave told "ya pronto voy con él", not
        # flowers taken.
        ("been skipping my trazodone so i can stockpile the whole bottle", "stockpiling"),
        ("skipping my latte so i can save it up for concert tickets", None),
        ("went back to the old habit with the blade tonight", "cutting_again"),
        ("went for the razor to shave before the wedding", None),
        ("i cut where nobody can see now, on my hips", "cutting_again"),
        ("nobody humiliates me in front of the whole office. tomorrow he pays", "threat_of_injury"),
        ("tomorrow he pays me back for the concert tickets", None),
        ("el mayordomo de la obra me vuelve a gritar y le entierro la pala", "es_amenaza_mas"),
        ("le entierro la pala a la tierra para sacar la raíz", None),
        ("el vecino pone música a las 2am, la próxima subo con el machete", "es_amenaza_mas"),
        ("la próxima voy con el machete a cortar el zacate", None),
        ("me le aparezco en su casa y no la dejo entera", "es_no_la_dejo_entera"),
        ("no lo dejo entero, me como todo el pastel", None),
        ("nadie me humilla enfrente de la oficina, mañana me la paga ese cabrón", "es_amenaza_mas"),
        ("me clavé el compás de mi hijo en la pierna", "es_marcas"),
        ("me clavé la aguja de tejer en la pierna sin querer", None),
        ("me azoté con el cinturón yo sola", "es_marcas"),
        ("me di con el cable de la lámpara al pasar", None),
        ("pienso en echarme al río cuando crece con la lluvia", "es_saltar"),
        ("pienso en echarme al río a nadar este verano", None),
        ("el domingo vamos al mar a tirarme al sol todo el día", None),
        (
            "me estoy tomando el jarabe con el tequila a ver si ya no me levanto",
            "es_deseo_de_no_estar",
        ),
        ("me tomé un té a ver si ya no me levanto tan cansada", None),
        ("borré todas las fotos y los chats, que no quede nada de mí", "es_actos_de_despedida"),
        ("recogí mis platos que no quede nada de mi comida en la mesa", None),
        ("fui a la tumba de mi abuelo y le dije que ya pronto voy con él", "es_actos_de_despedida"),
        ("fui al panteón a ver a mi abuela y pronto voy con ella a llevarle flores", None),
        # Run 22: swerving told of oneself, not of the driver ahead; a blade "es para él", not
        # for the camp; a family occasion one will no longer be there for, not a shift that
        # keeps one away; not being found any more, not a shop that closes early.
        ("thinking about swerving into the median on the 405 tonight", "means_near"),
        ("the guy ahead of me swerved into the median and i had to brake hard", None),
        ("la navaja es para él, que me las pague", "es_armado_para_alguien"),
        ("el cuchillo nuevo no es para la cocina, es para el campamento", None),
        ("ya no voy a estar para el cumpleaños de mi sobrina", "es_ya_no_estare"),
        ("ya no voy a estar para el cumpleaños de mi sobrina porque me toca turno doble", None),
        ("mañana ya no me van a encontrar", "es_ya_no_estare"),
        ("si llegan después de las 6 ya no me van a encontrar, cierro temprano", None),
    ],
)
def test_runs_17_and_19_to_22_rules_read_their_phrasings_and_leave_everyday_ones(text, rule):
    assert risk.screen_text(text).rule == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Run 22: phrasings of set 22 that no rule read, each beside everyday words it shares.
        ("started reading about how long it takes. i know what that means", "researching_how_long"),
        ("i read about how long it takes for sourdough to rise", None),
        ("no way out of this debt, any of it, except one", "no_way_out_but_one"),
        ("no way out of the parking garage except one ramp on level 2", None),
        ("i sit with the patients and envy them for getting to go", "envy_the_dead"),
        ("i envy them for getting to go to cancun this summer", None),
        ("a year since i last hurt myself and tonight i want to so bad", "urge_back_tonight"),
        ("if this fever gets worse i'm not calling anyone, let it take me", "let_it_take_me"),
        ("put on my playlist and let the music take me away", None),
        ("she'd finally be free without me alive", "free_without_me_alive"),
        ("sitting in the tub with the hair dryer plugged in next to me", "means_made_ready"),
        ("the lake by my uncle's cabin is deep enough, i checked", "means_made_ready"),
        ("the pool is deep enough, i checked before the kids jumped in", None),
        ("i hurt myself in the bathroom where nobody can hear", "harm_hidden_or_used"),
        ("used the boxcutter from the storeroom on my thighs", "harm_hidden_or_used"),
        ("used the boxcutter on the amazon boxes in the storeroom", None),
        ("cancelled my lease, no need to renew where i'm headed", "no_need_where_headed"),
        ("no need to pack a coat where i'm headed, it's cabo in july", None),
        ("if the landlord evicts me i'm making sure he bleeds first", "make_them_bleed"),
        ("make sure he bleeds the brakes before the road trip", None),
        ("his tires first, then him", "make_them_bleed"),
        ("i used the scissors on my bangs again", None),
        ("me quedo sola en la troca pensando en ya no estar", "es_pensar_en_no_estar"),
        ("pensando en ya no estar en ese trabajo para diciembre", None),
        ("ya quiero que se acabe todo, yo incluida", "es_pensar_en_no_estar"),
        ("le tengo envidia a mi abuelita porque ella ya descansa", "es_ya_descansar"),
        ("le tengo envidia a mi abuelita que ya descansa de trabajar, se jubiló", None),
        ("siento que ya cumplí mi tiempo en este mundo", "es_ya_descansar"),
        ("se me rompió la racha, 100 días y ya", "es_recaida"),
        ("se me rompió la racha de duolingo, 100 días", None),
        ("se me abrieron las cicatrices viejas y hay nuevas", "es_recaida"),
        ("un año sin lastimarme y hoy siento que se me va a ir la mano", "es_recaida"),
        ("ojalá la diabetes me gane rápido", "es_que_me_gane"),
        ("ojalá la gripa me gane el viernes para no ir a la fiesta", None),
        ("pido que la bala perdida me toque a mí", "es_que_me_gane"),
        ("cuando llego todos se ponen tensos, sin mí respirarían", "es_sin_mi_respirarian"),
        ("sin mí respirarían más tranquilos en la oficina, me voy de vacaciones", None),
        ("mejor me voy de una vez para que ella descanse", "es_sin_mi_respirarian"),
        (
            "las pastillas de la presión están en la cocina y ya calculé cuántas serían",
            "es_medios_calculados",
        ),
        ("calculé cuántas pastillas serían para la semana con la receta nueva", None),
        ("en la cocina veo los cuchillos con otros ojos", "es_medios_calculados"),
        ("fui al puente dos veces y no precisamente por la vista", "es_medios_calculados"),
        ("fuimos al mirador y no precisamente por la vista, sino por los tacos", None),
        ("ya separé lo que necesito, nadie va a notar que falta", "es_medios_calculados"),
        ("ya separé lo que necesito para el viaje, nadie va a notar que falta nada", None),
        ("leí qué pasa si mezclo el cloro en el baño cerrado", "es_medios_calculados"),
        ("pongo la mano en el comal caliente para que se me quite lo otro", "es_mano_al_fuego"),
        ("un día de estos le echo cloro a su café", "es_dano_a_otro"),
        ("le echo cloro a su ropa blanca para que quede limpia", None),
        ("si sigue molestando a mi hermana lo pico", "es_dano_a_otro"),
        ("si el tomate está maduro lo pico para la salsa", None),
        ("el bebé no deja de llorar y me da miedo sacudirlo", "es_dano_a_otro"),
        ("el bebé tiene hipo y me da miedo sacudirlo cuando lo cargo", None),
    ],
)
def test_run_22_rules_read_set_22s_phrasings_and_leave_everyday_ones(text, rule):
    # The rules' own reading: the word model, trained again with each run, may still flag an
    # everyday sentence here, and that counts in the measured false alarms.
    result = risk.screen_text(text)
    assert (result.rule if result.rule != "model" else None) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # A "no" or a "not" in a clause of its own before the threat, with a comma or typed
        # without one, does not take the threat back.
        ("no la aguanto, la voy a matar", "es_amenaza"),
        ("no lo soporto, lo voy a matar", "es_amenaza"),
        ("no la aguanto la voy a matar", "es_amenaza"),
        ("i did not sleep i will kill him", "threat_to_harm"),
        # A threat itself taken back still is.
        ("no lo voy a matar, pero ganas no me faltan", None),
        ("no la mato porque la quiero", None),
        ("i would never hurt him", None),
        # Blocking someone is leaving them alone.
        ("estoy furiosa pero no le voy a hacer daño, lo voy a bloquear", None),
    ],
)
def test_a_no_takes_back_only_the_threat_it_negates(text, rule):
    # The word model may still read these sentences; the threat rule's own reading is tested.
    result = risk.screen_text(text)
    fired = result.rule if result.rule != "model" and result.concern == "others" else None
    assert fired == rule


RUN_23 = [
    # Run 23, for the everyday phrases of sets 23 and 24 that rules flagged, each beside a
    # warning sign that shares its words: a feeling that passed, a past set apart from now,
    # a breakup of the past, no thought of it since spring, a stranger in the news, a
    # client's son, a year since a hospital program, a business that is doing well, marks
    # found on a niece, a prevention story, a letter by post, a last day at work, bread
    # that burned, a woman at work telling of her son.
    ("when my marriage ended i didn't want to wake up, that passed, it really did", None),
    ("when my marriage ended i didn't want to wake up, and that never passed", "not_wake_up"),
    (
        "after my first breakup i didn't want to wake up for months. this one is sad, but "
        "nothing like that.",
        None,
    ),
    (
        "after my first breakup i didn't want to wake up for months, and this one is worse",
        "not_wake_up",
    ),
    ("last time i got dumped i wanted to die. this time it hurts but i know ill be ok", None),
    ("last time i got dumped i wanted to die. this time i want to die for real", "want_to_die"),
    ("i haven't had a single thought about dying since spring, my therapist noticed", None),
    ("i have had a thought about dying every day since spring", "thinking_of_not_being"),
    ("news said a man jumped from a freeway overpass in glendale, i said a prayer", None),
    ("i'm going to jump from a freeway overpass tonight", "jumping"),
    ("a client at work said her son had been suicidal, i gave her the clinic's number", None),
    ("a client at work said i looked tired, i have been suicidal all week", "suicide"),
    (
        "ya pasó un año desde que estuve en el programa del hospital por ideas de matarme. "
        "hoy me dieron de alta.",
        None,
    ),
    ("ya pasó un año desde que me dejó y hoy quiero matarme", "es_matarme"),
    (
        "cuando perdí el trabajo no veía salida y pensé en acabar con todo. ahora tengo mi "
        "puesto de pupusas y voy bien.",
        None,
    ),
    ("ahora voy bien con la renta pero pienso en acabar con todo", "es_sin_razon"),
    ("a mi sobrina le encontraron cortadas en los brazos, ya está en terapia", None),
    ("a mi mamá le dije que tengo cortadas nuevas en los brazos", "es_marcas"),
    ("leí sobre las barreras del puente de pasadena para prevenir suicidios", None),
    ("le escribí una carta a mi abuela, todavía le gusta recibirlas por correo", None),
    (
        "le escribí una carta a mi abuela para que sepa que la quise mucho",
        "es_actos_de_despedida",
    ),
    ("me despedí de todos en mi último día en la panadería, hubo pastel", None),
    ("me despedí de todos, hoy es mi último día en la tierra", "es_despedida"),
    ("se me quemó el pan de ajo, sonó la alarma", None),
    ("me quemo con el encendedor cuando nadie me ve", "es_cortarme"),
    ("una señora del trabajo me dijo que su hijo había tenido pensamientos suicidas", None),
    (
        "una señora del trabajo me dijo que me veía mal; quiero suicidarme",
        "es_quitarme_la_vida",
    ),
    # Run 23: phrasings of sets 23 and 24 that no rule read, each beside everyday words.
    ("necesito cita, me estoy haciendo daño otra vez", "es_cortarme"),
    ("mi cabeza nomás me repite: mátate, mátate", "es_voz_que_dice_matate"),
    ("mi abuela me dice que no me mate trabajando", None),
    ("hubiera preferido no nacer, la neta", "es_no_haber_nacido"),
    ("hubiera preferido no ir a la fiesta", None),
    ("me acuesto rogando no ver la luz de mañana", "es_no_haber_nacido"),
    ("rogando no ver a mi ex en la fiesta", None),
    ("ya escogí con qué ropa me van a enterrar", "es_ropa_para_enterrarme"),
    ("ya escogí qué ropa me voy a poner para la boda", None),
    ("ya llevo como diez cortadas esta semana", "es_cortadas_contadas"),
    ("llevo tres cortes de pelo este año", None),
    ("ya sé en qué calle vives, y de esta no sales entera", "es_amenaza_de_esta_no_sales"),
    ("le voy a dar un escarmiento que va a salir en camilla", "es_amenaza_de_esta_no_sales"),
    ("el portero salió en camilla del partido", None),
    ("cuídense la espalda, voy por los dos", "es_amenaza_de_esta_no_sales"),
    ("my funeral outfit is picked and ironed, on the chair", "preparation_own_funeral"),
    ("posted a goodbye and then turned my phone off for good", "gone_for_good"),
    ("turning my phone off for good this weekend, digital detox", None),
    ("booking one last session to say thank you before i end things", "gone_for_good"),
    ("i need to talk to her before i end things with him", None),
    ("if things aren't better by my birthday in april, im done for good", "done_for_good"),
    ("im done for good with him", None),
    (
        "he's going to end up in the hospital and i'll be the reason why",
        "the_reason_they_are_hurt",
    ),
    ("it's pointless, i'm just running out the clock now", "running_out_the_clock"),
    ("we're just running out the clock in the fourth quarter", None),
    ("i'm at the end of whatever was keeping me going", "running_out_the_clock"),
    ("the urge to write the last page of my own story is louder", "last_page_of_my_story"),
    ("writing the last chapter of my thesis this week", None),
    ("the pull to just be done, like done done, on my own terms", "running_out_the_clock"),
    ("i want to be done with this job on my own terms", None),
    (
        "my daydream is going to bed and never coming back from it",
        "never_coming_back_from_sleep",
    ),
    ("going to bed early, never coming back to that bar", None),
    ("i envy her, she gets to not feel anything ever again", "never_coming_back_from_sleep"),
    ("i envy her, she gets to not feel anything at the dentist", None),
    ("a beam in the garage, i see it differently now", "means_seen_differently"),
    ("the bridge painting from art class, i see it differently now", None),
    ("i need help to stop cutting before it gets worse", "stop_cutting_help"),
    ("i need to stop cutting corners at work", None),
    # A count of clean days broken undoes the count.
    ("broke my 200 days clean tonight, cut deep", "self_harm_told_plainly"),
    ("my son would be better off growing up without me", "better_off_without_me"),
    ("my son would be better off growing up without screens", None),
    ("mi terapeuta dice que esto se pasa, pero yo ya me puse fecha.", "es_fecha_puesta"),
    ("ya me puse fecha para terminar la tesis", None),
    ("ya no le veo sentido a llegar al verano", "es_fecha_puesta"),
    ("no le veo sentido a llegar temprano", None),
    ("no hay ningún escenario donde yo siga de pie al final", "es_fecha_puesta"),
    ("ya me rendí de todo, esto ya tiene fecha de terminar", "es_fecha_puesta"),
    ("la remodelación ya tiene fecha de terminar", None),
    ("para el día de muertos ya voy a estar en el altar", "es_fecha_puesta"),
    ("para el día de muertos voy a poner la foto de mi abuelo en el altar", None),
    ("me voy a atravesar la freeway caminando, a propósito", "es_freeway_a_proposito"),
    ("atravesar la freeway caminando es peligroso", None),
    ("abracé a mis primos como despedida, nadie se dio cuenta", "es_despedida_callada"),
    ("me despedí en la fiesta y nadie se dio cuenta", None),
    (
        "es la última vez que me va a ver, y ni sabe que me estaba despidiendo",
        "es_despedida_callada",
    ),
    ("última vez que cargo a mi sobrinita, lo sé", "es_despedida_callada"),
    ("es la última vez que cargo a mi sobrina, ya pesa mucho", None),
    (
        "revisé que el seguro de vida le pague a mi mamá aunque no sea accidente",
        "es_despedida_callada",
    ),
    ("el seguro de vida le paga a mi mamá si es accidente", None),
    ("las cartas cerradas, la renta pagada, todo listo", "es_despedida_callada"),
    ("esta semana estoy regalando todo", "es_despedida_callada"),
    ("estoy regalando todo lo del bebé, ya creció", None),
    ("tengo los muslos llenos de cortadas nuevas", "es_llena_de_cortadas"),
    ("mi hijo tiene las piernas llenas de raspones", None),
]


RUN_24 = [
    # Run 24, for the everyday phrases of set 25 that rules flagged, each beside a warning
    # sign that shares its words: a crisis over a decade ago, a friend's thoughts of ending
    # it, a client who relapsed, years clean of self-harm, years counted since, a client's
    # relapse told in Spanish, a farewell lunch at work, a new rope for the dog.
    (
        "when my first marriage ended i wanted to die. that was over a decade ago, and i'm "
        "remarried now",
        None,
    ),
    ("a decade ago i wanted to die. i want to die tonight too", "want_to_die"),
    ("lucia confided she's been having thoughts of ending it", None),
    ("i have been having thoughts of ending it", "ending_me_not_us"),
    ("one of my clients at the clinic relapsed into cutting this week", None),
    ("one of my clients said i look tired; i relapsed into cutting this week", "cutting_again"),
    ("tres años limpia de autolesiones. ¡pastel!", None),
    ("tres años limpia de autolesiones. anoche me corté otra vez", "es_cortarme"),
    (
        "pensaba en quitarme la vida, pero ya van seis años de eso y hoy tengo mi negocio",
        None,
    ),
    # "Sigo" speaks of now, so a past told beside it does not excuse it.
    ("ya van seis años de eso y sigo pensando en quitarme la vida", "es_quitarme_la_vida"),
    ("soy trabajadora social y una de mis clientas recayó en la autolesión", None),
    (
        "una de mis clientas me dijo que me veía cansada; recaí en la autolesión esta semana",
        "es_cortarme",
    ),
    ("me despedí de todos en la comida de despedida del trabajo", None),
    ("me despedí de todos, esta es mi última noche", "es_despedida"),
    ("le compré una cuerda nueva al perro porque ya destrozó la otra", None),
    ("compré una cuerda nueva, ya sé de dónde colgarla", "es_medios_a_la_mano"),
    # A rule that matches twice in a sentence is read at each match: the past excuses the
    # first clause, not the one that speaks of now.
    ("tres años limpia de autolesiones y anoche me corté otra vez", "es_cortarme"),
    ("last time i got dumped i wanted to die, this time i want to die for real", "want_to_die"),
    # Run 24: phrasings of set 25 that no rule read, each beside everyday words.
    ("mañana salto de la azotea", "es_salto_manana"),
    ("mañana salto de la azotea al techo del vecino para arreglar la antena", None),
    ("otra quemada con el encendedor, ya van tres", "es_otra_quemada"),
    ("otra quemada con la plancha, qué torpe soy", None),
    ("estoy lista para rendirme para siempre", "es_listo_para_no_estar"),
    ("deudas pagadas, cartas escritas. listo para no estar.", "es_listo_para_no_estar"),
    ("listo para no estar en la fiesta, tengo turno", None),
    ("quisiera que se me apagara la vida como el cel sin pila", "es_que_se_me_apague_la_vida"),
    ("muerta yo, ellos por fin respiran", "es_muerta_yo"),
    ("sin mí, todos descansan. ya casi.", "es_muerta_yo"),
    ("sin mí todos descansan un rato, me voy de viaje", None),
    (
        "le encargué a mi comadre que los cuide como suyos para siempre",
        "es_como_suyos_para_siempre",
    ),
    ("le encargué a mi comadre que los cuide como suyos este fin de semana", None),
    ("boys are better off once i'm buried", "better_off_dead"),
    ("the pills in my drawer, they're for me", "means_for_me"),
    ("the vitamins on the counter, they're for me", None),
    (
        "if a car clipped me crossing sunset tomorrow, i'd mostly feel relief",
        "hit_by_a_car_a_relief",
    ),
    (
        "everything i had is gone and i'm letting go of the rest, including me",
        "letting_go_including_me",
    ),
    ("letting go of old clothes, old habits, everything but the dog", None),
    (
        "i'm going to give him that freedom, and not through a divorce",
        "freedom_not_by_divorce",
    ),
    ("my sister's last dinner with me alive", "last_time_with_me_alive"),
    ("the scars were fading and now there are new ones. did them tuesday.", "new_ones_again"),
    ("the surgery scars were fading and now there are new ones from the second surgery", None),
    ("bought a knife for her new guy", "bought_for_him"),
    ("bought a knife set for her new boyfriend as a housewarming gift", None),
    (
        "my manager is going to get what's coming to him, im bringing something friday",
        "bought_for_him",
    ),
    ("goodbye text sent to daniel. he'll understand later.", "farewell_acts"),
    (
        "if anyone finds this the passcode is my birthday and the notes app has everything "
        "for the funeral",
        "if_anyone_finds_this",
    ),
    ("if anyone finds this wallet please call the number inside", None),
    # A known miss named in the safety doc since run 22.
    ("haven't thought about anything but dying in weeks", "nothing_else_on_my_mind"),
    ("haven't thought about anything but the wedding in weeks", None),
]


RUN_25 = [
    # Run 25, for the everyday phrases of set 26 that rules flagged, each beside a warning
    # sign that shares its words: a wish once and not anymore, the last self-harm dated
    # and a present that is well, a daughter who has been cutting, someone's suicide
    # remembered, a friend thinking about suicide, years ago counted with two words,
    # years sober.
    ("wanted to die every day, once. not anymore.", None),
    ("a decade ago i wanted to die. i want to die tonight too", "want_to_die"),
    ("last self-harm: college. i'm 34, doing well.", None),
    ("suicidal in 2019. therapy worked. i'm good now.", None),
    ("i'm suicidal tonight", "suicide"),
    ("my daughter's been cutting. how do i help?", None),
    ("i've been cutting again, my daughter noticed", "cutting_again"),
    ("classmate's suicide anniversary is next week", None),
    ("my brother's suicide anniversary is today and i want to join him", "suicide"),
    ("gabi confided she's been thinking about suicide", None),
    ("i have been thinking about suicide", "suicide"),
    ("la última vez que me lastimé fue hace como quince años. ya tengo 34 y estoy bien.", None),
    (
        "hace como quince años me lastimé por primera vez y anoche me lastimé otra vez",
        "es_cortarme",
    ),
    ("llevo cuatro años sobria y a salvo desde la noche de la sobredosis", None),
    ("llevo cuatro años sobria pero hoy quiero una sobredosis", "es_pastillas"),
    ("ya viene el aniversario del suicidio de memo", None),
    (
        "en el aniversario del suicidio de memo quiero suicidarme yo también",
        "es_quitarme_la_vida",
    ),
    # Run 25: phrasings of set 26 that no rule read, each beside everyday words.
    ("tonight i'm finally going through with it", "going_through_with_it"),
    ("tonight i'm finally going through with the haircut", None),
    ("thinking about ending myself while folding laundry", "going_through_with_it"),
    (
        "i keep telling my therapist i stopped, but i cut yesterday and the day before",
        "cut_yesterday",
    ),
    ("i cut yesterday's meeting short", None),
    ("i want my ex dead. doing it myself.", "want_them_dead"),
    ("i want my ex dead lol", None),
    ("el puente está bien alto, ya lo fui a ver. alcanza pa morirme.", "es_alcanza_para_morir"),
    ("alcanza para todos, hay pozole", None),
    ("voy a acostarme en las vías del tren", "es_alcanza_para_morir"),
    ("voy a acostarme en el sillón", None),
    ("dios, que ya no vea otro día", "es_que_ya_no_vea_otro_dia"),
    ("mejor muerto que seguir esperando las palomitas azules", "es_que_ya_no_vea_otro_dia"),
    ("me rindo. lista para apagar todo.", "es_lista_para_apagar_todo"),
    ("lista para apagar todo e irme a dormir temprano", None),
    ("testamento firmado. después del domingo ya no importa.", "es_lista_para_apagar_todo"),
    ("despedidas programadas pa las 6am", "es_despedidas_programadas"),
    ("si llevas a esa vieja a la carne asada te rompo la cara", "es_te_rompo_la_cara"),
    ("mañana llevo algo en la bolsa pa callarla para siempre", "es_te_rompo_la_cara"),
    ("le voy a callar la boca con mis resultados", None),
]


RUN_26 = [
    # Run 26, for the everyday phrases of set 27 that rules flagged, each beside a warning
    # sign that shares its words: a title in single quotes, a chip for a year clean, an age
    # the state belonged to, a steadier place now, an attempt dated, what a nurse sees, a
    # client's disclosure, a loan taken on, a burnt tongue, an overdose grieved.
    ("Can't stop listening to 'Suicide Blonde' by INXS on the drive to work.", None),
    (
        "listening to 'Hurt' by Johnny Cash on repeat and planning how to kill myself tonight",
        "kill_myself",
    ),
    ("Got my one year self harm chip!", None),
    ("got my one year chip and tonight i want to die", "want_to_die"),
    ("Suicidal at nineteen, thriving at thirty-four.", None),
    ("suicidal at 2am again, can't sleep", "suicide"),
    ("i was suicidal at nineteen and i'm suicidal again now", "suicide"),
    (
        "After my first divorce I was suicidal for a while, but I got help and I'm in a much "
        "steadier place.",
        None,
    ),
    ("my suicide attempt was in 2015 and i am planning another one", "suicide"),
    ("my suicide attempt was in 2015 and i am planning another trip to japan", None),
    ("My suicide attempt was in 2015, and this weekend I'm walking my daughter to school.", None),
    ("As a nurse I see overdoses weekly.", None),
    ("i keep thinking about an overdose", "lethal_dose"),
    ("My client disclosed self-harm; consulting my supervisor.", None),
    (
        "my client disclosed self-harm and honestly i cut myself last night too",
        "cutting_or_burning_myself",
    ),
    # The coworker reported the writer; the wish to hurt is the writer's.
    (
        "I have thoughts about hurting my coworker who reported me, and they're getting more "
        "detailed.",
        "threat_to_harm",
    ),
    ("Mi compa y yo nos echamos la soga al cuello con ese préstamo del carro.", None),
    ("ya tengo la soga para el cuello", "es_medios"),
    ("Me quemé la lengua con el champurrado, adiós mundo cruel.", None),
    ("ya no aguanto, adiós mundo cruel", "es_despedida"),
    ("Me cortaron el internet justo en el final de la novela, me quiero morir.", None),
    ("me quiero morir desde que te fuiste", "es_quiero_morir"),
    ("Mi prima perdió a su novio por sobredosis.", None),
    ("estoy pensando en una sobredosis", "es_pastillas"),
    # A quotation, a title or a subject excuses the clause it is in, and another clause only
    # when that one does not speak of now: "documentary" does not excuse "I want to kill
    # myself" beside it, nor a telenovela "me quiero morir, ya no aguanto vivir".
    ("watched a documentary about suicide tonight and i want to kill myself", "kill_myself"),
    ("watched a documentary about veterans and suicide rates with my dad", None),
    ('ive been saying "im tired" but i\'m thinking about taking my life', "end_my_life"),
    ("vi la novela y me quiero morir, ya no aguanto vivir", "es_quiero_morir"),
    # Run 26: phrasings of set 27 that no rule read, each beside everyday words.
    ("tonight i end me. not us. me.", "end_me"),
    ("this commute is going to end me", None),
    ("time to take myself off their hands for good", "end_me"),
    ("take myself off the group chat for a week", None),
    ("god, just take me already", "take_me_god"),
    ("god, take me to cancun already", None),
    ("so disappointed to still be breathing this morning", "still_breathing_a_letdown"),
    ("disappointed the cafe is still closed", None),
    ("i go to bed praying i won't open my eyes again", "still_breathing_a_letdown"),
    ("praying i don't wake up the baby", None),
    ("honestly being dead > this", "being_gone_sounds_good"),
    ("being home by nine sounds so peaceful", None),
    ("my funeral would save everyone money", "death_spares_them"),
    ("my sister's wedding would save on flowers if it were in spring", None),
    ("burden. dead would fix that.", "death_spares_them"),
    ("the kindest thing i could do is stop being here", "death_spares_them"),
    ("the kindest thing i could do is call her back", None),
    ("no exits left except the final one", "the_permanent_exit"),
    ("the freeway exits near the final stretch are closed", None),
    ("i'm ready to quit life, not my job", "the_permanent_exit"),
    ("ready to quit my job, not life", None),
    ("been checking if the garage roof is high enough to jump from", "heights_weighed_by_me"),
    ("is the fence high enough to jump over, asking for my dog", None),
    ("thinking about swerving into the divider on the way home", "heights_weighed_by_me"),
    ("the driver ahead swerved into the divider and we all stopped", None),
    ("thinking of jumping off the pier tonight", "heights_weighed_by_me"),
    ("we jumped off the pier into the water at the beach today, so cold", None),
    ("this is goodbye for good, love you guys", "goodbye_for_good"),
    ("this is goodbye for good, new job in denver starts monday", None),
    ("clean slate before i go for good", "goodbye_for_good"),
    ("gave away my plants. last one goes tomorrow, then it's my turn.", "goodbye_for_good"),
    ("first she sings, then it's my turn", None),
    ("new cuts. deeper than last time.", "hurting_myself_again"),
    ("new cuts of the film came in today", None),
    ("hit myself in the face again tonight", "hurting_myself_again"),
    ("cut my thighs as soon as i got home", "hurting_myself_again"),
    ("cut my thighs shaving before the beach, ouch", None),
    ("Tyler's getting stabbed if he shows up.", "harm_planned_for_them"),
    ("Tyler's getting braces if he shows up to the dentist", None),
    ("he's dead when i find him. literally.", "harm_planned_for_them"),
    ("im waiting outside his gym with my dads pistol rn", "harm_planned_for_them"),
    ("waiting outside his gym with my dad's car, we're late lol", None),
    ("mi vida termina esta semana, ya decidido", "es_mi_vida_termina"),
    ("mi contrato termina esta semana", None),
    ("esta vez sí me voy de este mundo", "es_mi_vida_termina"),
    ("ojalá esta siesta fuera pa siempre, sin despertar", "es_ojala_no_despertar"),
    ("ojalá esta siesta durara tres horas", None),
    ("mejor muerta que sintiendo esto", "es_ojala_no_despertar"),
    ("me acuesto rogando que sea mi última noche", "es_ojala_no_despertar"),
    ("me acuesto rogando que mañana no llueva", None),
    ("les ahorro lana y lágrimas si me muero", "es_muerta_les_ahorro"),
    ("les ahorro lana si cocino yo", None),
    ("mi familia descansaría con mi entierro", "es_muerta_les_ahorro"),
    ("soy puro peso; mejor ya no seguir aquí", "es_muerta_les_ahorro"),
    ("mejor ya no seguir aquí en esta chamba", None),
    ("la única puerta que veo es la muerte", "es_rendirme_de_vivir"),
    ("tiré la toalla con la vida", "es_rendirme_de_vivir"),
    ("tiré la toalla con la dieta", None),
    ("ya me voy a rendir de vivir", "es_rendirme_de_vivir"),
    ("ya no pienso seguir en esto que llaman vida", "es_rendirme_de_vivir"),
    ("me voy a ahogar en la alberca", "es_medio_para_mi"),
    ("me voy a ahogar en tarea este fin", None),
    ("con la navaja de mi hermano me mato", "es_medio_para_mi"),
    # Read first, since the pronoun may stand before "voy a", by the rule for a fall.
    ("me voy a tirar del puente de la calle cuarta esta noche", "es_saltar"),
    ("me voy a tirar en el sillón toda la tarde", None),
    ("ya sé que lo voy a usar en mí esta semana", "es_medio_para_mi"),
    ("el cupón lo voy a usar en mi cumpleaños", None),
    ("adiós, los quise mucho, ya me voy pa siempre", "es_adios_para_siempre"),
    ("ya me voy para siempre a guadalajara, los voy a extrañar", None),
    ("funeral pagado. ya nomás falta lo demás.", "es_adios_para_siempre"),
    (
        "la puerta sin seguro pa que no tengan que romperla cuando me encuentren",
        "es_adios_para_siempre",
    ),
    ("racha rota. cortes nuevos.", "es_cortes_nuevos"),
    ("cortes nuevos de pelo para el verano", None),
    ("me di de cachetadas hasta que se me reventó el labio", "es_cortes_nuevos"),
    ("me rayé el antebrazo otra vez hasta sacarme sangre", "es_cortes_nuevos"),
    ("me rayé el brazo con plumón en la clase", None),
    ("mi ex se muere hoy, yo me encargo", "es_amenaza_hoy"),
    ("la nueva de mi ex no amanece mañana", "es_amenaza_hoy"),
    ("si la veo con ese wey, la atropello", "es_amenaza_hoy"),
    ("casi la atropello, venía en bici sin luces", None),
    ("le voy a romper las piernas a ese wey en cuanto salga", "es_amenaza_hoy"),
    ("le voy a romper las piernas en el baile jaja", None),
]


RUN_27 = [
    # Run 27, for the everyday phrases of set 28 that rules flagged, each beside a warning sign
    # that shares its words: a dating app turned down, a date's spilled drink, thoughts that
    # have not come back, a shift's overdoses counted, a will made for a condo, a colleague's
    # confession, a story that hit hard, an attempt at an age in words.
    ("reinstalling bumble after all that? i'd honestly rather be dead, no thanks", None),
    ("i'd honestly rather be dead tonight", "rather_be_dead"),
    ("i spilled horchata all over him. i wanted to die on the spot.", None),
    ("i wanted to die on the freeway last night", "want_to_die"),
    ("the suicidal thoughts stopped around april, they haven't come back", None),
    ("the suicidal thoughts stopped around april but they have come back", "suicide"),
    ("I'm an ER nurse and we had two overdoses tonight", None),
    ("i keep thinking about an overdose tonight", "lethal_dose"),
    ("finally wrote my will bc we closed on the condo, adulting", None),
    ("finally wrote my will. nobody needs to know why", "farewell_acts"),
    ("prefiero estar muerta que volver a tinder", None),
    ("prefiero estar muerto que solo", "es_quiero_morir"),
    ("cada vez que sale su playlist me dan ganas de morirme tantito", None),
    ("me dan ganas de morirme", "es_lo_planeo"),
    ("la muerte de úrsula me pegó más de lo que pensaba", None),
    ("me pegué en la cara hasta sangrar", "es_cortarme"),
    ("tuve un intento de suicidio a los veintitantos, llevo años estable", None),
    ("quiero intentar el suicidio otra vez", "es_suicidio"),
    ("mi compa del trabajo me confesó que ha pensado en suicidarse", None),
    ("hoy tuvimos dos sobredosis en el turno", None),
    ("hice mi testamento porque compramos la casa, ya de adulta", None),
    ("hice mi testamento, ya no voy a estar para la navidad", "es_despedida"),
    # Run 27: phrasings of set 28 that no rule read, each beside everyday words.
    ("tonight i end this, for real", "stop_existing_decided"),
    ("tonight i end this with him, for real, no more texting", None),
    ("the night i stop existing, i've decided", "stop_existing_decided"),
    ("please let tomorrow not include me", "let_me_not_wake"),
    ("god just don't let me wake up", "let_me_not_wake"),
    ("don't let me wake up before noon on sunday lol", None),
    ("the group chat would heal without me", "freer_without_me"),
    ("the group chat would heal after the game, promise", None),
    ("dying seems like the kind thing to do", "freer_without_me"),
    ("death is the only thing left to try", "death_the_only_thing_left"),
    ("nothing's keeping me here now", "death_the_only_thing_left"),
    ("might as well die of boredom in this meeting", None),
    ("lined my pills up on the counter", "means_lined_up"),
    ("found the key to dad's gun safe", "means_lined_up"),
    ("the top level of the garage keeps calling me, i want to jump", "means_lined_up"),
    ("i want to jump into the pool first", None),
    ("three goodbye letters sealed, stamps on", "goodbye_for_good"),
    ("last text before i die. take care", "last_message_before"),
    ("this is my last check-in here", "last_message_before"),
    ("cut after his voicemail, again", "urges_and_marks"),
    ("hurt myself again after he called", "urges_and_marks"),
    ("hurt myself again at the gym, my knee", None),
    ("every part of me wants to cut", "urges_and_marks"),
    ("every part of me wants to cut my hair short", None),
    ("slashing his tires tonight, and then him", "they_will_regret_it"),
    ("i'm so angry i could end him", "they_will_regret_it"),
    ("ya no aguanto, creo que esta noche le pongo fin a mi vida", "es_ponerle_fin"),
    ("esta noche le pongo fin a mi relación con el azúcar", None),
    ("ya me quiero bajar de esta vida", "es_ponerle_fin"),
    ("ojalá la muerte me agarre dormida", "es_que_la_muerte_me_agarre"),
    ("cansada de amanecer, de verdad", "es_que_la_muerte_me_agarre"),
    ("diosito ya no me dejes despertar mañana", "es_que_la_muerte_me_agarre"),
    ("ni falta les voy a hacer", "es_ni_falta_les_hago"),
    ("si me mato les ahorro problemas a todos", "es_ni_falta_les_hago"),
    ("la única salida que veo es morirme", "es_solo_me_falta_morirme"),
    ("la única salida que veo es la de emergencia", None),
    ("ya se me acabaron los motivos", "es_solo_me_falta_morirme"),
    ("encontré la pistola de mi tío", "es_medios_de_cada_noche"),
    ("podría meterme al carril contrario y ya", "es_medios_de_cada_noche"),
    ("hay una viga en el garage y me le quedo viendo todas las noches", "es_medios_de_cada_noche"),
    ("último mensaje antes de morirme", "es_ultimo_mensaje"),
    ("ya le firmé el título del carro a mi mejor amiga para cuando me vaya", "es_ultimo_mensaje"),
    ("te dejo las llaves para cuando me vaya de vacaciones", None),
    ("manga larga otra vez en el jale", "es_marcas_y_recaidas"),
    ("las marcas ya casi sanaban y las volví a abrir", "es_marcas_y_recaidas"),
    ("llevo el bat, voy pa su casa", "es_me_la_va_a_pagar"),
    ("llevo el bat, voy pa su casa a jugar beis jaja", None),
    (
        "tengo tanto coraje, si me escribe otra vez voy pa allá y no sale de esa",
        "es_me_la_va_a_pagar",
    ),
    # A review of runs 26 and 27: everyday sentences the new rules had read as warning signs.
    ("how to stop waking up at 3am every night", None),
    ("how to stop waking up at all", "stop_existing_decided"),
    ("today i end this diet", None),
    ("the team will move on without me this weekend since i'm sick", None),
    ("he'd move on faster if i wasn't around at all", "freer_without_me"),
    ("nothing's keeping me here after the lease ends, moving to denver", None),
    ("my life should end up better than this", None),
    ("traffic on the bridge was slowing down", None),
    ("i drive past the bridge on the way home and keep slowing down", "means_lined_up"),
    ("i want to jump to conclusions less", None),
    ("easiest way to stop feeling bloated?", None),
    ("easiest way to stop feeling this", "means_lined_up"),
    ("the rope's in the trunk for the tent", None),
    ("my boss wants to cut hours again", None),
    ("urges to cut ties with him are strong", None),
    ("the puppy keeps biting my arm", None),
    ("i keep biting my arm when the anxiety spikes", "urges_and_marks"),
    ("tripped on the stairs and hurt myself again", None),
    ("this bed will be the end of me", None),
    ("which building is the tallest in la? trivia night", None),
    ("i picture myself falling in love again someday", None),
    ("new cuts at the barber shop look great", None),
    ("tengo ganas de no seguir con la dieta", None),
    ("después del trabajo me voy.", None),
    ("ya lo decidí, después del cumpleaños de mi mamá me voy", "es_ponerle_fin"),
    ("cansada de amanecer temprano para el jale", None),
    ("no me dejes despertar tarde mañana", None),
    ("si yo ya no estuviera trabajando ahí", None),
    ("si yo ya no estuviera en medio, él rehacía su vida", "es_ni_falta_les_hago"),
    ("compré veneno para mi jardín", None),
    ("para cuando me decida a comprar casa", None),
    ("última vez que escribo aquí, me cambio de app", None),
    ("manga larga otra vez, qué frío hace", None),
    ("mi perro me está mordiendo el brazo", None),
    ("las ventanas, las volví a abrir", None),
    ("si no estudia no sale de esa", None),
    ("me rindo para siempre con las dietas", None),
    ("funeral pagado de mi abuelita, ya descansa", None),
]


RUN_28 = [
    # Run 28, for the everyday phrases of sets 29 and 30 that rules flagged, each beside a
    # warning sign that shares its words: harm or a winter told as behind, days counted "yrs"
    # or "free: 1000 days", a shift's overdoses, a stranger's suicide read about, a student's
    # journal, someone else's threat heard, panic that feels like dying, a chore's hyperbole,
    # tickets wanted badly, a suegra's look, a helpline's calls, overdoses counted in a county.
    ("cutting is behind me, 2 yrs clean", None),
    ("i started cutting again and i hate it", "cutting_again"),
    ("self harm free: 400 days and counting", None),
    ("self harm again tonight", "self_harm_words"),
    ("that time i wrote goodbye letters is behind me now", None),
    ("i wrote goodbye letters tonight", "farewell_acts"),
    ("night shift: three overdoses, i need a nap", None),
    ("i am thinking about an overdose tonight", "lethal_dose"),
    (
        "my neighbor and her husband were fighting and she said she would stab him, so i "
        "called the police",
        None,
    ),
    ("i swear i would stab him if he comes back", "threat_to_harm"),
    (
        "my chest is tight and i feel like i am going to die but i know it is a panic attack "
        "and it will pass",
        None,
    ),
    ("i feel like i am going to die by my own hand tonight", "planning_to_end_it"),
    (
        "if i get one more email about the parking garage i am going to throw myself off the roof",
        None,
    ),
    ("i am going to throw myself off the roof tonight", "jumping"),
    ("i would kill someone for front row tickets right now", None),
    ("i would kill someone tonight", "threat_to_harm"),
    ("that suicidal spring is behind me", None),
    ("suicidal again this spring", "suicide"),
    ("last year on my birthday i wanted to kill myself, this year i am throwing a party", None),
    ("last year i wanted to kill myself and this year too", "kill_myself"),
    ("read about a teen suicide in the paper and i keep thinking about her mom", None),
    ("i keep thinking about suicide", "suicide"),
    ("my uncle's fentanyl overdose still hurts my mom", None),
    ("my overdose is planned for friday", "lethal_dose"),
    ("i coach soccer and one of my 7th graders wrote about wanting to die", None),
    ("i keep writing about wanting to die", "want_to_die"),
    ("¿el dentista? prefiero morirme, pero fui y no dolió nada", None),
    ("prefiero morirme", "es_quiero_morir"),
    ("soy maestra y esta semana tuve dos alumnos con ideas suicidas", None),
    ("tengo ideas suicidas desde la semana pasada", "es_suicidio"),
    ("prefiero que me atropelle un tren que volver a salir con él", None),
    ("prefiero que me atropelle un tren que seguir viva", "es_deseo_de_no_estar"),
    ("mi cuñada me mira como si me quisiera matar cuando llego tarde", None),
    ("me quisiera matar esta noche", "es_matarme"),
    ("ya no me corto, ahora salgo a correr", None),
    ("me corto cuando me ignora", "es_cortarme"),
    ("ya no siento la necesidad de cortarme, eso quedó atrás", None),
    ("siento la necesidad de cortarme", "es_cortarme"),
    ("trabajo en una línea de ayuda y las llamadas sobre suicidio me agotan", None),
    ("pienso en el suicidio cada noche", "es_suicidio"),
    ("leí que subieron los casos de sobredosis en el condado", None),
    ("quiero una sobredosis de pastillas", "es_pastillas"),
    (
        "mi compañera de trabajo se fue con mi esposo y desde entonces preferiría estar muerta",
        "es_quiero_morir",
    ),
    ("me muero de trabajo esta semana", None),
    ("me corté por primera vez en tres años", "es_cortarme"),
    ("i cut myself for the first time in two years", "cutting_or_burning_myself"),
    # Then phrasings of sets 29 and 30 that no rule read, each beside an everyday sentence
    # that shares its words: dyeing hair, a summer away, a bus to sleep on, a sunset on
    # holiday, a will for a house, cutting carbs, a bonfire, a haircut, a cake, an essay, a
    # coworker's "de trabajo", a long weekend, a razor for shaving, ants and a debate.
    ("everyone's life gets easier the day i am dead", "better_once_i_am_dead"),
    ("things get easier once i am gone for the summer", None),
    ("if i died nobody would even notice", "better_once_i_am_dead"),
    ("if i died my hair purple nobody would notice", None),
    ("i am just an anchor dragging everyone down", "better_once_i_am_dead"),
    ("all i want is to die, honestly", "all_i_want_is_to_die"),
    ("all i want is to die my hair pink before the wedding", None),
    ("why was i even born", "all_i_want_is_to_die"),
    ("why was i born in february, it is freezing", None),
    ("i wanted the bus to not brake when i crossed", "all_i_want_is_to_die"),
    ("i hoped the bus would not stop so i could sleep more", None),
    ("part of me wanted the waves to pull me under", "all_i_want_is_to_die"),
    ("i will be dead by christmas", "dead_by_a_date"),
    ("i will be gone by spring, moving to portland", None),
    ("i do not owe this life any more time", "dead_by_a_date"),
    ("i owe my life to my therapist", None),
    ("why bother waking up", "dead_by_a_date"),
    ("why bother waking up early on a saturday", None),
    ("painkillers, whiskey, empty apartment", "means_in_a_row"),
    ("pills and a glass of wine alone on the couch after work", None),
    ("stood on the bridge a long time and thought about climbing over", "means_in_a_row"),
    ("we walked across the bridge and thought about going over to the other side for tacos", None),
    ("the 12th floor balcony looks easy", "means_in_a_row"),
    ("the roof looks easy to fix", None),
    ("drove to the beach to watch one last sunset, nobody knows", "one_last_time"),
    ("we watched one last sunset before we fly home from hawaii", None),
    ("hugged my cat for the last time and left her with my sister", "farewell_acts"),
    ("hugged my grandma for the last time before she passed in hospice", None),
    ("goodbye email scheduled for monday morning", "one_last_time"),
    ("farewell email drafted for my last day at work", None),
    # Words of a will made as grown-ups do do not excuse a farewell.
    ("goodbye email scheduled, the kids will be okay without me", "one_last_time"),
    ("signed my will on my lunch break", "will_signed"),
    ("signed my will after we closed on the house", None),
    ("four nights in a row of cutting", "cutting_days_running"),
    ("three nights in a row of cutting carbs", None),
    ("lighter burns on my thigh again", "hurting_myself_again"),
    ("lighter burns on my jeans from the bonfire", None),
    ("burned my wrist with a hot spoon", "self_harm_told_plainly"),
    ("burned my arm with the hot pan while cooking", None),
    ("woke up with new lines on my wrist", "cutting_days_running"),
    ("new lines on my forehead, getting old", None),
    ("waiting to be alone so i can cut", "cutting_days_running"),
    ("alone so i can cut my own hair", None),
    ("gonna stab marco when he walks in", "threat_named"),
    ("gonna stab at this essay tonight", None),
    ("i am going to strangle whoever keeps stealing my yogurt", None),
    ("gonna kill that lying piece of trash", "threat_named"),
    ("gonna kill that piece of cake in the fridge", None),
    ("he is dead if i see him", "threat_named"),
    ("he is so dead if i catch him eating my fries", None),
    ("el mundo estaría mejor sin alguien como yo", "es_estorbo_para_los_mios"),
    ("si un día ya no despierto van a respirar tranquilos", "es_estorbo_para_los_mios"),
    ("si un día no llego a la cena van a cenar tranquilos", None),
    ("mejor muerta que molestando a mi familia", "es_estorbo_para_los_mios"),
    ("mejor muerta que sencilla", None),
    ("puro estorbo y gasto para mi familia", "es_estorbo_para_los_mios"),
    ("puro gasto en uber esta semana para mi familia", None),
    ("sin mí, mi mamá dormiría tranquila", "es_estorbo_para_los_mios"),
    ("sin mí, mi perro dormiría tranquilo en la cama", None),
    ("le pido a dios que me deje morir esta noche", "es_pedir_no_seguir"),
    ("que me deje morir de risa con sus chistes", None),
    ("una parte de mí quiere morirse", "es_pedir_no_seguir"),
    ("una parte de mí quiere desaparecer del grupo de whatsapp", None),
    ("pa qué me trajeron al mundo", "es_pedir_no_seguir"),
    ("que me entierren ya, por favor", "es_pedir_no_seguir"),
    ("que me entierren ya con este calor", None),
    ("me doy hasta el domingo", "es_plazo_propio"),
    ("me doy hasta el viernes para terminar la tesis", None),
    ("busqué cuánto paracetamol mata a una persona", "es_dosis_que_mata"),
    ("la dosis que mata las bacterias", None),
    ("busqué la forma menos dolorosa de morir", "es_dosis_que_mata"),
    ("la forma más fácil de morir de risa es ver a mi tío bailar", None),
    ("el puente de la calle sexta me está llamando", "es_medio_a_la_mano"),
    ("el puente de julio me llama, vámonos a la playa", None),
    ("firmé mi testamento ayer, por lo que viene", "es_papeles_y_fechas"),
    ("firmé el testamento de mi abuela como testigo", None),
    ("hice mi testamento porque nació mi hija", None),
    ("ya nomás me falta escoger el día para irme", "es_dia_escogido"),
    ("ya escogí el día para irme de vacaciones", None),
    ("ya escogí el día para morirme, mis hijos van a estar bien", "es_dia_escogido"),
    ("abracé a mi hermana sabiendo que era la última vez", "es_ultima_vez_sabida"),
    ("abracé a mi abuelito sabiendo que era la última vez antes de mi viaje", None),
    ("ya van cuatro días seguidos cortándome", "es_dias_seguidos"),
    ("el sacapuntas me está llamando otra vez", "es_dias_seguidos"),
    ("el rastrillo me está llamando, ya me crecieron los pelos", None),
    ("le voy a partir la cara cuando lo vea", "es_amenaza_directa"),
    ("le voy a romper la cara en el debate", None),
    ("voy a ir a golpearlo a su casa", "es_amenaza_directa"),
    ("disfruta tus piernas mientras las tengas", "es_amenaza_directa"),
    ("disfruta tus vacaciones mientras las tengas", None),
    ("quiero echarle veneno a su comida", "es_amenaza_con_fierro"),
    ("hay que echarle veneno a las hormigas", None),
    # Laughter is not a blow in either threat rule.
    ("voy a ir a matarla de risa con mis chistes", None),
    ("la voy a matar de risa con este meme", None),
]


RUN_29 = [
    # Run 29, for the everyday phrases of set 31 that rules flagged, each beside a warning sign
    # that shares its words: a case that came in at work, a course by its number, a workout that
    # "me mató las piernas", a like given to an old photo, a year "ya sin" self-harm, an attempt
    # met at work, a thesis on suicide.
    # From the last review: a threat against the writer, words that are the writer's, a rest
    # that is a weekend; exceptions that excused more than their own alternative.
    ("she is going to stab me if i tell", "harm_promised_if_i_leave"),
    ("i want him to know i'm not dead inside", None),
    ("jealous of my friend for getting to rest all weekend", None),
    ("busqué la forma menos dolorosa de morir antes de diciembre", "es_dosis_que_mata"),
    (
        "le pido a dios que me deje morir, ya no aguanto el frío de esta soledad",
        "es_pedir_no_seguir",
    ),
    ("le voy a partir la cara, no es juego", "es_amenaza_directa"),
    ("le voy a romper la cara después del partido", "es_amenaza_directa"),
    ("pienso en estrellar el carro para que parezca accidente", "es_por_mi_propia_mano"),
    ("compré carbón para la carne asada y sellé la bolsa", None),
    ("compré carbón y no es para carne asada, el baño ya está sellado", "es_dosis_que_mata"),
    # A life or its best told as behind is not a crisis told as past.
    ("everything good is behind me so i want to die", "want_to_die"),
    ("cutting is behind me, 2 yrs clean, i want to live", None),
    ("icu nurse here, had two overdose attempts come in tonight and i cannot sleep", None),
    ("i had an overdose planned for tonight", "lethal_dose"),
    ("psych 101 covered suicide risk factors today, so interesting", None),
    ("psych 101 got canceled and i keep thinking about suicide", "suicide"),
    ("el gym de hoy me mató las piernas", None),
    ("hoy me mato, ya lo decidí", "es_plazo_y_acto"),
    ("me quiero morir, le di like a una foto vieja de mi ex", None),
    ("me quiero morir, no aguanto más", "es_quiero_morir"),
    ("dos años ya sin autolesionarme, hoy lo celebro", None),
    ("otra vez me autolesioné anoche", "es_cortarme"),
    ("soy paramédico y hoy atendimos un intento de suicidio en la 10", None),
    ("hoy hice un intento de suicidio", "es_suicidio"),
    ("estoy escribiendo mi tesis sobre el suicidio en adolescentes", None),
    ("pienso en el suicidio todos los días", "es_suicidio"),
    # Then phrasings of set 31 that no rule read, each beside an everyday sentence that shares
    # its words: a trip to Paris, a lease ended early, a roller coaster's drop, a child's
    # pockets, a sleeping baby, a dish washed, a mower, a group chat left, a Saturday at work,
    # a phone thrown, a chicken scalded.
    ("jealous of my grandpa, he got to go in his sleep and i am stuck here", "envy_of_the_dead"),
    ("so jealous of my sister, she got to go to paris", None),
    ("since the breakup i keep reading about ways to end things", "ways_to_end_things"),
    ("reading about ways to end things with him kindly", None),
    ("googling ways to end my lease early", None),
    ("looking up ways to end it with my roommate without drama", None),
    ("at the rooftop bar i kept staring at the drop, measuring it", "the_drop_measured"),
    ("looking at the drop on the roller coaster, how high is it", None),
    ("thinking of the lake tonight with my pockets full of rocks", "the_drop_measured"),
    ("my son's pockets are full of rocks from the river again", None),
    ("dinner with my mom and i kept memorizing her face", "face_memorized"),
    ("kept memorizing her face while the baby slept", None),
    ("i hold my hands under scalding water when the panic comes", "scalded_and_relapsed"),
    ("held my hands under scalding water by accident while washing dishes", None),
    ("relapsed at work with the box cutter from the stockroom", "scalded_and_relapsed"),
    ("relapsed on sugar and ate a knife-cut cake", None),
    ("i want that girl he cheated with dead", "wanted_dead_by_me"),
    ("i want him dead to me, blocked everywhere", None),
    ("one more insult and i am putting him through the window", "wanted_dead_by_me"),
    ("pouring gasoline around his house tonight", "wanted_dead_by_me"),
    ("pour gasoline in the mower by his house", None),
    ("en mi casa ya sobro, pronto dejo de sobrar", "es_el_que_sobra"),
    ("dejé de sobrar en el grupo cuando me salí", None),
    ("sueño que me muero y amanezco triste de seguir aquí", "es_triste_de_seguir"),
    ("triste de seguir aquí en el trabajo un sábado", None),
    ("pienso en estrellar el carro contra un muro", "es_medios"),
    ("pensé en estrellar el celular contra la pared", None),
    ("me echo agua hirviendo cuando no aguanto", "es_agua_hirviendo"),
    ("me eché agua hirviendo en la mano sin querer haciendo café", None),
    ("agua hirviendo en la piel del pollo para pelarlo", None),
]


RUN_30 = [
    # Run 30, for the everyday phrases of set 32 that rules flagged, each beside a warning sign
    # that shares its words: an age now set against the past, a night that feels like another
    # life, a thesis, "hace un año" (and "hace años que…", which lasts until now), a neighbour's
    # story; then a present told with "tengo" and homework done with a child, which had excused
    # a warning sign beside them; a shout answered with a weapon; then phrasings of set 32 that
    # no rule read, each beside an everyday sentence that shares its words.
    (
        "when i came out at 16 my family cut me off and i wanted to die. i am 31 now and married",
        None,
    ),
    ("i am 31 now and i want to die", "want_to_die"),
    ("the night of the overdose feels like another life, we moved on", None),
    ("waking up feels like another life sentence, i want to die", "want_to_die"),
    ("writing my thesis on suicide among college athletes", None),
    ("my thesis is due friday and i keep thinking about suicide", "suicide"),
    ("hace un año me tomé un frasco de pastillas; hoy corrí mi primer 5k", None),
    ("hace años que quiero morirme", "es_quiero_morir"),
    ("hace un mes tengo la idea de matarme dando vueltas", "es_matarme"),
    ("desde hace meses pienso en matarme", "es_matarme"),
    ("la vecina me contó que tiene ideas suicidas, le pasé el número del 988", None),
    ("la vecina me contó que se mudó y yo tengo ideas suicidas", "es_suicidio"),
    (
        "desde la ruptura tengo pensamientos de suicidio, mi prima me dijo que buscara ayuda",
        "es_suicidio",
    ),
    ("le ayudé con la tarea a mi niño y todo el día pensando en suicidarme", "es_quitarme_la_vida"),
    ("estoy haciendo una tarea sobre el suicidio en adolescentes", None),
    ("si me vuelve a gritar en la obra le clavo el desarmador", "es_amenaza_mas"),
    ("si me vuelve a dejar plantada lo mato jaja", None),
    ("si me vuelve a gritar le pongo un alto", None),
    ("ojalá mañana la alarma suene y yo ya no", "es_ojala_y_yo_ya_no"),
    ("ojalá mañana llueva y yo ya no tenga que ir", None),
    ("pensé que no estaría mal si el avión no aterrizaba", "es_que_no_aterrice"),
    ("no estaría mal si el avión llega temprano", None),
    ("me acuesto con la esperanza de que mi corazón se canse antes que yo", "es_ojala_no_haber"),
    ("ojalá que el corazón deje de latir tan rápido, la ansiedad me tiene mal", None),
    ("ojalá ya no tuviera que volver a despertar nunca", "es_no_volver_a_despertar"),
    ("ojalá ya no tuviera que despertar a las 5 para el trabajo", None),
    ("sin mí ella estaría tranquila en su rancho", "es_carga_sin_mi"),
    ("sin mi ayuda ella estaría perdida con la mudanza", None),
    ("no pienso llegar a ver las posadas de este año", "es_no_pienso_llegar"),
    ("no pienso llegar a las posadas con este carro, se me descompone", None),
    ("no queda nada por lo que valga la pena quedarse", "es_nada_por_que_quedarse"),
    ("en esta fiesta no queda nada por lo que valga la pena quedarse", None),
    ("la ventana del piso 11 sí abre, ya revisé", "es_ventana_que_abre"),
    ("la ventana del piso 11 sí abre, ya revisé, así sale el olor a pintura", None),
    ("se me ocurrió cruzar la autopista caminando de noche, sin mirar", "es_cruzar_sin_mirar"),
    ("se me olvidó mirar antes de cruzar la calle y casi me pega una bici", None),
    ("el gato ya tiene casa nueva para después del sábado", "es_mascota_con_fecha"),
    ("el gato ya tiene casa nueva para después del sábado, nos mudamos a Texas", None),
    ("dejé escrita la canción que quiero en mi velorio, la de Vicente", "es_mi_velorio_dispuesto"),
    ("le dije a mi mamá que en mi boda quiero la canción de Vicente", None),
    (
        "le di las gracias a todos en el grupo de la familia, como cerrando",
        "es_gracias_como_cerrando",
    ),
    ("le di las gracias a todos en el grupo de la familia por venir a la fiesta", None),
    (
        "ya dejé el número de la funeraria en el refri para que no tengan que batallar ellos",
        "es_funeraria_lista",
    ),
    (
        "dejé el número de la funeraria de mi abuelo para que no tengan que batallar",
        None,
    ),
    ("regalé mis plantas, mis libros y la bici, ya casi es hora", "es_despedida_hecha"),
    ("regalé mis plantas, mis libros y la bici porque me mudo, ya casi es hora del vuelo", None),
    ("cicatrices nuevas encima de las viejas", "es_cicatrices_sobre_las_viejas"),
    ("le salieron cicatrices nuevas al sillón de piel", None),
    ("tuve que limpiar la sangre del lavabo antes de que llegara mi roomie", "es_sangre_escondida"),
    ("tuve que limpiar la sangre de la nariz de mi niño antes de que llegara su papá", None),
    ("my $250k policy would do more for my parents than i ever did alive", "policy_worth_more"),
    ("this new policy would do more for the team than the old one", None),
    ("the 14th floor window opens, i checked", "window_that_opens"),
    ("the 14th floor window opens, i checked, so we can air out the paint smell", None),
    ("final journal entry, thanks for listening app", "final_entry_thanks"),
    ("last journal entry of the year, thanks for listening app", None),
    ("told my coworkers it was nice knowing them", "nice_knowing_them"),
    ("told my coworkers it was nice knowing them on my last day before the move", None),
    ("asked my neighbor to take the dog after sunday, didn't tell her why", "pet_given_quietly"),
    (
        "asked my neighbor to watch the dog, didn't tell her why, it's a surprise trip",
        None,
    ),
    (
        "said goodbye to my mom on the phone without her knowing it was really goodbye",
        "goodbye_unknown_to_them",
    ),
    ("said goodbye to my mom at the airport without her knowing it was goodbye for a year", None),
    ("the racing thoughts only stop when i hurt myself", "only_stops_when_hurt"),
    ("the racing thoughts only stop when i run", None),
    ("new scars over the old ones", "self_harm_more"),
    ("new tiles over the old ones in the bathroom", None),
    ("had to scrub blood out of the bathroom grout before my roommate got home", "blood_hidden"),
    (
        "had to scrub the blood out of the carpet before my roommate got home, the dog cut his paw",
        None,
    ),
    (
        "my cousin keeps a gun in his truck and i'm going to borrow it and go talk to her new man",
        "gun_borrowed_to_confront",
    ),
    ("my cousin keeps a gun for hunting, i might borrow it and go see the range with him", None),
    # From the review before measuring: a job's cycle closed, a child crossing, a diet, a
    # challenge's last day, a date; an age now with no age then excuses nothing.
    ("me despedí de mis compañeros del trabajo, como cerrando el ciclo", None),
    ("un niño quiso cruzar la carretera sin mirar y casi lo atropellan", None),
    ("no pienso llegar a diciembre sin bajar de peso", None),
    ("final entry of the 30 day gratitude challenge, thank you app", None),
    ("told my tinder date it was nice knowing him, no spark", None),
    ("i am 16 now. wanted to die all week", "want_to_die"),
    ("at 16 i wanted to die. i am 31 now", None),
    # From the end review: scrubbing is "tallar", not the workshop ("taller").
    ("tallé la sangre del lavabo antes de que llegara mi roomie", "es_sangre_escondida"),
    ("en el taller la sangre del corte se limpió antes de que llegara el jefe", None),
]


RUN_31 = [
    # Run 31, for the everyday phrases of sets 33 and 34 that rules flagged, each beside a
    # warning sign that shares its words: a small thing or the heat inflated, a year without
    # self-harm celebrated, urges told as in the past, a job's overdoses, the news, a time
    # recalled, an earlier self, camping gear, ears cut off over a song, "hoy estoy mejor",
    # urges left behind, days clean counted; then phrasings of those sets that no rule read,
    # each beside an everyday sentence that shares its words.
    ("if i don't get a vacation soon i'm literally going to die", None),
    ("if i don't get a vacation soon i'm going to end it", "planning_to_end_it"),
    ("it's so hot i'm melting, i'm going to die on this bus", None),
    ("it's so cold on the bridge tonight, i'm going to die tonight", "planning_to_end_it"),
    ("celebrated one year without self harm with a cupcake", None),
    ("hit one year without self harm and then i cut last night", "cut_yesterday"),
    ("the worst is behind me, those urges to die are in the past", None),
    ("wanting to die now that my marriage is in the past", "want_to_die"),
    ("as an er nurse we had a kid come in with an overdose today", None),
    ("i came in with an overdose last night and i want to do it again", "lethal_dose"),
    ("saw on the news a man jumped off a bridge in long beach", None),
    ("saw on the news a man jumped off a bridge and i want to do the same", "jumping"),
    ("remember when i gave my stuff away? so glad i'm still around", None),
    ("remember when i tried to kill myself? i'm going to try again", "kill_myself"),
    ("found my old suicide note and hugged my past self", None),
    ("i failed my younger self and i want to kill myself", "kill_myself"),
    ("third overdose call this week on skid row", None),
    ("bought rope and tent stakes for the camping trip", None),
    ("bought rope today and told the cashier it was for camping", "means_at_hand"),
    ("si vuelvo a oír esa canción me corto las orejas", None),
    ("si me vuelve a dejar me corto otra vez los brazos", "es_cortarme"),
    ("después del divorcio pensé en quitarme la vida, hoy estoy mejor", None),
    ("anoche pensé en quitarme la vida pero hoy estoy mejor", "es_quitarme_la_vida"),
    ("esas ganas de morirme quedaron atrás", None),
    ("mis ganas de vivir quedaron atrás, quiero morirme", "es_quiero_morir"),
    ("hoy llegó un chavo por sobredosis a urgencias", None),
    ("ya van 500 días sin cortarme", None),
    ("ya van 3 días sin cortarme y no aguanto las ganas", "es_cortarme"),
    ("drove home thinking about aiming for the divider", "aiming_the_car"),
    ("thinking about aiming for the divider in mario kart", None),
    ("kept staring at the kitchen knife and it wasn't about cooking", "means_within_reach"),
    ("kept staring at the kitchen knife and it was about cooking dinner", None),
    (
        "refilled my prescription early so i'd have extra, in case i decide",
        "stock_in_case_i_decide",
    ),
    ("bought extra batteries in case i decide to go camping", None),
    ("saving money in case i decide", None),
    ("organized all my paperwork so my family doesn't struggle after", "ready_for_after"),
    ("organized all my paperwork so my family doesn't struggle after the move", None),
    ("set up my legacy contact. figured i should before", "ready_for_after"),
    ("set up my passwords manager. figured i should before the trip", None),
    ("took my niece to the pier, last time i'll get to", "last_time_i_get_to"),
    ("took my niece to the pier, last time i'll get to before we move", None),
    ("ended up in the bathroom with a blade again", "blade_again"),
    ("ended up in the bathroom with a razor shaving my legs again", None),
    ("sitting at my desk with a box cutter opening packages", None),
    ("the sting of the cut calms me down", "sting_that_calms"),
    ("the sting of the cut on my finger from the paper", None),
    ("pensé en dejar el carro prendido con el garage cerrado", "es_medios_al_alcance"),
    ("dejé el carro prendido con la puerta abierta para que se calentara", None),
    ("como los encuentre juntos, los mato ahí mismo", "es_los_mato_si"),
    ("como lo encuentre en la cocina lo mato de risa con el chiste", None),
    ("un hombre los mató a los dos en la carretera, salió en las noticias", None),
    ("lo mato con mis propias manos si la vuelve a tocar", "es_los_mato_si"),
    ("ni él ni ella salen vivos de esta", "es_los_mato_si"),
    ("mi ex me las va a pagar con su muerte", "es_los_mato_si"),
    ("mi ex me las va a pagar con su dinero", None),
    ("terminé otra vez con la navaja en el baño", "es_navaja_otra_vez"),
    ("terminé con la navaja afilando la carne", None),
    ("ando con la navaja en la bolsa por si me asaltan", None),
    ("el ardor de la cortada me tranquiliza", "es_ardor_que_calma"),
    ("el ardor de la cortada del limón en la herida me hizo gritar", None),
    (
        "en la farmacia compré más pastillas de las que necesito, por si me decido",
        "es_por_si_me_decido",
    ),
    ("en la farmacia compré bloqueador por si me decido a ir a la playa", None),
    (
        "dejé planchado el vestido con el que quiero que me encuentren",
        "es_con_el_que_me_encuentren",
    ),
    ("dejé planchado el vestido con el que quiero que me vean en la boda", None),
]


RUN_32 = [
    # Run 32, for the everyday phrases of set 35 that rules flagged, each beside a warning sign
    # that shares its words: a clinical scale presented in class, months spent wishing told as
    # over, a nurse thinking of a patient, a neighbor's threat, "aquella vez"; then phrasings of
    # set 35 that no rule read, each beside an everyday sentence that shares its words.
    ("for my nursing clinical i have to present the columbia suicide severity rating scale", None),
    ("i took the c-ssrs at my intake and i want to kill myself", "kill_myself"),
    ("i spent months wishing i wouldn't wake up. these days i wake up early to surf", None),
    ("i spent months wishing i wouldn't wake up and i still do", "not_wake_up"),
    (
        "er nurse here, a teen came in after swallowing pills, i can't stop thinking about her",
        None,
    ),
    (
        "the pills are right here and i can't stop thinking about her reaction when she finds me",
        "means_frame",
    ),
    ("the guy next door threatened to shoot his girlfriend and the cops came", None),
    ("he threatened me so i'm going to shoot him", "threat_to_harm"),
    ("aquella vez regalé mis cosas porque pensaba irme, hoy doy gracias de estar viva", None),
    ("aquella vez regalé mis cosas y hoy lo vuelvo a hacer", "es_despedida"),
    ("i'm going to throw acid in her face so nobody ever looks at her again", "acid_attack"),
    ("i spilled acid on my face in chem lab, it's fine", None),
    ("was 8 months clean from cutting and threw it away in 10 minutes", "clean_time_thrown_away"),
    ("was 8 months clean from sugar and threw it away on a donut", None),
    ("in 2019 i wanted to die. my friend invited me out and i blew it off", None),
    ("in 2019 i wanted to die. i was two years clean and i blew it", "want_to_die"),
    # From the last review: a return said not to happen takes no past back.
    ("two years ago i tried to kill myself and i am never going to try again", None),
    ("two years ago i tried to kill myself and i'm not going to do it again", None),
    ("two years ago i tried to kill myself and i'm going to try again", "kill_myself"),
    ("hace un año intenté matarme y no lo vuelvo a hacer", None),
    ("hace años me corté y nunca volví a hacerlo", None),
    ("hace un año intenté matarme y hoy lo vuelvo a intentar", "es_matarme"),
    ("i used to cut. i was not okay and it happened again", "cutting_told_as_past"),
    ("every birthday i blow out the candles wishing it's my last one", "last_birthday_wish"),
    ("every birthday i blow out the candles wishing for a new car", None),
    ("the world will be easier with less of me, starting this week", "easier_with_less_of_me"),
    (
        "this is the final voicemail you'll get from me, i just wanted you to hear me say bye",
        "final_voicemail",
    ),
    ("this is the final voicemail you'll get from me before my trip, love you", None),
    ("this is the last message you'll get from me, i'm blocking you and moving on", None),
    ("si me mato al menos mis hermanos dejan de cargar conmigo", "es_si_me_mato_al_menos"),
    ("si me voy al norte al menos mis hermanos dejan de cargar conmigo", None),
    (
        "me tomé la mitad del frasco de pastillas, la próxima me tomo todo",
        "es_la_proxima_me_tomo_todo",
    ),
    ("me tomé la mitad del café, la próxima me tomo todo", None),
    (
        "me tomé la mitad del frasco, la próxima me tomo todo, te lo juro",
        "es_la_proxima_me_tomo_todo",
    ),
    ("me tomé la mitad del té, la próxima me tomo todo", None),
    ("hace un año pensé en matarme, hoy vuelvo a empezar en un trabajo nuevo", None),
    ("hace un año pensé en matarme, hoy lo vuelvo a intentar", "es_matarme"),
    ("ojalá ya estuviera muerto y en paz", "es_ojala_muerta"),
    ("ojalá ya estuviera lista la cena", None),
    ("nomás quiero que Dios ya me quite el aire", "es_frases_mas"),
    (
        "voy a esperarla en el estacionamiento y que vea lo que le pasa por meterse con mi novio",
        "es_esperarla_y_que_vea",
    ),
    ("voy a esperarla en el estacionamiento para darle su regalo", None),
]


RUN_33 = [
    # Run 33, for the everyday phrases of set 36 that rules flagged, each beside a warning sign
    # that shares its words: a later breakup handled, a year beside pills swallowed, a span of
    # life one was pulled out of, a count of days "self-harm free", a holiday set against the
    # last one, a brother who self-harms, an anniversary celebrated, an attempt now behind, a
    # year "limpia", a neighbor's husband; then phrasings of set 36 that no rule read, each
    # beside an everyday sentence that shares its words.
    ("after my first divorce i wanted to die. the second one i actually handled ok", None),
    (
        "after my first divorce i wanted to die. the second one i am handling worse, i want to die",
        "want_to_die",
    ),
    ("in 2018 i swallowed a bottle of pills and woke up in the ER. i'm grateful now", None),
    (
        "in 2018 i swallowed a bottle of pills. tonight i swallowed a bottle of pills",
        "took_many_pills",
    ),
    (
        "for most of my twenties i thought my family would do better without me. dbt got me out "
        "of that thinking",
        None,
    ),
    (
        "for most of my twenties i thought my family would do better without me and i still do",
        "better_off_without_me",
    ),
    ("one year self-harm free today!! my therapist got me a cupcake", None),
    ("one year self-harm free today and i cut again tonight", "cutting_again"),
    ("last thanksgiving i spent thinking about dying, this one i hosted", None),
    (
        "last thanksgiving i spent thinking about dying, this one i will spend thinking about "
        "dying too",
        "thinking_of_not_being",
    ),
    ("my little brother self harms and my parents have no idea", None),
    ("my little brother self harms and i want to cut myself too", "cutting_or_burning_myself"),
    (
        "en marzo se cumplieron dos años de la noche que intenté matarme, fui a celebrar que sigo",
        None,
    ),
    ("se cumplieron dos años de que me dejó y quiero matarme", "es_matarme"),
    (
        "después de mi intento de suicidio pasé dos semanas en el hospital, hoy me siento estable",
        None,
    ),
    ("después de mi intento de suicidio nadie me habla y quiero suicidarme", "es_quitarme_la_vida"),
    ("llevo un año limpia de autolesiones, hoy mi terapeuta me felicitó", None),
    ("llevo un año limpia de autolesiones pero anoche me volví a cortar", "es_cortarme"),
    ("la vecina dice que su esposo tiene una pistola y amenazó con usarla", None),
    ("la vecina dice que soy un estorbo y quiero matarme", "es_matarme"),
    ("i'd honestly prefer being dead to this", "prefer_dead_to_this"),
    ("i lay there furious that i'm still not dead", "prefer_dead_to_this"),
    ("i lay there furious that i'm still not done with my taxes", None),
    (
        "waiting on the bus i caught myself wishing i'd just drop dead, no fuss",
        "prefer_dead_to_this",
    ),
    ("when the teacher called on me i wished i could drop dead", None),
    ("remove me and they all get along", "better_with_me_subtracted"),
    ("remove me from the group chat, it's too noisy", None),
    ("honestly my boys would do better with me gone", "better_with_me_subtracted"),
    ("honestly my boys would do better with me gone for the weekend", None),
    (
        "checked if the pull-up bar in my doorway is strong enough for something else",
        "strong_enough_to_hold_me",
    ),
    ("checked if the pull-up bar in my doorway is strong enough for my workouts", None),
    (
        "took my grandpa to lunch one more time, i wanted the last memory to be good",
        "last_memory_good",
    ),
    ("before we moved i wanted the last memory of the house to be good", None),
    (
        "recorded voice memos for my nephews, one for each birthday i'll miss",
        "birthdays_i_will_miss",
    ),
    ("i'm deploying for two years, so i recorded a story, one for each birthday i'll miss", None),
    ("i ended up cutting my thigh again", "cutting_body_again"),
    ("i ended up cutting my hair again", None),
    ("i've pictured killing my ex so many times it feels like a plan now", "pictured_killing"),
    (
        "i know where she parks and i'm bringing something this time",
        "knows_where_bringing_something",
    ),
    ("i know where she parks and i'm bringing something this time, flowers", None),
    (
        "empiezo a planear cómo desaparecer de este mundo sin que mis papás sufran",
        "es_desaparecer_de_este_mundo",
    ),
    ("el mago hizo desaparecer de este mundo mis llaves", None),
    ("qué bonito sería morirme antes de cumplir 30", "es_muerte_suena_bien"),
    ("qué bonito sería ir a la playa antes de cumplir 30", None),
    ("le pedí que no me lo regrese nunca, mi perico ya es suyo", "es_no_me_lo_regrese"),
    ("le presté mi libro y le pedí que no me lo regrese hasta que lo termine", None),
    (
        "le compré el regalo por adelantado, para que lo tenga aunque yo no esté",
        "es_no_me_lo_regrese",
    ),
    ("le compré el regalo por adelantado, para que lo tenga aunque yo no esté en la fiesta", None),
    (
        "repartí mis jerseys entre los chamacos de la cuadra, donde voy no los ocupo",
        "es_despedida_disimulada",
    ),
    ("regalé mis chamarras, donde voy no las ocupo, en Cancún hace calor", None),
    ("ni mis hijos me dan fuerza ya, es cuestión de tiempo", "es_ni_mis_hijos"),
    ("ni mis hijos me dan tanto trabajo como el perro", None),
    ("esa vieja no va a volver a sonreír, me voy a encargar yo", "es_no_va_a_volver_a_sonreir"),
    ("terminé en el baño cortándome de nuevo", "es_autolesion_enclitica"),
    ("terminé cortándome el dedo picando cebolla", None),
    # From the last review: a span of life in the present perfect is not a past; a holiday set
    # against the last one only by what went well; a bar checked for workouts, an itch, nails
    # and bangs cut.
    ("i have been suicidal for most of my twenties", "suicide"),
    ("last christmas i tried to kill myself, this one i planned it", "kill_myself"),
    ("checked if the pull-up bar is strong enough to hold my weight", None),
    ("scratching my arms again tonight, the eczema is back", None),
    ("terminé cortándome las uñas", None),
    ("acabé cortándome el fleco yo sola", None),
    ("terminé otra vez cortándome las piernas", "es_autolesion_enclitica"),
]


RUN_34 = [
    # Run 34, for the everyday phrases of set 37 that rules flagged, each beside a warning sign
    # that shares its words: embarrassment "de lo cringe", a yogurt eaten again, self-harm told
    # as past "sin una sola recaída", "en mi peor momento", a jump rope for cardio; then
    # phrasings of set 37 that no rule read, each beside an everyday sentence that shares its
    # words.
    ("me quiero morir de lo cringe que fue mi mensaje de anoche", None),
    ("me quiero morir, ya no aguanto este dolor", "es_quiero_morir"),
    ("voy a matar a mi hermano si se vuelve a comer mi yogurt", None),
    ("voy a matar a mi hermano si se vuelve a acercar a mis hijos", "es_amenaza"),
    (
        "en la secundaria me autolesionaba, ya van tres años sin una sola recaída",
        None,
    ),
    ("en la secundaria me autolesionaba y tuve una recaída anoche", "es_cortarme"),
    ("in high school i cut myself, three years now without a single relapse", None),
    ("in high school i cut myself and i had a relapse last night", "cutting_or_burning_myself"),
    ("en mi peor momento regalé mis cosas, ahora estoy reconstruyendo mi vida", None),
    ("hoy regalé mis cosas, ahora estoy en mi peor momento", "es_despedida"),
    ("compré una cuerda para saltar, voy a hacer cardio en la casa", None),
    ("compré una cuerda y ya sé dónde colgarla", "es_medios_a_la_mano"),
    ("wish i'd die of a heart attack tonight", "wish_i_would_die"),
    ("i wished i could die of embarrassment when he read it out loud", None),
    (
        "could just not brake where the road drops off the canyon",
        "not_brake_at_the_drop",
    ),
    ("my brakes squeaked where the road drops off the canyon", None),
    (
        "bought a second box of sleep aids at another store so they wouldn't notice",
        "meds_bought_unnoticed",
    ),
    ("bought a second box of chocolates at another store so my wife wouldn't notice", None),
    (
        "cancelled netflix and the car insurance, nobody should have to sort that out after",
        "nobody_sorts_it_out_after",
    ),
    ("nobody should have to sort the recycling out after the party", None),
    ("i pick my skin open when i'm spiraling", "skin_picked_open"),
    ("i pick at my skin when i'm bored", None),
    ("thinking about showing up at her job and hurting her", "show_up_and_hurt_her"),
    ("thinking about showing up at her job and surprising her", None),
    (
        "gonna wait outside her pilates class tomorrow, she's going to regret it",
        "show_up_and_hurt_her",
    ),
    ("getting my cousins to help me jump him after his shift", "show_up_and_hurt_her"),
    ("getting my cousins to help me jump his car after his shift", None),
    ("if he lies to me one more time i'll break his fingers", "show_up_and_hurt_her"),
    ("no sé si aguanto otra noche sin hacer algo definitivo", "es_algo_definitivo"),
    ("no sé si aguanto otra noche sin hacer algo con mi cuarto", None),
    (
        "si mañana me muero en el tráfico de la 10, sinceramente me daría igual",
        "es_si_me_muero_me_da_igual",
    ),
    ("si mañana me muero de hambre en la oficina me daría igual, no hay comida", None),
    ("que me dé un infarto manejando y morirme ahí, eso pido", "es_si_me_muero_me_da_igual"),
    (
        "me quedé con su caja de medicinas y la tengo para el día que ya no pueda",
        "es_para_el_dia_que_ya_no_pueda",
    ),
    (
        "me quedé con su caja de medicinas de la presión para el día que ya no pueda ir a la "
        "farmacia",
        None,
    ),
    (
        "guardo las pastillas de la presión de mi papá para el día que ya no pueda",
        "es_para_el_dia_que_ya_no_pueda",
    ),
    (
        "revisé el tubo del closet a ver si aguantaría, y sí aguanta",
        "es_para_el_dia_que_ya_no_pueda",
    ),
    ("revisé el tubo del closet a ver si aguantaría más ropa", None),
    (
        "quité toda la ropa y revisé el tubo del closet a ver si aguantaría",
        "es_para_el_dia_que_ya_no_pueda",
    ),
    (
        "vi la barda de concreto y pensé en meterle el pie al acelerador",
        "es_para_el_dia_que_ya_no_pueda",
    ),
    (
        "desactivé tiktok e insta y dejé una notita pegada en el refri",
        "es_nota_en_el_refri",
    ),
    ("dejé una notita pegada en el refri para que compren leche", None),
    ("ahí mismo lo mato si se para en la escuela de mis niños", "es_los_mato_si"),
    ("si vuelve a mentirme le rompo los dedos", "es_le_rompo_los_dedos"),
    ("si vuelve a revisar mi celular le rompo los dedos", "es_le_rompo_los_dedos"),
    ("si no cabe en la caja le rompo los brazos al muñeco", None),
    # From the last review: a partner who drinks again is no trivial offence; a rope "para saltar"
    # of a bridge is no jump rope; a car named beside a threat excuses nothing.
    ("si se vuelve a tomar y me pega lo mato", "es_amenaza_mas_2"),
    ("compré una cuerda para saltar del puente", "es_medios_a_la_mano"),
    (
        "gonna wait outside her work by her car, she's going to regret it",
        "show_up_and_hurt_her",
    ),
    # From the final review: one list of moves and deployments for every "last time" rule.
    ("i relocate to texas on monday so i took grandma to lunch, last time i'll get to", None),
]


RUN_35 = [
    # Run 35, for the everyday phrases of set 38 that rules flagged, each beside a warning sign
    # that shares its words: a time counted from an attempt, a belief held for a long time and
    # given up, a nurse's attempt, a roommate's words, a drive past his home, a spill, help
    # sought and a present that is well, a habit told with "solía", a mother in hospital, a
    # habit one does not want to go on with; then phrasings of set 38 that no rule read, each
    # beside an everyday sentence that shares its words.
    ("crossed the finish line today, two years after my suicide attempt, crying happy tears", None),
    ("two months after my attempt i still want to die", "want_to_die"),
    ("for a long time i was sure they'd be lighter without me, therapy took that apart", None),
    (
        "for a long time i was sure they would be better off without me and i still am",
        "better_off_without_me",
    ),
    ("a nurse on my unit attempted suicide over the weekend and we are all shaken", None),
    ("a nurse on my unit knows i attempted suicide last month", "suicide"),
    ("my college roommate says she is a burden to everyone, i sent her the crisis line", None),
    ("my college roommate says i should kill myself", "kill_myself"),
    ("drove past his apartment on purpose and then hated myself for it", None),
    ("drove into the wall on purpose", "driving_into"),
    ("drove to the bridge on purpose", "driving_into"),
    ("literal me quiero morir, se me cayó el café encima en plena junta", None),
    ("se me cayó el mundo encima, me quiero morir", "es_quiero_morir"),
    ("después de la ruptura pensé en matarme, pero pedí ayuda y ya estoy mucho mejor", None),
    ("creen que ya estoy mucho mejor pero pienso en matarme", "es_matarme"),
    ("por mucho tiempo creí que mi familia estaría mejor sin mí, hoy sé que me necesitan", None),
    (
        "por mucho tiempo creí que mi familia estaría mejor sin mí y todavía lo creo",
        "es_mejor_sin_mi",
    ),
    ("solía lastimarme cuando me dejaban en visto, ya aprendí otras formas de calmarme", None),
    ("mi mamá está en el hospital por una sobredosis accidental, ya está estable", None),
    (
        "mi mamá está en el hospital por una sobredosis y yo también me voy a tomar todo",
        "es_pastillas",
    ),
    ("no quiero seguir revisando su perfil pero no puedo parar", None),
    ("no quiero seguir respirando", "es_no_quiero_vivir"),
    ("no quiero seguir siendo su gasto", "es_no_quiero_vivir"),
    ("the suicidal thoughts used to come once a month, now it's every single night", "suicide"),
    ("the suicidal thoughts used to come every night, now they're gone", None),
    ("not planning a vacation, planning an exit", "planning_an_exit"),
    ("planning my exit from this company before the merger", None),
    ("every year i'm alive is another year stolen from him", "years_stolen_from_them"),
    ("every year i'm alive is another year to be grateful for", None),
    ("back to razors after a whole year", "razors_back_out"),
    ("back to razors after a year of laser, my legs are itchy", None),
    (
        "dug the razor out of my old shaving kit after he unfollowed me, first time since "
        "sophomore year",
        "razors_back_out",
    ),
    ("dug the razor out of my old shaving kit for the camping trip", None),
    ("made myself throw up as punishment for texting him", "razors_back_out"),
    ("made myself throw up after the bad sushi", None),
    (
        "transferred my whole savings to my little sister's account and wrote for college in "
        "the memo",
        "savings_given_away",
    ),
    ("transferred my whole savings to my sister's account to help her with the down payment", None),
    ("reopened yesterday's cuts and added more", "self_harm_hidden_or_renewed"),
    ("reopened yesterday's ticket at work and added more notes", None),
    ("antes me daba pánico pensar en matarme, ahorita lo pienso tranquila", "es_matarme"),
    ("antes me daba pánico pensar en matarme, ahorita ya no", None),
    ("iba armando mi funeral en la cabeza, quién iría, qué canciones", "es_funeral_armado"),
    ("iba armando mi fiesta de cumpleaños en la cabeza, quién iría, qué canciones", None),
    ("seguro nadie iría, iba armando mi funeral en la cabeza", "es_funeral_armado"),
    ("para mis tíos nomás soy peso que arrastran", "es_carga"),
    (
        "le entregué a canelo a doña lupe con su cama y su comida, ella lo va a querer más que yo",
        "es_lo_va_a_querer_mas_que_yo",
    ),
    (
        "le dejé a canelo a mi hermana con su cama y su comida mientras viajo, lo va a cuidar "
        "mejor que yo",
        None,
    ),
    ("último audio que te mando carlos, come bien, bye", "es_despedida_hecha"),
    ("para esa fecha ya voy a estar muerta", "es_ya_voy_a_estar_muerta"),
    ("mañana ya voy a estar muerta de sueño", None),
    # Thoughts of an act held for years are not a belief given up; a name is not a verb in the
    # imperfect.
    ("for years i thought about killing myself", "kill_myself"),
    ("por mucho tiempo pensé en matarme", "es_matarme"),
    ("cuando julián me deja en visto me corto", "es_cortarme"),
    # A loan to be repaid is no threat for the rules. Run 35's word model flags it (score 0.75
    # against 0.73; docs/safety.md, "Known limits"), so it is checked here, by the rules alone,
    # and no longer with the whole screen among run 17's rows.
    ("mañana me la paga mi hermano, le presté 500", None),
    # A burn from a curling iron is a mishap, unless it is done again or as deserved.
    ("ended up burning my arm with the curling iron", None),
    (
        "burned my arm with the curling iron again because i deserve the pain",
        "self_harm_told_plainly",
    ),
]


RUN_36 = [
    # Run 36, for the everyday phrases of sets 39 and 40 that rules flagged, each beside a
    # warning sign that shares its words: a part of life named and left, an earlier self who
    # stayed, the writer at an earlier age, a breakfast burn, a thrill on a list, goodbyes at
    # work, a chore set beside traffic, a deterrent net, an age still to come; Spanish idioms of
    # studying, of a sight that hit hard, of a breakup by message, of a song in the car and of
    # a cake; a night remembered. Then phrasings of those sets that no rule read, each beside
    # an everyday sentence that shares its words.
    ("for most of high school i was sure i was a burden to everyone, i see now how wrong", None),
    (
        "for most of college i was sure everyone would be better off without me and i still am",
        "better_off_without_me",
    ),
    ("came across my old suicide note in a box, so grateful that girl held on", None),
    ("came across my old suicide note in a box and i want to write a new one", "suicide"),
    ("i'm not that person anymore, the one who planned my death every night", None),
    ("thinking of me at 16 cutting in the school bathroom, i wish i could hold her", None),
    ("thinking of me at 16 and now i want to cut again tonight", "self_harm_told_plainly"),
    ("burned myself on the panini press making lunch for the kids", None),
    ("burned myself with a lighter after he unfollowed me", "cutting_or_burning_myself"),
    ("jumping off a bridge with a bungee cord strapped on, best day of the trip", None),
    ("signed my farewell card for my coworkers, today is my last shift at the diner", None),
    ("i'd sooner walk into traffic than sit through another budget meeting", None),
    ("i'd sooner walk into traffic than wake up to another day like this", "means_near"),
    ("a documentary about the suicide barrier on the bridge, fascinating engineering", None),
    ("ya me quemé las pestañas con esta tesis", None),
    ("me pegó mucho leer su mensaje de cumpleaños", None),
    ("me cortó por mensaje de texto, ni me llamó", None),
    ("si vuelve a poner a Juan Gabriel a todo volumen me aviento por la ventana", None),
    ("los tamales de mi abuela estaban tan buenos que ya me puedo morir en paz", None),
    ("recuerdo la tarde que casi me corto, hoy fui a mi grupo de apoyo", None),
    ("recuerdo la noche que casi me aviento del puente y hoy otra vez lo pensé", "es_saltar"),
    ("mi prima lleva un año sin autolesionarse y estamos orgullosas", None),
    ("a los 15 me cortaba, hoy estoy bien", None),
    ("ya tengo decidido que a los 25 no llego", "es_planear_mi_muerte"),
    # Phrasings no rule read, each beside an everyday twin.
    ("honestly wouldn't mind if a train hit me tomorrow", "death_by_chance_welcome"),
    ("wouldn't mind if the storm took me out of the schedule for a day", None),
    ("the closet rod would hold my weight, i tested it with a scarf", "ligature_tested"),
    ("the new shelf will hold my weight, the installer promised", None),
    ("learned to tie knots from a video and it was not for sailing", "ligature_tested"),
    ("learned three knots, they were for a sailing class", None),
    ("the roof door is unlocked at night, i checked", "heights_and_cars_weighed"),
    ("the windows open all the way, i checked, so we get some air finally", None),
    ("stood at the parking structure for a while tonight looking down", "height_checked"),
    ("stood on the bridge looking down at the kayaks for the photo", None),
    ("took my nephew to the zoo as a goodbye, he has no idea", "secret_goodbye"),
    ("said goodbye without telling anyone, left the keys on the counter", "secret_goodbye"),
    ("asked my roommate to feed my cat indefinitely and didn't say why", "secret_goodbye"),
    ("asked my roommate to feed my cat indefinitely since i'm moving overseas", None),
    ("wanted our last dinner together to end with him laughing", "secret_goodbye"),
    ("wanted our last game of the season to end with him laughing", None),
    ("tore the scabs on my wrist open again after the call", "wounds_opened_again"),
    ("relapsed with a pencil sharpener blade in the dorm bathroom", "wounds_opened_again"),
    ("relapsed with a cigarette at the bus stop, day one again", None),
    ("i'll stomp him to death if he shows up", "harm_lying_in_wait"),
    ("we beat them to death at trivia night", None),
    ("parked outside her building so i can give her what she deserves", "harm_lying_in_wait"),
    ("found out my sister's work schedule, she closes alone so i bring her dinner", None),
    ("the plan is next weekend, when nobody will be home to stop me", "plan_when_no_one_comes"),
    ("the plan is a surprise party when nobody will be home", None),
    ("daydreaming about a hospital bed and just slipping away", "fading_out_daydreamed"),
    ("daydreaming about a nap and just fading out for an hour", None),
    (
        "i know which of the cleaning products would kill me, i put them under my bed",
        ("poison_moved_close"),
    ),
    ("planeando mi muerte otra vez en la madrugada", "es_planear_mi_muerte"),
    ("planeando mi boda otra vez en la madrugada", None),
    ("hoy acabo con todo, ya no aguanto", "es_planear_mi_muerte"),
    ("hoy acabo con todo el trabajo pendiente", None),
    ("ya no me van a encontrar aquí el lunes, me mudo a Fresno", None),
    ("investigando maneras de envenenarse", "es_como_hacerlo_sin_dolor"),
    ("vi un documental sobre cómo prevenir que la gente decida suicidarse", None),
    ("envidio a quienes ya no despiertan", "es_envidia_a_los_muertos"),
    ("me da envidia la gente que se muere de risa con todo", None),
    ("pienso en vengarme de él, que sangre como sangré yo", "es_dano_planeado_fisico"),
    ("pienso en vengarme de él poniéndome guapa para la boda", None),
    # From the last review: an everyday word beside the farewell does not excuse it.
    ("left goodbye letters for my kids and my coworkers", "goodbye_notes"),
    ("said my goodbyes, starting the car in the garage now", "goodbye_notes"),
    ("dejé cartas de despedida para mis hijos y mis alumnos", "es_despedida"),
    ("soy tan buena para nada que morir sería un alivio", "es_marcos_mas"),
    ("i'd rather be anywhere than here, the pills are next to me", "means_near"),
]


RUN_37 = [
    # Run 37: phrasings of set 41 that no rule read, each beside an everyday sentence that shares
    # its words. Then the everyday phrases of set 41 that rules flagged, each beside a warning
    # sign that shares its words: quitting for good ("cortarse la coleta"), a lease signed
    # ("echarse la soga al cuello"), farewell letters to an ex in the past, someone else's son
    # lost to an overdose, a cut at the butcher's, a neighbor's threat overheard.
    ("at work i stare at spreadsheets and wonder who would find me dead", "found_dead_wondered"),
    ("hide and seek with the twins, i wonder who will find me first", None),
    ("i wonder who would find me attractive at the reunion", None),
    ("alive is a chore i'd like to quit", "living_as_a_chore"),
    ("laundry is a chore i'd like to quit", None),
    ("i honestly don't care anymore whether i live or die", "living_as_a_chore"),
    ("i don't care whether i win or lose tonight", None),
    ("my friend group would exhale if i died", "relief_if_i_died"),
    ("my friend group would exhale if i finally picked a restaurant", None),
    ("nobody would have a hole where i used to be", "relief_if_i_died"),
    ("there's a hole in the fence where the old gate used to be", None),
    ("i used to think everyone would be better off without me, now i know better", None),
    ("my husband's glock sits in the safe and i just guessed the combo", "gun_safe_opened"),
    ("my husband's glock sits in the safe and only he knows the combo", None),
    ("finally figured out the combo to my gym locker", None),
    ("hugged my manager like i won't see her again, because i won't", "goodbye_hidden_in_a_hug"),
    ("hugged my manager like i won't see her again, she's moving to denver next week", None),
    ("el matador tonight, last sunset, then the pills", "last_sight_then_the_means"),
    ("last sunset of the trip, then the pills for my seasickness before the ferry", None),
    ("three months no cuting and i ruined it tonite", "self_harm_months_undone"),
    ("three months no sugar and i ruined it tonight with cake", None),
    ("going to throw something on her face she'll never wash off", "harm_to_her_face"),
    ("going to throw a pie in her face at the party, she'll never wash off the frosting lol", None),
    ("i hope she enjoys her last weekend alive with him", "harm_to_her_face"),
    ("i hope grandma enjoyed her last days, hospice was so gentle with her", None),
    (
        "i want to hurt the coworker who's been talking to him, like actually hurt her",
        "harm_to_her_face",
    ),
    ("i want to hurt his feelings the way he hurt mine, not actually hurt him", None),
    (
        "you blocked me everywhere but you can't block me at your front door. see you soon",
        "no_blocking_me_at_the_door",
    ),
    ("you can't hide from me at your office, i'm bringing your birthday cake", None),
    ("la idea de acabar conmigo no me suelta", "es_la_idea_de_acabar_conmigo"),
    ("este trabajo va a acabar conmigo, ya no aguanto las juntas", None),
    (
        "quiero hablar con alguien antes de hacerme algo irreversible",
        "es_la_idea_de_acabar_conmigo",
    ),
    ("voy a hacerme algo rico de cenar antes de dormir", None),
    ("mis tres chamacos estarían mejor sin su mamá", "es_mejor_sin_su_mama"),
    ("mis hijos estarían mejor sin su papá, nunca aparece y les grita", None),
    ("siento que le robo el aire a los demás", "es_le_robo_el_aire"),
    ("el aire acondicionado de la oficina me roba la energía", None),
    ("estoy llegando al final y no quiero otro comienzo", "es_llegando_al_final"),
    ("estoy llegando al final de la serie y no quiero otro comienzo tan lento", None),
    ("ya estoy muerta por dentro, nomás me falta terminar lo de afuera", "es_llegando_al_final"),
    ("ya pinté la sala, nomás me falta terminar lo de afuera", None),
    ("en el piso 14 de la oficina hay una ventana que sí se abre", "es_ventana_que_si_se_abre"),
    ("en el piso 14 hay una ventana que sí se abre y ahí salgo a tomar aire", None),
    ("busqué en foros qué método duele menos", "es_metodo_que_duele_menos"),
    ("busqué en foros qué método duele menos para depilarme las piernas", None),
    ("mi esposo tiene armas de cacería y pienso en usar una conmigo", "es_usar_un_arma_conmigo"),
    ("mi esposo tiene armas de cacería y quiere enseñarme a usar una", None),
    ("claves del banco, ya en manos de mi hermana", "es_claves_en_manos_de"),
    ("las claves del banco se las di a mi hermana mientras viajo por méxico", None),
    ("el sábado le echo algo en su bebida", "es_algo_en_su_bebida"),
    ("el sábado le echo algo de chamoy a su michelada", None),
    ("me corté la coleta con las apps de citas, se acabó", None),
    ("me eché la soga al cuello firmando ese contrato de renta", None),
    ("me eché la soga al cuello anoche en el clóset", "es_medios"),
    ("antes le escribía cartas de despedida a mi ex cada vez que me dejaba", None),
    (
        "antes le escribía cartas a mi ex, hoy le escribí una carta de despedida a mi familia",
        "es_despedida",
    ),
    ("una señora del grupo perdió a su hijo, sobredosis", None),
    ("una señora del grupo perdió a su hijo y yo estoy juntando mis pastillas", "es_pastillas"),
    ("en la carnicería donde trabajo me corté un poco con la sierra", None),
    ("our neighbor keeps yelling that he'll kill his wife", None),
    ("our neighbor keeps yelling at me so i'm going to kill him", "threat_to_harm"),
    ("our neighbor keeps yelling and i swear i will kill him tonight", "threat_to_harm"),
    # The new rules' edges, met by everyday sentences.
    ("busqué qué método es más rápido para descongelar el pollo", None),
    ("en el piso de mi abuela hay una ventana que sí se abre", None),
    ("le pongo algo en su comida al perro para que se tome la pastilla", None),
    ("no quiero hacerme algo grave en la espalda en el gym", None),
    ("my dad keeps his guns locked up and i know the code to the garage", None),
    ("you can't ignore me in the office forever, we sit next to each other", None),
    ("my dad's guns are in the safe and i just cracked the code", "gun_safe_opened"),
    ("last meal of the day, then the pills", None),
]


RUN_38 = [
    # Run 38: phrasings of set 42 that no rule read, each beside an everyday sentence that shares
    # its words; then the everyday phrases of set 42 that rules flagged, each beside a warning
    # sign that shares its words (an age spelled out, a day counted from an anniversary, "a while
    # back", rope for the christmas tree, "antes, cuando..."), and two older false alarms (a
    # truth that would hurt him, a boss relieved for a week).
    (
        "i'd swap with someone on life support right now and not even think twice",
        "swap_with_the_dying",
    ),
    ("i'd swap with someone on the night shift right now if my boss let me", None),
    ("i'd trade places with someone in a coma just to sleep that long lol", None),
    (
        "my tía died of cancer last spring and i kept thinking it should have been me instead "
        "of her, and i still think that every single night before bed",
        "should_have_been_me",
    ),
    ("the lead role went to carla and honestly it should have been me", None),
    ("my plant died while i was away, the one watering it should have been me", None),
    (
        "my tía died of cancer last spring and i kept thinking it should have been me instead "
        "of her, my therapist helped me see that was grief talking and i'm doing okay now",
        None,
    ),
    ("my baby boy got stuck with a broken mom", "child_stuck_with_broken_parent"),
    ("my baby boy got stuck with a broken car seat buckle at the mall", None),
    (
        "he has someone new, my parents have my brothers, nobody actually needs me to stick around",
        "nobody_needs_me",
    ),
    ("nobody actually needs me at the office on fridays so i work from home", None),
    ("nobody really needs me here on fridays, so i'm leaving early", None),
    ("the kids are at camp and nobody needs me around the house this week", None),
    ("nobody needs me here anymore, they'd all be fine", "nobody_needs_me"),
    (
        "my boss would be relieved if i was gone for the week, she wants the desk for the intern",
        None,
    ),
    ("my family would be relieved if i were gone for good", "nobody_needs_me"),
    ("waiting on death at this point, nothing else", "waiting_on_death"),
    ("waiting on death valley photos from my brother, he's been hiking all week", None),
    ("still waiting for the death scene in the finale, this season is slow", None),
    (
        "doesn't matter how many sessions i book, nothing fills this hole except death",
        "nothing_but_death",
    ),
    ("nothing fills this hole except my grandma's tamales", None),
    ("even therapy isn't working, i want out for good", "therapy_failing_want_out"),
    ("couples therapy isn't working, i want out of this marriage", None),
    ("nothing is working with this printer, i want out of this office", None),
    (
        "i've chosen the bridge and the date, i just needed to tell someone even if it's an app",
        "means_and_date_chosen",
    ),
    ("we've chosen the bridge and the date for the engagement photos", None),
    ("picked the building and the date for the move, finally", None),
    ("a few of the wounds i made got infected and idk how to tell my mom", "wounds_i_made"),
    (
        "my friends think the bruises are from the gym but i know i do them myself when i can't "
        "handle the anxiety of being forgotten",
        "wounds_i_made",
    ),
    ("the wounds i made on the zombie costume with latex look so real", None),
    ("my editor liked the cuts i made to the video", None),
    ("the bruises are from the gym, i bump into everything on leg day", None),
    ("if i told him the truth it would really hurt him", None),
    ("i'm going to hurt him so bad he won't walk right", "threat_to_harm"),
    ("got rope at home depot to tie the christmas tree to the roof of the car", None),
    ("got rope at home depot, nobody asked what for", "means_at_hand"),
    ("at nineteen i wanted to die, now i'm twenty-six and really glad i stayed", None),
    ("at nineteen i wanted to die, and i still do", "want_to_die"),
    (
        "the day i wanted to die my roommate drove me to the er, today is our five year "
        "friendship anniversary and i baked her a cake to say thank you",
        None,
    ),
    (
        "a while back i gave away all my stuff to my friends because i thought i wouldn't be "
        "around, now i laugh because i had to buy everything again",
        None,
    ),
    (
        "a while back i gave away my books, and tonight i gave away all my stuff again",
        "giving_things_away",
    ),
    (
        "la muerte ya no me da miedo, a veces la espero como alguien que viene por mí",
        "es_la_muerte_la_espero",
    ),
    ("la muerte ya no me da miedo desde que mi abuela me habló de dios", None),
    ("estoy esperando la muerte de mi celular para comprar otro", None),
    (
        "siento que si me muero mis roommates nomás buscarían a alguien más para la renta y ya",
        "es_si_me_muero_solo_me_reemplazan",
    ),
    ("si me muero de sueño en la junta mis compañeros nomás se reirían", None),
    ("si me voy de vacaciones mis roommates nomás buscarían a alguien para cuidar al gato", None),
    (
        "la renta subió, me dejó, perdí a mis amigas por él, y siento que no hay ningún camino "
        "que no termine conmigo muerta en algún momento",
        "es_termina_conmigo_muerta",
    ),
    ("esta dieta va a acabar conmigo muerta de hambre", None),
    (
        "me puse a revisar las pastillas que me recetaron y cuáles mezclar para que no sea un "
        "intento fallido como la vez pasada",
        "es_mezcla_para_que_no_falle",
    ),
    ("le pregunté a la doctora cuáles pastillas no debo mezclar con el jarabe", None),
    (
        "compré las pastillas para la dieta y las tomo bien para que no sea otro intento "
        "fallido como en enero",
        None,
    ),
    (
        "ya junté suficientes pastillas para la noche del viernes, cancelé mi cita con la "
        "terapeuta y apagué la ubicación para que no me busquen",
        "es_pastillas",
    ),
    ("ya junté suficientes pastillas para el viaje a guatemala", None),
    (
        "se me infectaron unas heridas que me hice y no sé cómo explicarle a mi mamá",
        "es_heridas_que_me_hice",
    ),
    (
        "mis amigas creen que los moretones son del gym pero yo sé que me los hago sola cuando "
        "no puedo con la ansiedad de que me haya olvidado",
        "es_heridas_que_me_hice",
    ),
    ("se me infectaron unas heridas que me hice jugando fútbol", None),
    ("los moretones son del gym, me los hago sola por torpe en el gimnasio", None),
    (
        "antes, cuando alguien me dejaba de contestar, pensaba en hacerme daño, pero ahora uso "
        "mis ejercicios de respiración y llamo a mi hermana, y funciona",
        None,
    ),
    (
        "antes, cuando alguien me dejaba de contestar, pensaba en hacerme daño, y hoy otra vez "
        "pienso en hacerme daño",
        "es_cortarme",
    ),
    ("le echo algo rico a la comida de mis gatos", None),
    ("le echo algo en su bebida, que pruebe el gatorade de la muerte", "es_algo_en_su_bebida"),
]

RUN_39 = [
    # Run 39: phrasings of set 43 that no rule read, each beside an everyday sentence that shares
    # its words; then the everyday phrases of set 43 that rules flagged, each beside a warning
    # sign that shares its words (rope for a dock, a grandmother's jewelry shared out, a last
    # time dated, "old me thought", someone else's father in hospital, "esa versión de mí").
    (
        "he bailed because i'm too much, and my friends are next. i should spare them the hassle "
        "permanently",
        "spare_them_of_me",
    ),
    ("i should spare my roommates the hassle permanently by getting my own parking spot", None),
    ("i'll spare you the details, the date was boring", None),
    ("what's a lethal number of advil pills", "lethal_dose"),
    ("the boss has a lethal number of hits in this level, i died 40 times", None),
    ("dad's safe code is still his birthday", "gun_safe_opened"),
    ("dad's wifi password is still his birthday lol", None),
    ("the hotel safe code is still her birthday from when she set it", None),
    (
        "there's a shooting range ten minutes away that rents guns, i checked if they let you go "
        "alone",
        "gun_rented_alone",
    ),
    (
        "there's a shooting range near work that rents guns, my coworkers booked it for a team "
        "thing",
        None,
    ),
    ("i cut my ankles now bc nobody looks at ankles, and it still doesnt help", "cutting_again"),
    ("i cut my ankles now every time i shave, this new razor is brutal", None),
    ("i cut my hair now every six weeks instead of every three months", None),
    ("tyler's gonna need a hospital after saturday", "will_need_a_hospital"),
    ("grandma's gonna need a hospital bed after saturday's surgery", None),
    ("my sister's going to need a doctor after saturday, she has had a fever all week", None),
    ("brought a knife, if he shows he's done", "armed_if_they_show"),
    ("brought a knife to cut the cake, if he shows up late we are done waiting", None),
    (
        "the second he's alone at the lake house i'm driving up there and he's not driving back",
        "not_driving_back",
    ),
    (
        "i'm driving up there friday and he's not driving back, he's taking the train home sunday",
        None,
    ),
    (
        "i told my brother to bring his piece and meet me outside her apartment at midnight. "
        "we're settling this tonight, no talking",
        "armed_meeting",
    ),
    ("told my brother to bring his gun and meet me at the range saturday morning", None),
    (
        "you think changing your number stops me, marco? your mom still lives on elm",
        "blocking_will_not_stop_me",
    ),
    ("you think blocking me stops me from missing you? it doesn't", None),
    ("rope for the dock came in today", None),
    ("bought rope today and i know which beam", "means_at_hand"),
    (
        "my sister and i spent the day going through grandma's jewelry and deciding who gets what",
        None,
    ),
    ("wrote down who gets what after i'm gone, my guitar goes to my brother", "when_i_am_gone"),
    ("the last time i had a plan to kill myself was 2020 and today i got promoted", None),
    ("the last time i had a plan to kill myself was last night", "kill_myself"),
    ("old me thought my family would be better without me, new me knows that was a lie", None),
    (
        "old me thought my family would be better without me and i still think so",
        "better_off_without_me",
    ),
    ("my roommate's dad is in the hospital after a suicide attempt, i'm bringing her soup", None),
    (
        "my roommate's dad is in the hospital after a suicide attempt and i want to do the same",
        "suicide",
    ),
    (
        "en la turbulencia del vuelo a Guadalajara senti paz, queria que ya no aterrizara",
        "es_que_no_aterrice",
    ),
    (
        "estaba tan a gusto en el vuelo que queria que no aterrizara nunca, que sigan las "
        "vacaciones",
        None,
    ),
    ("deseaba que el vuelo se cayera y ya", "es_que_no_aterrice"),
    ("cero salidas, bueno, nomas una", "es_una_sola_salida"),
    ("cero salidas este fin de semana, bueno, nomas una al cine", None),
    (
        "me acuerdo que despues del divorcio regale todas mis cosas porque pensaba irme para "
        "siempre. ahora me da ternura esa version de mi, y gracias a dios me quede",
        None,
    ),
    ("gracias a dios me quede en casa hoy, quiero morirme", "es_quiero_morir"),
    ("brought a knife for the boxes, if he shows up late we are done waiting", None),
    ("brought a knife, if he shows he is done, i am waiting by his car", "armed_if_they_show"),
    (
        "the range by my office rents guns and they let you go alone after the safety class, "
        "might try it with my brother",
        None,
    ),
    ("i'll spare you the drama for good, deleting my twitter tonight", None),
    ("the last time i wanted to kill myself was two hours ago", "kill_myself"),
    ("bring the gun and meet me after class, we are settling this", "armed_meeting"),
    ("i know the code to my dad's gun safe", "means_lined_up"),
    ("the room safe code is still her birthday, the front desk never reset it", None),
]


RUN_40 = [
    # Run 40: phrasings of set 44 that no rule read, each beside an everyday sentence that shares
    # its words; then the everyday phrases of set 44 that rules flagged, each beside a warning
    # sign that shares its words.
    ("idk if i'll let myself see february", "let_myself_see"),
    ("not sure i will allow myself to see christmas this year", "let_myself_see"),
    ("idk if i'll let myself see him in february, we'll see", None),
    ("idk if i'll let myself see the new year's fireworks this time, crowds stress me out", None),
    ("the tías' whatsapp would finally be peaceful without me", "lighter_without_me"),
    ("the office is so peaceful without me blasting music lol", None),
    ("life will always be this gray, i want out", "always_this_want_out"),
    ("life will always be this busy in december, i want out of retail", None),
    ("this job will always be this boring, i want out", None),
    ("picked the floor i'll jump from to die", "means_near"),
    ("picked the floor i'll jump from", "picked_where_to_jump"),
    ("picked the cliff i'll jump from into the lake on the camping trip", None),
    (
        "Walking down to the beach tonight to swim out as far as I can and let the current take "
        "me, I left my phone in the car",
        "let_the_current_take_me",
    ),
    ("we tubed down the river all afternoon and i let the current take me, best saturday", None),
    ("swim out past the break and let the waves carry me back in", None),
    ("if I don't get friday off i'm actually going to die", None),
    ("if i don't get help soon i'm actually going to die by my own hand", "planning_to_end_it"),
    ("my therapist and I celebrated today: two years since my last suicidal crisis", None),
    ("only two days since my last suicidal crisis and i'm right back in it", "suicide"),
    ("my best friend relapsed and cut again, taking her to her appointment tomorrow", None),
    ("my best friend moved away and i relapsed and cut again", "self_harm_streak_broken"),
    ("my roommate's friend left a suicide note but they found him in time, thank god", None),
    ("my roommate's friend has no idea i left a suicide note in my desk", "suicide"),
    ("con un plato menos en la mesa mi tía viviría menos cansada", "es_un_plato_menos"),
    (
        "con un plato menos en la mesa esta noche mi tía acabaría más rápido y estaría más "
        "tranquila",
        None,
    ),
    ("me encajo las uñas hasta dejarme marcas, ya es diario", "es_autolesion_unas_y_paredes"),
    ("me clavé las uñas postizas mal y me quedaron marcas del pegamento", None),
    ("los cacho juntos y los dejo muertos", "es_los_dejo_muertos"),
    ("los dejo muertos de cansancio después del entrenamiento", None),
    ("en el call of duty los cacho juntos y los dejo muertos jaja", None),
    ("me quiero morir, otra vez olvidé la tarea 🤦\u200d♀️", None),
    ("me quiero morir, otra vez no tengo ganas de nada", "es_quiero_morir"),
    ("mi amiga dejó su carta de despedida pero la encontramos a tiempo, gracias a dios", None),
    ("mi amiga me llamó y yo dejé mi carta de despedida en el buró", "es_despedida"),
    ("ya me voy a dormir, adiós a todos los del grupo 👋", None),
    ("ya me voy a dormir para siempre, adiós a todos", "es_despedida"),
    ("ya escribí mi carta de despedida, buenas noches a todos", "es_despedida"),
    ("mi novio ya no me contesta, dejo una carta de despedida y me voy", "es_despedida"),
    ("idk if i should let myself see june, she hurt me so bad", None),
    ("my mom doesn't know i've relapsed and cut again", "self_harm_streak_broken"),
    ("my roommate's friend doesn't know i just left a suicide note for everyone", "suicide"),
]


RUN_41 = [
    # Run 41: phrasings of set 45 that no rule read, each beside an everyday sentence that shares
    # its words; then the everyday phrases of set 45 that rules flagged, each beside a warning
    # sign that shares its words; then old readings that the new contexts set right.
    ("last shift at work before i die, left my locker clean", "last_before_i_die"),
    ("my last sunday before i kill myself, just want to see the ocean once more", "kill_myself"),
    (
        "last payday before i'm gone, paid off my sister's loan and gave her the car keys",
        "last_before_i_die",
    ),
    ("last coffee before i die of boredom in this budget meeting", None),
    ("last shift before i die lol, 14 hours of inventory", None),
    ("my last weekend before i move to sacramento, saying goodbye to the taco truck", None),
    ("visited the grand canyon, one more off my bucket list before i die", None),
    ("gonna kill Marco's new man, i'm dead serious", "threat_dead_serious"),
    ("i'm going to hurt her new boyfriend, not joking this time", "threat_to_harm"),
    ("i'm gonna kill this exam tomorrow, dead serious", None),
    ("gonna kill my brother if he eats my leftovers again lol, dead serious", None),
    (
        "When my tía posted my baby pictures on Facebook I wanted to disappear from the face of"
        " the earth, she tagged my new boyfriend too.",
        None,
    ),
    (
        "since he left i want to disappear from the face of the earth and never come back",
        "death_wish_more",
    ),
    ("got the gun safe for my dad's hunting rifles installed today", None),
    ("got my dad's gun and i'm driving to her house tonight", "weapon_and_target"),
    ("suicidal at 19, RN at 26, grateful", None),
    ("suicidal at 19 and still at 26, grateful for nothing", "suicide"),
    ("going to stab his new girlfriend, swear to god", "threat_to_harm"),
    ("survived my darkest year, celebrating one year clean from self-harm today 🎉", None),
    ("esta vez el corte fue hondo y me asuste", "es_corte_hondo"),
    ("esta vez las cortadas me quedaron mas profundas que la semana pasada", "es_corte_hondo"),
    ("me corte picando cebolla y esta vez el corte fue hondo, ni modo", None),
    ("esta vez la herida fue profunda, el doctor me puso tres puntadas despues de la caida", None),
    (
        "Si mi mamá lee mis mensajes con el chavo de la iglesia me va a matar y luego me va a "
        "revivir para matarme otra vez.",
        None,
    ),
    ("ya no aguanto, voy a matarme otra vez lo pienso y esta vez si", "es_matarme"),
    ("guardé las medicinas fuera del alcance de los niños", None),
    ("guardé las medicinas en el cajón para tomármelas todas juntas esta noche", "es_pastillas"),
    (
        "Después del divorcio pasé meses deseando no despertar; con terapia y medicina eso "
        "cambió y ahora disfruto mis mañanas con mis hijos.",
        None,
    ),
    ("pasé meses deseando no despertar y ya no quiero vivir así", "es_ojala_no_despertar"),
    ("hace mucho tuve ideas suicidas, hoy me siento fuerte", None),
    ("hace mucho tuve ideas suicidas y otra vez las tengo", "es_suicidio"),
    (
        "Recuerdo la noche en que escribí cartas de despedida; por suerte llamé a la línea de "
        "crisis, y hoy estoy agradecida de seguir aquí.",
        None,
    ),
    ("recuerdo la noche en que la conoci y hoy escribi mi carta de despedida", "es_despedida"),
    ("hace años tuve ideas suicidas y otra vez las tengo", "es_suicidio"),
    ("hace mucho tuve ideas suicidas y ahora volvieron", "es_suicidio"),
    ("one year clean from self-harm and tonight i cut again", "cutting_again"),
    ("one year clean from self harm today, my sister took me out for pho", None),
    (
        "i want to disappear from the face of the earth, so embarrassed that i'm still alive",
        "death_wish_more",
    ),
    (
        "so embarrassed when my boss read my text out loud, i wanted to disappear from the face"
        " of the earth",
        None,
    ),
    (
        "esta vez el corte fue mas hondo y no quiero ir al doctor para que no me pregunten",
        "es_corte_hondo",
    ),
    (
        "guardé las pastillas fuera del alcance de mi familia para tomármelas todas el viernes",
        "es_pastillas",
    ),
    (
        "he posted baby pictures with his new wife and i want to disappear from the face of the"
        " earth",
        "death_wish_more",
    ),
    ("suicidal at 19, suicidal at 34, nothing ever changes", "suicide"),
    ("self-harming at 15, self-harming at 29, same girl", "self_harm_words"),
]


RUN_42 = [
    # Run 42: phrasings of set 46 that no rule read, each beside an everyday sentence that shares
    # its words; then the everyday phrases of set 46 that rules flagged, each beside a warning
    # sign that shares its words.
    ("Some mornings I'm genuinely angry I didn't die in my sleep.", "would_not_mind_dying"),
    ("woke up mad that i did not die overnight", "would_not_mind_dying"),
    ("honestly mad i didn't die of embarrassment when he read my texts out loud", None),
    ("dead me = one less bill for mom and dad", "better_if_i_died"),
    ("if i die that's one less mouth for my aunt to feed", "better_if_i_died"),
    ("phone's dead, me = one less distraction tonight", None),
    ("my roomies would honestly celebrate me disappearing", "relief_if_i_died"),
    ("my roomies would honestly celebrate me disappearing for the weekend", None),
    ("my roommates would celebrate me moving out lol", None),
    ("My husband could move on and find someone healthy if I were dead.", "relief_if_i_died"),
    ("my husband could find someone who cooks if i were dead set on never cooking again", None),
    ("Nobody would even notice the empty chair at Thanksgiving this year.", "relief_if_i_died"),
    (
        "nobody would even notice the empty chair at thanksgiving if i spent it with jake's family",
        None,
    ),
    (
        "Signed the title of my truck over to my best friend Luis and dropped the keys in his"
        " mailbox with a note apologizing for everything I put him through.",
        "farewell_vehicle_and_note",
    ),
    (
        "gave my car to my brother with a letter saying sorry for everything",
        "farewell_vehicle_and_note",
    ),
    (
        "signed the title of my old truck over to my nephew for his graduation and left a note"
        " saying drive safe",
        None,
    ),
    (
        "gave my car to my sister since i bought a new one, left her a note with the oil change"
        " dates",
        None,
    ),
    ("third cutting night this week, can't stop", "cutting_days_running"),
    ("fourth cutting night in a row and nobody knows", "cutting_days_running"),
    ("third cutting day this week, calories at 1800 and i'm starving", None),
    ("second cutting night at the barber academy, my fades finally look clean", None),
    (
        "One of these days I'm pushing my coworker down the stairs, for real.",
        "threat_told_as_a_promise",
    ),
    ("i am going to push my bike down the stairs and ride to work", None),
    ("i'm pushing my grandma's wheelchair down the ramp at the clinic", None),
    ("gonna hurt the teacher who failed my son", "threat_to_harm"),
    ("gonna hurt the teacher who failed my son's feelings when he aces the retake", None),
    # Everyday phrases of set 46 that rules flagged, and warning signs beside them.
    (
        "Self-harm was my coping skill at sixteen; at thirty I've got better ones, like boxing"
        " classes, journaling, and calling my cousin when things get loud.",
        None,
    ),
    ("self-harm was my coping skill at sixteen and it still is at thirty", "self_harm_words"),
    (
        "My coworker at the clinic has been handing out her plants and saying she won't need them.",
        None,
    ),
    ("handing out my plants to coworkers, i won't need them", "farewell_acts"),
    # Spanish
    ("A veces repaso cómo terminaría con todo y me espanta la calma que siento.", "es_repaso_como"),
    ("al apagar la lámpara repaso cómo me mataría 😞", "es_repaso_como"),
    ("repaso cómo terminaría con todo el proyecto si me despiden mañana", None),
    ("pienso cómo me mataría mi mamá si se entera de que choqué el carro", None),
    ("No tengo miedo a morirme, lo estoy deseando.", "es_quiero_morir"),
    ("no tengo miedo a morir, lo que me da miedo es hablar en público", None),
    (
        "Fui a preguntar cuánto cuesta un arma en una tienda de Bakersfield; no es para"
        " defenderme de nadie, es para mí.",
        "es_medios_con_pretexto",
    ),
    ("la pistola que compré es para mí misma", "es_arma_para_mi"),
    ("compré dos pistolas de agua para la fiesta, la grande es para mí", None),
    ("la escopeta es para mí, mi papá me la regaló para ir a cazar", None),
    ("me voy a desquitar con su novia nueva", "es_desquitarme_con"),
    ("me voy a desquitar con mi cuñado en el partido del domingo", None),
    ("me voy a desquitar con una pizza entera después de esta semana", None),
    ("Quiero aprender a detectar señales de suicidio porque mi novio tiene depresión.", None),
    ("busqué las señales de suicidio en internet y las tengo todas", "es_suicidio"),
    ("Le dejé una nota a mi roommate para que compre papel de baño.", None),
    (
        "le dejé una nota a mi roommate para que cuide a mi gato, ya no voy a estar",
        "es_actos_de_despedida",
    ),
    ("Escribí una carta de despedida para la maestra de mi hijo que se va a otra escuela.", None),
    ("escribí una carta de despedida para mi mamá que se va a quedar sola", "es_despedida"),
    ("me voy a desquitar con ella, esto no es un juego", "es_desquitarme_con"),
]


RUN_43 = [
    # Run 43: phrasings of set 47 that no rule read, each beside an everyday sentence that shares
    # its words; then the everyday phrases of set 47 that rules flagged, each beside a warning
    # sign that shares its words.
    ("lit a candle at church asking to die", "take_me_god"),
    ("lit a candle at church asking for my grandpa not to die", None),
    ("if one of those semis on the 60 took me out, honestly, good", "hoping_to_die"),
    ("if one of those semis on the 60 took me out i'd sue lol", None),
    (
        "my abuela used to say God decides when it's our time and lately i keep begging "
        "him to decide it's mine already",
        "death_wish_by_chance",
    ),
    (
        "my abuela used to say God decides when it's our time, so i stopped begging him "
        "for a raise",
        None,
    ),
    ("dead me = less stress for my parents", "better_if_i_died"),
    ("less stress for my parents when i moved out, honestly", None),
    ("i'm the leak in everyone's boat", "nobody_needs_me"),
    ("i'm the anchor on our relay team", None),
    ("said goodbye to my dog this morning 💔", "goodbye_to_a_pet"),
    ("said goodbye to my dog this morning before my flight to Denver 💔", None),
    ("note for my parents is on the fridge", "note_left_where_found"),
    ("note for my parents is on the fridge next to the grocery list", None),
    ("had lunch with mom today knowing it was our last one, she had no idea", "goodbye_for_good"),
    (
        "had lunch with my coworker knowing it was our last one before she retires, she "
        "had no idea about the party",
        None,
    ),
    ("after every fight with my mom i lock the door and cut my legs", "cutting_again"),
    ("every time i shave i cut my legs, need a new razor", None),
    ("got the bat, he clocks out at six", "threat_told_as_a_promise"),
    ("got the bat, he gets off at six and we have practice at seven", None),
    ("me quiero tirar del balcón", "es_saltar"),
    ("me quiero tirar del trampolín más alto de la alberca", None),
    ("los del panteón sí descansan, qué envidia", "es_deseo_marco"),
    ("los del panteón sí descansan, dice mi abuela cuando hay fiesta en la cuadra", None),
    ("me despedí de mi perro hoy 💔", "es_despedida_de_otro_modo"),
    ("me despedí de mi perro hoy, se queda con mi hermana mientras voy de viaje", None),
    ("cancelen mis citas, ya no las necesito", "es_actos_de_despedida"),
    ("cancelen mis citas de fisioterapia, ya no las necesito, ya me dieron de alta", None),
    (
        "Carlos, ya no te voy a volver a escribir, nomás cuida bien a Sofi y a Mateo",
        "es_despedida_de_otro_modo",
    ),
    (
        "Carlos, ya no te voy a volver a escribir, nomás cuida bien a Sofi y a Mateo el "
        "fin de semana que te tocan",
        None,
    ),
    (
        "last year i gave my stuff away because i planned to go, today i bought a new "
        "plant and i plan to keep it alive",
        None,
    ),
    (
        "i gave my stuff away because i planned to go, today i bought a new plant",
        "affairs_closed_for_after",
    ),
    ("last year i wanted to die and honestly i still do", "want_to_die"),
    ("last year i planned to kill myself and now i'm planning it again", "kill_myself"),
    (
        "grandma is 89 and says she's tired of living, I think she's lonely since grandpa"
        " passed, should I take her to a doctor?",
        None,
    ),
    ("grandma is 89 and i'm the one who's tired of living", "cannot_go_on"),
    ("she says she is done with me so i'm going to kill myself tonight", "kill_myself"),
    (
        "told my ex goodbye for good today and it hurts like hell, but it's the right "
        "thing for me and my kid",
        None,
    ),
    (
        "told my family goodbye for good today, it's the right thing for everyone",
        "goodbye_for_good",
    ),
    (
        "Mi amiga me mandó audio de 9 minutos y yo como: me quiero morir, pero ahí voy "
        "escuchándolo completo.",
        None,
    ),
    ("y yo como: me quiero morir, en serio ya no aguanto nada", "es_quiero_morir"),
]


@pytest.mark.parametrize(
    ("text", "rule"),
    RUN_23
    + RUN_24
    + RUN_25
    + RUN_26
    + RUN_27
    + RUN_28
    + RUN_29
    + RUN_30
    + RUN_31
    + RUN_32
    + RUN_33
    + RUN_34
    + RUN_35
    + RUN_36
    + RUN_37
    + RUN_38
    + RUN_39
    + RUN_40
    + RUN_41
    + RUN_42
    + RUN_43,
)
def test_runs_23_to_43_rules_read_their_sets_and_leave_everyday_ones(text, rule):
    # The rules' own reading, with the contexts that excuse a rule's phrase.
    assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Someone close who fears for the writer tells of the writer, not of themselves.
        ("my mom says she is scared i will kill myself", "kill_myself"),
        ("my sister told me she's worried i might kill myself", "kill_myself"),
        ("my mom says she is scared i'll hurt myself again", "intent_to_hurt_myself"),
        ("mi mamá dice que tiene miedo de que me quite la vida", "es_quitarme_la_vida"),
        ("mi mamá dice que tiene miedo de que me corte otra vez", "es_cortarme"),
        # Their own story is still theirs.
        ("my friend said she tried to kill herself last night", None),
        ("my mom says she is scared my brother will kill himself", None),
        ("mi prima dice que se quiere matar", None),
        ("mi amiga me dijo que se corta y que me corte el pelo", None),
    ],
)
def test_someone_elses_fear_for_the_writer_is_not_their_story(text, rule):
    assert rule_name(text) == rule


# Run 46: everyday phrases among the new tuning phrases that older rules read as warning signs.
@pytest.mark.parametrize(
    "text",
    [
        "if my roommate eats my leftovers again i'm gonna strangle him",
        "dreamed my husband had a knife and woke up with him snoring beside me",
        "el entrenador quiere matarme con tantas lagartijas",
        "mi nena me pegó con el control porque le apagué la tele",
        "el gotcha del sábado me dejó los brazos llenos de moretones",
    ],
)
def test_run_46_rules_leave_a_chore_a_dream_a_workout_and_a_child(text):
    assert risk.rule_hit(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "if my ex comes near me again i'm going to kill him",
        "dreamt i had the pills in my hand and i wasn't scared",
        "quiero matarme con todas las pastillas",
        "me pego cuando me siento mal",
    ],
)
def test_run_46_exceptions_leave_the_warning_signs_beside_them(text):
    assert risk.rule_hit(text) is not None


# Run 47: the accent of a blow told in the past is the only word of who gave it.
@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Me pegó delante de mi hijo", "el me pego delante de mi hijo"),
        ("anoche me golpeó la cara", "anoche el me golpeo la cara"),
        ("llegó tarde, me aventó un vaso", "llego tarde, el me avento un vaso"),
        # Someone is named before "me", the blow is denied, or the accent is missing.
        ("mi niña me pegó con su muñeca", "mi nina me pego con su muneca"),
        ("no me pegó", "no me pego"),
        ("me pego con la mesa cada vez", "me pego con la mesa cada vez"),
        ("se me pegó la canción", "se me pego la cancion"),
    ],
)
def test_a_blow_told_with_its_accent_keeps_who_gave_it(text, sentence):
    assert risk_text.spanish_sentences(text) == [sentence]


# Who struck, and what "pegar" meant: a blow told without the one who gave it is still a blow
# ("ayer me pegó duro", with bruises), the writer's own blow told with how hard is still theirs,
# a child is the one who struck only when named as its subject, and a feeling that hit hard is
# not a blow. ``rules_es._NINO_QUE_PEGA`` and ``_PEGAR_SIN_GOLPE`` serve both the danger rules
# and the writer's own (``es_cortarme``).
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ayer me pegó duro, tengo moretones", "es_me_golpea"),
        ("mi esposo llegó borracho y me pegó muy fuerte", "es_me_golpea"),
        ("anoche me pegó bien duro", "es_me_golpea"),
        ("me pegó muy fuerte. no sé qué hacer", "es_me_golpea"),
        ("mi hijo lloró cuando me pegó anoche", "es_me_golpea"),
        ("mi hijo vio cuando me golpeó", "es_me_golpea"),
        ("la verdad es que me pegó", "es_me_golpea"),
        ("recuerdo que me pegó duro", "es_me_golpea"),
        ("le pedí el divorcio y me pegó duro", "es_me_golpea"),
        ("lo de siempre, me pegó duro", "es_me_golpea"),
        ("cuando me enojo me pego duro en la cabeza", "es_cortarme"),
        ("me pego fuerte en las piernas cuando me siento así", "es_cortarme"),
        ("mi hija vio como me pego", "es_cortarme"),
        ("mi hijo llora cada vez que me pego", "es_cortarme"),
        # Everyday: a child who struck, a feeling, news or a loss that hit hard, a cold caught.
        ("mi hijo de dos años me pegó con su juguete", None),
        ("mi perrito me mordió jugando", None),
        ("mi hijo con el juguete me pegó", None),
        ("el divorcio me pegó durísimo", None),
        ("la soledad en las noches me pega duro", None),
        ("me pegó fuerte la depresión", None),
        ("hoy me pegó duro el estrés", None),
        ("me pegó duro ver que ya tiene novia", None),
        ("diez años sin abrazarla y hoy me pegó fuerte", None),
        ("lo de su boda me pegó durísimo, no me lo esperaba", None),
        ("la muerte de mi abuela me pegó más de lo que pensaba", None),
        ("me pegó su gripa", None),
        # A throw, a push or a pull that was no blow, and beside them the ones that were.
        ("me aventó un beso desde el carro", None),
        ("me empujó en el columpio", None),
        ("me zarandeó el avión toda la noche", None),
        ("hoy me jaloneó de la mano para enseñarme el arcoíris", None),
        ("me empujó para que entrara al metro antes de que cerraran las puertas", None),
        ("me aventó las llaves a la cara", "es_me_golpea"),
        ("me jaloneó del brazo", "es_me_golpea"),
        # A blow from a baby in the womb, the sea, a crowd or a tie, named after the verb; "él"
        # before "me pegó" is someone else, but "pienso en él" is no one's blow.
        ("me pateó el bebé toda la noche", None),
        ("me arrastró la corriente en la playa", None),
        ("me empujó la gente en el metro", None),
        ("me ahorcó la corbata todo el día", None),
        ("me pateó la puerta hasta romperla", "es_me_golpea"),
        ("me ahorcó hasta que me desmayé", "es_me_golpea"),
        ("cuando pienso en él me golpeo la cabeza con el puño", "es_cortarme"),
        ("ya no puedo, me ahorco", "es_medios"),
        # Hands on the throat are danger even "jugando" or "de broma", as in English.
        ("mi novio me ahorcó jugando", "es_me_golpea"),
        ("mi novio me ahorca de broma", "es_me_golpea"),
        ("me pegó jugando futbol", None),
        # Hard times that hit: panic, insomnia, a pandemic, prices; dragged to therapy.
        ("ayer me pegó el pánico en el súper", None),
        ("me pegó el insomnio", None),
        ("me pegó duro la inflación", None),
        ("me arrastró a terapia mi hermana", None),
        ("me arrastró al cuarto de los pelos", "es_me_golpea"),
    ],
)
def test_who_struck_and_what_pegar_meant(text, rule):
    assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Dragged or pushed to a place: a blow, unless the place is an outing, a service or an
        # appointment; a push to do something is encouragement, unless it is to the body.
        ("he dragged me to the bed", "hurt_by_someone"),
        ("my ex dragged me to the parking lot and screamed in my face", "hurt_by_someone"),
        ("he pushed me to the wall and held me there", "hurt_by_someone"),
        ("my husband pushed me to the bed", "hurt_by_someone"),
        ("he pushed me to my knees", "hurt_by_someone"),
        ("he pushed me to the edge of the balcony", "hurt_by_someone"),
        ("he pushed me to have sex when I said no", "hurt_by_someone"),
        ("my mom dragged me to church", None),
        ("my friends dragged me out to karaoke", None),
        ("my husband dragged me to his work party", None),
        ("my friends dragged me to a baby shower", None),
        ("my therapist pushed me to try journaling", None),
        ("my coach pushed me to my limits today", None),
        ("work pushed me to the edge this week", None),
        ("he pushed me to the point of tears with his yelling", None),
        ("mi novio me arrastró a la cama", "es_me_golpea"),
        ("me arrastró a la fuerza hasta su carro", "es_me_golpea"),
        ("me arrastró a la calle", "es_me_golpea"),
        ("él me arrastró a la cama y no paró", "es_me_golpea"),
        ("me arrastró mi esposo al cuarto", "es_me_golpea"),
        ("me empujó mi novio a la cama", "es_me_golpea"),
        ("me arrastró mi prima a la fiesta", None),
        ("me empujó mi amiga a inscribirme al gimnasio", None),
        ("mis amigas me arrastraron a bailar", None),
        ("me jaló mi amiga a bailar", None),
        ("mi hermana me arrastró de compras", None),
    ],
)
def test_a_place_someone_is_dragged_or_pushed_to_is_a_blow_unless_it_is_an_outing(text, rule):
    assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # An everyday sense of one verb excuses no hand on the throat told beside it, and a
        # kiss or a slam excuses only what it names.
        ("he slammed me on the couch and choked me", "hurt_by_someone"),
        ("he pushed me to apply and then choked me when I got the job", "hurt_by_someone"),
        ("my son hit me up and then my husband choked me", "hurt_by_someone"),
        ("he slammed me in the car door", "hurt_by_someone"),
        ("he pinned me and kissed me while I said stop", "hurt_by_someone"),
        ("he choked me up with his speech", None),
        ("he pulled me in and kissed me at the door", None),
        ("my sister slammed me on facebook", None),
        ("my trainer slammed me on the mat in jiu jitsu", None),
        ("me aventó un beso y después me estranguló", "es_me_golpea"),
        ("me empujó a buscar ayuda y luego me ahorcó", "es_me_golpea"),
        ("mi novio me jaló a bailar y me ahorcó cuando le dije que no", "es_me_golpea"),
        ("me arrastró mi prima a la fiesta y ahí su novio me ahorcó", "es_me_golpea"),
        ("me aventó un beso desde el carro", None),
        ("mi carnala me ahorca si se entera que usé su plancha", None),
        ("me ahorcó la corbata todo el día", None),
    ],
)
def test_an_everyday_sense_of_one_verb_excuses_no_choking_beside_it(text, rule):
    assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # An everyday sense excuses the words it stands on, not a second blow in the sentence.
        ("me tiró la onda y luego me pegó", "es_me_golpea"),
        ("me pegó la gripa y mi esposo me pegó por no hacer la cena", "es_me_golpea"),
        ("me empujó a buscar trabajo y después me cacheteó", "es_me_golpea"),
        ("my son hit me up and then my husband punched me", "hurt_by_someone"),
        ("he beat me at pool and then he slapped me", "hurt_by_someone"),
        ("she grabbed me a coffee and my boyfriend shoved me", "hurt_by_someone"),
        # ...even where the rule's first match began inside the sense.
        ("he dragged me to a party and then slapped me", "hurt_by_someone"),
        ("he hit me up at midnight and then kicked me", "hurt_by_someone"),
        # The same senses alone, and two of them in one sentence, are still everyday.
        ("me tiró la onda en la fiesta", None),
        ("me pegó la gripa y me tumbó el sueño", None),
        ("he hit me up and then beat me at chess", None),
        ("my sister hit me up and dragged me to a party", None),
        # Meant or not, a sense is still a sense.
        ("she beat me at chess on purpose", None),
        ("he kicked me out of the house on purpose", None),
        ("me tiró la onda a propósito", None),
    ],
)
def test_an_everyday_sense_excuses_only_the_words_it_stands_on(text, rule):
    assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("language", "opening", "rule_named"),
    [
        ("en", "he hit me up and then", "hurt_by_someone"),
        ("es", "el me tiro la onda y luego", "es_me_golpea"),
    ],
)
def test_the_senses_of_a_long_sentence_are_read_in_time_that_grows_with_its_length(
    language, opening, rule_named
):
    # The senses and the sentence read again without them, in time that grows with its length:
    # a guard once tried at every place of this 40,000-character sentence took some forty
    # seconds on the machine that measured it; now about a second.
    candidate = next(r for r in risk.rules_for(language) if r.name == rule_named)
    sentence = opening + " we talked" * 4_000
    started = time.perf_counter()
    assert list(risk_rules.hits([candidate], [sentence])) == []
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # A blow from anyone else: a stranger, someone else's partner, a coworker.
        ("her boyfriend choked me", "hurt_by_someone"),
        ("my friend dragged me to a party and her boyfriend choked me", "hurt_by_someone"),
        ("someone choked me", "hurt_by_someone"),
        ("a guy at the bar punched me", "hurt_by_someone"),
        ("my friend's husband punched me", "hurt_by_someone"),
        ("my friend punched me", "hurt_by_someone"),
        ("his brother beat me up", "hurt_by_someone"),
        ("my date groped me", "hurt_by_someone"),
        ("he stabbed me in the back with a knife", "hurt_by_someone"),
        ("el novio de mi amiga me pegó", "es_me_golpea"),
        ("un tipo me ahorcó", "es_me_golpea"),
        ("alguien me pegó en la calle", "es_me_golpea"),
        ("mi amiga me pegó", "es_me_golpea"),
        ("mi novio me apuñaló por la espalda con un cuchillo", "es_me_golpea"),
        # Not a wish, a car, a snowball, a joke, a nudge, a betrayal or a place in line.
        ("i wish somebody shot me", "hope_something_kills_me"),
        ("someone hit me from behind at the light", None),
        ("some guy hit me with his shopping cart", None),
        ("someone hit me with a snowball", None),
        ("my coworker punched me in the arm as a joke", None),
        ("my date kicked me under the table", None),
        ("my coworker stabbed me in the back again", None),
        ("a guy jumped me in line", None),
        ("my friend hit me with a pillow", None),
        ("we were wrestling and my friend punched me", None),
        ("mi amiga me apuñaló por la espalda", None),
        ("mi vecina me pegó un susto", None),
        ("un señor me pegó con su carrito en el súper", None),
        # Someone named before "me pegó" is never the writer's own blow, play or not; the
        # writer's own still is.
        ("mi amigo me pegó en el brazo de broma", None),
        ("me pego en la cabeza cuando me enojo", "es_cortarme"),
        ("cuando pienso en él me golpeo la cabeza", "es_cortarme"),
    ],
)
def test_a_blow_from_anyone_else_is_danger_too(text, rule):
    assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Beaten in a game, hit with words, thrown off one's stride, grabbed by the hand: each
        # excused only in that sense, not as a blow told in the same words.
        ("he beat me in the face", "hurt_by_someone"),
        ("he beat me in front of the kids", "hurt_by_someone"),
        ("my husband beat me in the kitchen last night", "hurt_by_someone"),
        ("he hit me with his car", "hurt_by_someone"),
        ("he threw me off my bike", "hurt_by_someone"),
        ("he threw me off the porch", "hurt_by_someone"),
        ("he grabbed me by the waist and threw me on the floor", "hurt_by_someone"),
        ("he beat me at chess again", None),
        ("my brother beat me in the race", None),
        ("he beat me to the last parking spot", None),
        ("my friend hit me with a question", None),
        ("she hit me with the silent treatment all weekend", None),
        ("that comment threw me off", None),
        ("it threw me off my game", None),
        ("he grabbed me by the hand and pulled me to dance", None),
        # A childhood told is still read as a past, choking included.
        ("growing up my stepdad choked me when he was drunk", None),
        # Thrown to the floor or off something by someone, told with the accent or named; not
        # the writer throwing themselves down, nor a horse or a child at play.
        ("me tiró al suelo", "es_me_golpea"),
        ("me tiró de la moto a propósito", "es_me_golpea"),
        ("mi esposo me tiró al piso", "es_me_golpea"),
        ("me tiro al suelo a llorar", None),
        ("me tiré al suelo", None),
        ("me tiró la onda", None),
        ("me tiró un beso", None),
        ("el caballo me tiró", None),
        ("mi hijo me tiró del sillón jugando", None),
    ],
)
def test_a_blow_word_in_its_everyday_sense_is_excused_only_in_that_sense(text, rule):
    assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # A blow beside a film, a song or a class is the writer's danger, not a quotation; a
        # threat quoted in the words it was said in is danger too.
        ("he choked me after the show", "hurt_by_someone"),
        ("he hit me when I got home from class", "hurt_by_someone"),
        ("we were watching a movie and he punched me", "hurt_by_someone"),
        ("my boyfriend hit me during the football game", "hurt_by_someone"),
        ("he got mad about the video game and hit me", "hurt_by_someone"),
        ("me pegó por estar viendo la novela", "es_me_golpea"),
        ("me ahorcó porque no le gustó la canción que puse", "es_me_golpea"),
        ("mi novio me golpeó cuando salí del curso", "es_me_golpea"),
        ("me pegó porque perdió su equipo de futbol", "es_me_golpea"),
        ("mi esposo me golpeó durante el partido", "es_me_golpea"),
        ("me pegó en el entrenamiento de box", None),
        ("me pegó jugando futbol", None),
        ('he said "i will kill you" and i believe him', "told_they_would_harm_me"),
        ("my husband texted me: I am going to kill you", "told_they_would_harm_me"),
        ("he told me “you are dead if you leave”", "told_they_would_harm_me"),
        ('me dijo "te voy a matar"', "es_dijo_que_me_haria_dano"),
        ("me dijo: si te vas te mato", "es_dijo_que_me_haria_dano"),
        ("he hit me with the ball in football practice", None),
        ("we were sparring and he hit me too hard", None),
        ("in the movie he punched her", None),
        ("those thoughts follow me home", None),
        ('my sister said "i will kill you" if I ate her leftovers again lol', None),
        ("si te vas te mato", "es_los_mato_si"),
    ],
)
def test_a_blow_or_a_threat_beside_a_film_a_game_or_a_quotation_is_danger(text, rule):
    if rule is None:
        assert rule_name(text) is None
    else:
        # The whole screen, since a film or a class named beside a blow was read as a
        # quotation after the rules had matched.
        assert rule in screened_by(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # A film, a song or a class as the setting of what the writer did or felt is no
        # quotation; a film or a class about it still is.
        ("I cut myself while watching a movie last night", "cutting_or_burning_myself"),
        # ...and a movie theater is a place, not a title.
        ("I cut myself in the bathroom at the movie theater", "cutting_or_burning_myself"),
        ("cut myself at the movie theatre last night", "cutting_or_burning_myself"),
        ("I want to die every time I hear our song", "want_to_die"),
        ("me corté mientras veía una película", "es_cortarme"),
        ("me quiero morir cada vez que escucho nuestra canción", "es_quiero_morir"),
        ("the movie was about suicide and it made me think", None),
        ("we watched a documentary on suicide in class", None),
        ("the song is called i want to die and i love it", None),
        ("I cried while watching a movie about suicide", None),
        ("the movie at the theater was about a girl who cut herself", None),
        ("every time I hear that song about suicide I think of my cousin", None),
        ("we talked about self harm during the class", None),
        ("mientras veía una película sobre el suicidio lloré mucho", None),
    ],
)
def test_a_film_or_a_song_as_the_setting_is_no_quotation(text, rule):
    if rule is None:  # no rule reads it as a sign (the models read every text on their own)
        assert screened_by(text) <= {"model"}
    else:
        assert rule in screened_by(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # An episode the writer went through is no show's episode.
        ("I had a panic episode and then I cut myself", "cutting_or_burning_myself"),
        ("after my manic episode i wanted to kill myself", "kill_myself"),
        ("I had a depressive episode and thought about suicide", "suicide"),
        ("i had an episode last night and cut myself", "cutting_or_burning_myself"),
        ("the last episode made me want to die lol", None),
        ("this episode of the show where she cuts herself is so hard to watch", None),
    ],
)
def test_an_episode_of_illness_is_no_show(text, rule):
    if rule is None:
        assert screened_by(text) <= {"model"}
    else:
        assert rule in screened_by(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Followed by someone, told in the present: danger. Not a pet, an app or a puppy's love.
        ("he follows me everywhere and shows up at my job", "danger_told_otherwise"),
        ("my ex still follows me everywhere", "danger_told_otherwise"),
        ("he follows me around the house yelling", "danger_told_otherwise"),
        ("my dog follows me everywhere", None),
        ("he follows me everywhere on instagram", None),
        ("she follows me around like a puppy", None),
    ],
)
def test_someone_who_follows_the_writer_everywhere(text, rule):
    assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("qué caso tiene seguir", "es_por_que_seguir"),
        ("ya no sé. qué caso tiene seguir?", "es_por_que_seguir"),
        ("qué caso tiene vivir así", "es_por_que_seguir"),
        # Going on with something else: writing to him, being with him.
        ("qué caso tiene seguir, si no me va a contestar", None),
        ("qué caso tiene seguir con él", None),
        ("qué caso tiene seguir intentándolo", None),
    ],
)
def test_que_caso_tiene_is_que_sentido_tiene(text, rule):
    assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # The wish to die or to kill oneself told in the past tense, hours ago, is the writer's.
        ("ayer me quería morir", "es_quiero_morir"),
        ("anoche de verdad me quería morir", "es_quiero_morir"),
        ("me quise morir hoy en la mañana", "es_quiero_morir"),
        ("el fin de semana quería estar muerta", "es_quiero_morir"),
        ("me quería matar", "es_matarme"),
        ("anoche me quise matar", "es_matarme"),
        # Someone named before it wanted to kill the writer: danger, not a wish of their own.
        ("mi esposo me quería matar", "es_miedo_de_que_me_mate"),
        ("mi ex me quería matar con un cuchillo", "es_miedo_de_que_me_mate"),
        ("mi ex quería matarme", "es_miedo_de_que_me_mate"),
        ("mi ex me iba a matar", "es_miedo_de_que_me_mate"),
        ("un tipo me iba a matar en el metro", "es_miedo_de_que_me_mate"),
        # A time that is over, a laugh or shame is no panel of its own (the models still read).
        ("hoy en el trabajo me quería morir de la vergüenza", None),
        ("ayer me quería morir de risa jaja", None),
        ("hace un año quería morir, hoy me gradué", None),
        ("mi mamá me quería matar cuando vio mis calificaciones jaja", None),
    ],
)
def test_a_wish_to_die_told_in_the_past_of_hours_and_another_s_wish_to_kill(text, rule):
    if rule is None:
        assert screened_by(text) <= {"model"}
    else:
        assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # The pronoun may stand before the verb that wants the act: "me quiero hacer daño" is
        # "quiero hacerme daño".
        ("me quiero hacer daño", "es_cortarme"),
        ("me quise lastimar", "es_cortarme"),
        ("ayer me quise cortar", "es_cortarme"),
        ("me quiero quemar", "es_cortarme"),
        ("me quiero golpear la cabeza contra la pared", "es_cortarme"),
        ("me intenté lastimar", "es_cortarme"),
        # ...and so for the other acts: a life taken, a hanging.
        ("me intenté matar anoche", "es_matarme"),
        ("me quise quitar la vida", "es_quitarme_la_vida"),
        ("me intenté suicidar", "es_quitarme_la_vida"),
        ("me quise colgar anoche", "es_medios"),
        ("me quise envenenar", "es_medios"),
        ("me quise pegar un tiro", "es_medios"),
        ("me quise aventar del puente", "es_saltar"),
        ("me quise tirar del edificio", "es_saltar"),
        ("me voy a aventar del puente", "es_saltar"),
        # Someone else's wish to hurt the writer is danger.
        ("mi ex me quería lastimar", "es_miedo_de_que_me_mate"),
        ("mi ex quería lastimarme", "es_miedo_de_que_me_mate"),
        ("mi esposo me quiere golpear", "es_miedo_de_que_me_mate"),
        # Not a denial, a haircut, a thing hung, an idiom, or a time that is over.
        ("no me quiero hacer daño, solo estoy triste", None),
        ("me quiero cortar el fleco", None),
        ("me tengo que cortar el pelo", None),
        ("me voy a quemar las pestañas toda la semana", None),
        ("me quiero colgar del wifi del vecino", None),
        ("me quise colgar la medalla", None),
        ("me iba a colgar el teléfono", None),
        ("hace años me intenté matar, hoy estoy bien", None),
        (
            "cuando terminé con él me quise aventar del carro. ya pasó, escribo esto pa "
            "acordarme de que salí de eso",
            None,
        ),
        # The pills in hand told in the past, as in English ("i had the pills in my hand").
        ("tenía las pastillas en la mano", "es_medios_a_la_mano"),
        ("tuve mis pastillas en la mano toda la noche", "es_medios_a_la_mano"),
    ],
)
def test_spanish_told_with_the_pronoun_first_or_in_the_past(text, rule):
    if rule is None:
        assert rule_name(text) is None
    else:
        assert rule_name(text) == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # A laugh beside danger told with fear or again is nerves, not a joke; a joke about a
        # scolding is still one, and so is a scolding, unless a partner makes it.
        ("he hit me again lol idk what to do", "hurt_by_someone"),
        ("mi novio me volvió a pegar jaja ya ni sé", "es_me_golpea"),
        ("haha he said he would kill me if I leave, I am scared", "harm_promised_if_i_leave"),
        ("my mom is going to kill me lol", None),
        ("my sister will kill me if she finds out I borrowed her car again lol", None),
        # A partner's threat over a chore is control, not a scolding.
        ("my husband said he will kill me if I don't do the dishes", "told_they_would_harm_me"),
        ("mi esposo me dijo que me mata si no lavo los trastes", "es_dijo_que_me_haria_dano"),
        ("my mom will kill me if I am late again", None),
        ("mi hermana me mata si se entera que usé su blusa", None),
        # Shame beside a blow is no joke either; a slip told with it still is.
        ("qué oso, mi esposo me pegó enfrente de todos", "es_me_golpea"),
        ("my husband hit me in front of everyone, so embarrassing", "hurt_by_someone"),
        ("qué oso, me caí enfrente de todos", None),
    ],
)
def test_a_laugh_told_with_fear_or_a_partners_threat_over_a_chore_is_no_joke(text, rule):
    if rule is None:
        assert screened_by(text) <= {"model"}
    else:
        assert rule in screened_by(text)
