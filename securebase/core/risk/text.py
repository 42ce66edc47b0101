"""Text normalization shared by the English and Spanish rules and the model.

Pure module: standard library only. Everything here turns what a person typed on a phone into
one canonical spelling, so each rule and each model feature is written once: case, apostrophes,
dashes, spacing, accents, contractions, texting shorthand, frequent misspellings and the few
emoji that stand for a word that matters ("💊" for pills).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from securebase.core.risk.spellings import (
    EMOJI_WORDS,
    EMOJI_WORDS_ES,
    ENGLISH_SHORTHAND,
    SPANISH_SHORTHAND,
)

_APOSTROPHES = dict.fromkeys(map(ord, "\u2018\u2019\u201b\u02bc\u02b9\u2032\uff07`\u00b4"), "'")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Return ``text`` case-folded, with one kind of apostrophe and dash and single spaces.

    Curly and modifier apostrophes (’ ‘ ʼ) become ``'``, typographic dashes become ``-``,
    zero-width characters vanish and every run of whitespace (including line breaks and
    no-break spaces) becomes one space. Compatibility forms are folded (NFKC), so full-width
    letters and the ellipsis character read like their plain equivalents.
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_APOSTROPHES).translate(_DASHES).translate(_INVISIBLE)
    return _SPACES.sub(" ", text.casefold()).strip()


# Contractions are spelled out so each rule is written once ("do not", never "don't"/"dont").
# Forms typed without the apostrophe are only expanded when they are not also ordinary words
# ("ill", "well", "were", "id" are left alone).
_WITH_APOSTROPHE = [
    (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"\bcannot\b"), "can not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bshan't\b"), "shall not"),
    (re.compile(r"\bain't\b"), "am not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"\bi'm\b"), "i am"),
    (re.compile(r"\b(there|it|that|what|who|he|she|everything|nothing|life)'s\b"), r"\1 is"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'d\b"), " would"),
]
_WITHOUT_APOSTROPHE = ENGLISH_SHORTHAND
_BARE_WORD = re.compile(r"\b(" + "|".join(_WITHOUT_APOSTROPHE) + r")\b")
_SPLIT_SELF = re.compile(
    r"\b(my|your|him|her|them) (self|selves)\b"
    r"(?![ -]?(?:harm|injur|destruct|care|esteem|worth|image|love|doubt|hat))"
)
_SLASHED = [
    (re.compile(r"\bw/o\b"), "without"),
    (re.compile(r"\bb/c\b"), "because"),
    (re.compile(r"\bw/(?=\s)"), "with"),
]


def expand_contractions(text: str) -> str:
    """Spell out contractions in normalized text: "i'm" -> "i am", "dont" -> "do not".

    Also joins "my self" into "myself", a common spelling on phones.
    """
    for pattern, replacement in _WITH_APOSTROPHE + _SLASHED:
        text = pattern.sub(replacement, text)
    text = _BARE_WORD.sub(lambda m: _WITHOUT_APOSTROPHE[m.group(1)], text)
    return _SPLIT_SELF.sub(lambda m: m.group(1) + m.group(2), text)


_EMOJI_WORDS = EMOJI_WORDS
_EMOJI_WORDS_ES = EMOJI_WORDS_ES
_EMOJI = re.compile("|".join(map(re.escape, _EMOJI_WORDS)))
_VARIATION = dict.fromkeys(map(ord, "\ufe0e\ufe0f"), None)


def words_for_emoji(text: str, language: str = "en") -> str:
    """Replace the few emoji that stand for a word that matters (💊 -> " pills ", or
    " pastillas " when ``language`` is ``"es"``)."""
    words = _EMOJI_WORDS_ES if language == "es" else _EMOJI_WORDS
    return _EMOJI.sub(lambda m: words[m.group(0)], text.translate(_VARIATION))


def fold_accents(text: str) -> str:
    """Drop accents and tildes: "sé", "se" and "sÉ" read the same once case is folded.

    Spanish typed on a phone often loses its accents; the Spanish rules are written without
    them. "ñ" becomes "n" too ("año" reads as "ano"), which no rule depends on.
    """
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


_SPANISH_WORDS = SPANISH_SHORTHAND
_SPANISH_WORD = re.compile(r"\b(" + "|".join(map(re.escape, _SPANISH_WORDS)) + r")\b")


def spanish_spelling(text: str) -> str:
    """Canonical Spanish spelling of normalized text: no accents, texting shorthand spelled out.

    "kiero morirme x q nadie me kiere" -> "quiero morirme por que nadie me quiere". A "k"
    typed for "qu" at the start of the forms of querer, quitar, quedar, quemar and quejar
    ("kitarme", "kedo", "kemarme") is read as "qu" whatever the ending. A blow told with its
    accent and no one named before it keeps who gave it (``name_who_struck``).
    """
    text = _K_FOR_QU.sub("qu", fold_accents(name_who_struck(text)))
    text = _PA_CLIPPED.sub(lambda m: "para el" if m.group(1) else "pa ", text)
    return _SPANISH_WORD.sub(lambda m: _SPANISH_WORDS[m.group(1)], text)


# A blow in the third person past is told apart from one's own only by its accent: "me pegó"
# (someone hit me) and "me pego" (I hit myself, or I stick) fold to the same words. The verbs
# whose folded forms are both.
_STRUCK_ME = re.compile(
    r"\bme (?=(?:peg|golpe|ahorc|empuj|arrastr|avent|cachete|abofete|pate|estrangul|apuñal|"
    r"acuchill|madre|zarande|rasguñ|arañ|jalone|tumb|tir)ó\b)"
)
# Words after which "me" still opens the clause, so no one has been named as its subject.
_OPENS_A_CLAUSE = frozenset(
    {
        *("y", "e", "pero", "porque", "que", "cuando", "luego", "después", "despues", "entonces"),
        *("ayer", "anoche", "antier", "hoy", "ya", "vez", "también", "tambien", "nomás", "nomas"),
        *("hasta", "si", "así", "asi", "apenas", "siempre"),
    }
)


def name_who_struck(text: str) -> str:
    """Write back the subject Spanish leaves out of a blow told in the past with its accent:
    "me pegó delante de mi hijo" -> "él me pegó delante de mi hijo", so that once the accents
    are folded it is not read as "me pego" (the writer hitting themselves). Only where "me"
    opens its clause: "mi niña me pegó" names who did it already, and "no me pegó" is left as
    it is."""

    def restore(match: re.Match) -> str:
        before = text[: match.start()].rstrip()
        if not before or not before[-1].isalnum() or before.split()[-1] in _OPENS_A_CLAUSE:
            return "él " + match.group(0)
        return match.group(0)

    return _STRUCK_ME.sub(restore, text)


# "Pa'" and "pa'l" typed with their apostrophe ("pa' que no me vea", "pa'l norte") read as
# "para" and "para el", like "pa" and "pal" typed without it.
_PA_CLIPPED = re.compile(r"\bpa'(l\b)?")


_K_FOR_QU = re.compile(r"\bk(?=(?:ier|isi|ita|ite|ito|ed|ere|eri|ema|emo|eme|eja|ejo)\w*)")


_SENTENCE_BREAK = re.compile(r"[.!?;¿¡\n]+|\s+-\s+|\s*\.\.\.\s*")
_ELONGATED = re.compile(r"([a-z])\1{2,}")


def english_sentences(text: str) -> list[str]:
    """Split text into normalized English sentences with contractions spelled out.

    Letters stretched for emphasis ("dieeee") are read both ways: shortened to one letter and
    to two, because English spells some words with a double letter ("kill", "off").
    """
    return _sentences(text, expand_contractions, "en")


def spanish_sentences(text: str) -> list[str]:
    """Split text into normalized Spanish sentences without accents or texting shorthand.

    Stretched letters are read shortened to one and to two letters ("morirmeee", "llorrrar").
    """
    return _sentences(text, spanish_spelling, "es")


def _sentences(text: str, canonical_form: Callable[[str], str], language: str) -> list[str]:
    found: list[str] = []
    for line in text.splitlines():
        canonical = canonical_form(words_for_emoji(normalize(line), language))
        canonical = _SPACES.sub(" ", canonical).strip()
        variants = [canonical]
        if _ELONGATED.search(canonical):
            variants.append(_ELONGATED.sub(r"\1", canonical))
            variants.append(_ELONGATED.sub(r"\1\1", canonical))
        for variant in variants:
            found.extend(s.strip() for s in _SENTENCE_BREAK.split(variant) if s.strip())
    return found
