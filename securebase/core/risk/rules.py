"""The machinery shared by the English and Spanish rules (the signs they name: ``signs``).

Pure module: standard library only. A rule is a pattern read within one normalized sentence,
named after the warning sign it listens for, with an optional ``unless`` pattern for what
makes the whole sentence an everyday use (a game, a joke, a childhood told) and an optional
``senses`` pattern for the everyday senses of the matched words themselves ("hit me up"),
which excuse only the match they cover. Every match of every rule in a sentence is offered,
in rule order, with the clause its words end in, so that a reported context (``context``) can
excuse one and not the next; the first not excused is the one reported.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from securebase.core.risk.signs import CATEGORIES, DANGER_FROM_OTHERS

# One more word, in a pattern: sentences are already split and spaced, so a word is a run of
# letters, digits, apostrophes and hyphens after white space.
WORD = r"(?:\s+[\w'-]+)"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    category: str
    pattern: re.Pattern[str]
    # Checked against the same sentence: a hit here means the match was an everyday use.
    unless: re.Pattern[str] | None = None
    # The everyday senses of the matched words: a match one of them overlaps is excused, a
    # second match elsewhere in the sentence is not ("me tiró la onda y luego me pegó").
    senses: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule that matched, the words in the normalized sentence that it matched, that
    sentence, and the clause of it the words end in (``clause_at``)."""

    rule: Rule
    words: str
    sentence: str
    clause: str


def rule(
    name: str, category: str, pattern: str, unless: str | None = None, senses: str | None = None
) -> Rule:
    """Compile one rule; ``category`` must be one of ``CATEGORIES``."""
    assert category in CATEGORIES, category
    return Rule(
        name=name,
        category=category,
        pattern=re.compile(pattern),
        unless=re.compile(unless) if unless else None,
        senses=re.compile(senses) if senses else None,
    )


# Words that say a thing is not said in jest ("not kidding", "i mean it"), in English: part of
# ``SERIOUS``, and read by the rule for a threat said to be meant (``rules_en``).
NOT_JOKING = (
    r"\b(?:not joking|no joke|not kidding|not even kidding|not even joking|i mean it|for real|fr|"
    r"not lol|not a joke|i am serious)\b"
)
# Words that take a joke mark back ("lol not kidding", "no es broma"), per language: read by
# the joke context (``context``) and by every rule's exceptions (``excused``).
SERIOUS = {
    "en": NOT_JOKING
    # A joke mark followed by a word that makes it last: "...without me lol. permanently".
    + r"|\b(?:lol|haha\w*|jk)\W+(?:permanently|forever|for good)\b"
    # A cover story told for a farewell: "everyone thinks I'm just decluttering lol".
    r"|\b(?:everyone|everybody|they all|my (?:family|mom|friends)) (?:thinks?|think) (?:that )?"
    r"i am just\b"
    # The laugh is at the story told to others: "the marks are from my cat lol. I don't have a
    # cat".
    r"|\bi do not (?:even )?have a (?:cat|dog)\b",
    "es": r"\b(?:no es broma|no estoy bromeando|no es chiste|lo digo en serio|hablo en serio|"
    r"va en serio)\b"
    r"|\b(?:todos|todo el mundo|mi (?:familia|mama|amiga)) (?:creen?|piensan?) que (?:solo|"
    r"nada mas) estoy\b"
    r"|\bni (?:gat[oa]|perr[oa]) tengo\b|\bno tengo (?:ni )?(?:gat[oa]|perr[oa])\b",
}
_SERIOUS = re.compile("|".join(SERIOUS.values()))
# The marks of a joke that rules' exceptions list, in either language; also what the joke
# context must hold to excuse danger from someone else (``context``).
LAUGH = re.compile(
    r"\b(?:lol|lmao|lmfao|haha\w*|jaja\w*|jeje\w*|jiji\w*|jk|just kidding|kidding|joking|xd|"
    r"de broma|es broma|bromeando)\b|😂|🤣|💀"
)
# "Episode" as a part of a show, for the exceptions that name one: not a spell the writer went
# through ("a panic episode", "after my manic episode", "i had an episode last night").
SHOW_EPISODE = (
    r"(?<!panic )(?<!manic )(?<!hypomanic )(?<!depressive )(?<!depression )(?<!psychotic )"
    r"(?<!dissociative )(?<!anxiety )(?<!bipolar )(?<!mixed )(?<!an )(?<!one )episode"
)
# Words that say the act was meant: a sentence holding one is not an everyday use, whatever
# else it holds ("burned my hand on the stove on purpose", "me quemé con la plancha a
# propósito"), so a rule's exceptions do not apply to it. "Not on purpose", "no fue a
# propósito" say the opposite. So does a mishap told as the story given to others ("I said it
# was an accident", "les dije que fue sin querer"), unless it really was one, and a threat said
# to be meant.
MEANT = re.compile(
    r"(?<!\bnot )(?<!\bno )(?<!\bno fue )(?<!\bno era )\b(?:on purpose|deliberately|"
    r"intentionally|a proposito|adrede)\b"
    r"|\b(?:i|and) (?:said|told (?:\w+|my \w+)|lied and said|pretended|made up that) (?:that )?"
    r"it (?:was|is) (?:an accident|the cat|the dog|nothing)\b"
    r"(?!.{0,20}\b(?:and|because|which|since) it (?:really |truly )?was\b)"
    r"|\b(?:les |le )?(?:dije|conte|invente) que (?:fue|era) (?:un |el |mi )?(?:accidente|"
    r"sin querer|gato|perro|nada)\b(?!.{0,20}\b(?:porque|pues|y) (?:si|de verdad) (?:lo )?fue\b)"
    # A threat said to be meant: "no es amenaza, es promesa", "I'm not playing".
    r"|\b(?:no es amenaza|es (?:una )?promesa|no estoy jugando|con mis propias manos|va en serio|"
    r"not a threat|(?:that is|it is) a promise|i am not playing|with my own hands)\b"
)


