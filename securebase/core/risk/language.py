"""Tell English from Spanish in a short, informal text.

Pure module: standard library only. Short function words are the strongest signal in a few
words of text ("que", "estoy", "nadie" against "the", "i'm", "nobody"); accented letters and
inverted marks add weight to Spanish. Words both languages share ("me", "no", "a") count for
neither. A text with no signal either way is read as ``default``.
"""

from __future__ import annotations

import re

from securebase.core.risk.text import fold_accents, normalize

ENGLISH = "en"
SPANISH = "es"
LANGUAGES = (ENGLISH, SPANISH)

_SPANISH_LIST = """
    que q k ke de la el los las y o pero porque xq pq por para con sin una un unos unas lo le
    les mi mis tu tus su sus yo ella ellos nosotros estoy estas esta estamos estan estaba soy
    eres es somos son fue era tengo tiene tienes tenemos quiero kiero quiere quieres puedo
    puede nadie nada todo todos toda todas siempre nunca ya mas muy bien mal hoy ayer manana
    noche dia aqui alla asi como cuando donde porque tambien tb tmb solo sola solos otra otro
    vida morir muerte matarme quiero siento hacer hice voy vas va vamos ir se sé eso esto este
    esa ese del al hay estar ser ver veo vez cosas gente familia amigos mama papa hijos novio
    novia ex cita terapia ayuda gracias hola adios creo pienso dice dijo nos te ti conmigo
    contigo mejor peor ganas cansada cansado triste sigo seguir otra vez despues antes ahora
    semana trabajo casa pastillas puente cortarme carro ojala quisiera estoy toy mucho poco
    he has ha han hemos estado sido tenido anoche hija hijo esposo esposa hermana hermano mi
    ahorita nomas neta pues oye bueno sea tener decir hablar quiere dejo deje vida todavia
    aunque entonces alguien nunca jamas cada dentro fuera sobre entre hasta desde contra
    cuanto cuantos cuanta cuantas seria serian suficiente suficientes algo nadie ningun ninguna
    mucha muchos muchas otro otros porfa pa pues ahorita neta tambien quien quienes cual cuales
"""
_ENGLISH_LIST = """
    the i im i'm i've i'll i'd to and of my is it you that in was for with this have be are
    not don't dont can't cant want just so he she they them his her him we our your about
    like feel feeling what when where why how all everyone nobody nothing anymore again
    would could should will going gonna wanna really still know think been being am do does
    did get got today tonight yesterday tomorrow work home life better without myself
    alone sad tired day night week out up off at on an or but if because bc cuz idk rn lol
    ex text texted him anyone someone people kill die pills bridge car cut hurt again said
"""
_SPANISH_WORDS = frozenset(_SPANISH_LIST.split())
_ENGLISH_WORDS = frozenset(_ENGLISH_LIST.split())
_WORD = re.compile(r"[a-z']+")
# Word endings only one of the two languages has (after accents are folded).
_SPANISH_ENDING = re.compile(
    r"(?:ando|iendo|cion|ciones|amos|emos|imos|aba|aban|ado|ada|ados|adas|ido|ida|mente|arme|erme|irme|ita|ito)$"
)
_ENGLISH_ENDING = re.compile(r"(?:ing|ight|ould|ness|ful|ly)$")
_SPANISH_MARKS = re.compile(r"[ñ¿¡áéíóú]")


def language_scores(text: str) -> dict[str, int]:
    """Count the evidence for each language: function words and word endings only one
    language has, plus two per Spanish mark (ñ, ¿, ¡, accented vowels)."""
    lowered = normalize(text)
    spanish = 2 * len(_SPANISH_MARKS.findall(lowered))
    english = 0
    for word in _WORD.findall(fold_accents(lowered)):
        in_spanish = word in _SPANISH_WORDS
        in_english = word in _ENGLISH_WORDS
        if in_spanish and not in_english:
            spanish += 1
        elif in_english and not in_spanish:
            english += 1
        elif not in_spanish and not in_english and len(word) > 4:
            spanish += bool(_SPANISH_ENDING.search(word))
            english += bool(_ENGLISH_ENDING.search(word))
    return {ENGLISH: english, SPANISH: spanish}


def detect_language(text: str | None, default: str = ENGLISH) -> str:
    """``"en"`` or ``"es"``: the language ``text`` seems to be written in.

    Works on a few words of texting-style input ("ya no kiero seguir" -> "es"). Blank text or
    a tie gives ``default``.
    """
    if not text:
        return default
    scores = language_scores(text)
    if scores[SPANISH] > scores[ENGLISH]:
        return SPANISH
    if scores[ENGLISH] > scores[SPANISH]:
        return ENGLISH
    return default