# Fear, helplessness or a blow that keeps coming, beside a laugh: "he hit me again lol idk what
# to do", "me volvió a pegar jaja ya ni sé". A laugh there is nerves, not a joke, and excuses
# no danger from someone else.
FRIGHTENED = re.compile(
    r"\b(?:scared|afraid|terrified|frightened|idk what to do|(?:i )?do not know what to do|"
    r"dont know what to do|again|keeps|help me|not safe|hiding|miedo|asustad[oa]|aterrad[oa]|"
    r"no se que hacer|ya ni se|otra vez|de nuevo|volvio a|sigue|ayudenme|ayudame|no estoy a "
    r"salvo)\b"
)


def excused(candidate: Rule, sentence: str) -> bool:
    """Whether ``candidate``'s exceptions read its match in ``sentence`` as an everyday use.

    Not when the act is said to be meant (``MEANT``); and when a joke is taken back ("lol not
    kidding"), or a laugh beside danger from someone else comes with fear (``FRIGHTENED``),
    only by what the sentence holds besides the joke.
    """
    if candidate.unless is None or not candidate.unless.search(sentence):
        return False
    if MEANT.search(sentence):
        return False
    if _SERIOUS.search(sentence) or (
        candidate.category == DANGER_FROM_OTHERS and FRIGHTENED.search(sentence)
    ):
        return candidate.unless.search(LAUGH.sub(" ", _SERIOUS.sub(" ", sentence))) is not None
    return True


# Where one clause of a sentence ends and another begins: "I used to be happy, but I want to
# die" tells of the past in one clause and of now in the other. Not at a colon, which
# introduces what someone said.
_CLAUSE_BREAK = re.compile(
    r"(?:\s*[,;])?\s+(?:and|but|though|although|y|pero|aunque)\s+|\s*[,;]\s*"
)


def clause_at(sentence: str, end: int) -> str:
    """The clause of ``sentence`` in which a match ending at ``end`` ends: where a rule's words
    run over two clauses, the act or intent they name comes last ("my dad killed himself and
    I think I will too")."""
    first, last = 0, len(sentence)
    for boundary in _CLAUSE_BREAK.finditer(sentence):
        if boundary.end() < end:
            first = boundary.end()
        else:
            last = boundary.start()
            break
    return sentence[first:last]


def hits(rules: Sequence[Rule], sentences: Iterable[str]) -> Iterator[Hit]:
    """Every match of every rule in each sentence, sentence by sentence, in rule order, then in
    the order the matches stand: read lazily, so a caller content with the first pays for no
    more. A rule may match twice in one sentence, once in a clause a past excuses and once in
    one that speaks of now ("three years clean of it and last night I cut again")."""
    for sentence in sentences:
        for candidate in rules:
            matches = candidate.pattern.finditer(sentence)
            first = next(matches, None)
            if first is None or excused(candidate, sentence):
                continue
            senses = _sense_spans(candidate, sentence)
            if senses:
                # Read again with the senses blotted out: what they cover is excused, and a
                # blow told after one is read even where the rule's first match began inside
                # it ("he dragged me to a party and then slapped me").
                matches = candidate.pattern.finditer(_blot(sentence, senses))
                first = next(matches, None)
                if first is None:
                    continue
            for found in itertools.chain((first,), matches):
                yield Hit(
                    rule=candidate,
                    words=sentence[found.start() : found.end()].strip(),
                    sentence=sentence,
                    clause=clause_at(sentence, found.end()),
                )


def _sense_spans(candidate: Rule, sentence: str) -> list[tuple[int, int]]:
    """Where in ``sentence`` the everyday senses of ``candidate``'s words stand. Saying it was
    meant changes no sense: "she beat me at chess on purpose" is still a game."""
    if candidate.senses is None:
        return []
    return [found.span() for found in candidate.senses.finditer(sentence)]


def _blot(sentence: str, spans: list[tuple[int, int]]) -> str:
    """``sentence`` with each span's characters replaced by "#", so that no pattern reads the
    words there and every place keeps its offset (the clause and the words of a hit are read
    from the sentence itself)."""
    for start, end in spans:
        sentence = sentence[:start] + "#" * (end - start) + sentence[end:]
    return sentence


def first_hit(rules: Sequence[Rule], sentences: Iterable[str]) -> Hit | None:
    """The first rule matching any of the sentences (sentence order first, then rule order)."""
    return next(hits(rules, sentences), None)
