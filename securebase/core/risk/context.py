"""Contexts in which a risk phrase may not be about the writer, here and now.

Pure module: standard library only. A crisis the person came through ("two years ago I wanted
to die, I'm okay now"), a quotation or a title ("the song 'I Want to Die in New Orleans'"),
hyperbole marked as a joke ("kill me now lol"), a plain denial ("I'm not suicidal") or someone
else's words ("my friend said she wants to die") can all contain a rule's phrase.

A context found here does not clear the text: it only means the rule's phrase alone is not
enough, and the model, which was trained on such sentences, decides. When in doubt the screen
still shows help.
"""

from __future__ import annotations

import re

from securebase.core.risk.context_patterns import ENGLISH, SPANISH
from securebase.core.risk.rules import FRIGHTENED, LAUGH, SERIOUS
from securebase.core.risk.signs import DANGER_FROM_OTHERS, SELF_HARM

# "lol not joking": the writer takes the joke mark back (``rules.SERIOUS``).
_SERIOUS = {language: re.compile(pattern) for language, pattern in SERIOUS.items()}
# A relapse or a return, wherever it is said, undoes a past: "two years clean, but it came back
# and I cut", "I used to cut. I did it again."
_RECURRENCE = {
    "en": re.compile(
        # Something came back, not the writer ("glad I came back for it"). What has not come
        # back ("they haven't come back"), "I will never go back to that" and "I never did it
        # again" are negated (``_NEGATED``).
        r"\b(?:relaps\w*|(?<!\bi )(?:has|have|is|are|came|come) back)\b"
        # Going back to it.
        r"|\bback to\b"
        # The act done again, wherever it is said: "I used to cut. I did it again."
        r"|\b(?:did it|do it|doing it|done it|happened|started|starting|began|slipped) again\b"
        # The past carried into now: "I used to want to die and today too", "and I still do".
        r"|\b(?:and|but) (?:now|today|tonight|these days) (?:too|also|as well)(?=\s*(?:$|[,.;!]))"
        r"|\b(?:and|but) (?:i )?still (?:do|feel (?:it|that way|like that)|want to(?: die)?)"
        r"(?=\s*(?:$|[,.;!]|sometimes\b))"
        # "Self-harm was my coping skill at sixteen and it still is at thirty".
        r"|\b(?:and|but) it still is\b(?=\s*(?:$|[,.;!]|at \w+\s*$|now\b|today\b))"
        # "Last year i planned to kill myself and now i'm planning it again"; not "now i'm
        # dating again".
        r"|\b(?:now|today|tonight) i am (?:planning|plotting|considering|thinking about|doing|"
        r"trying|cutting|burning|hurting) (?:it |that |myself )?again\b"
        # "...and i still think that every night": the thought still held; not "...and i still
        # think that was the worst year".
        r"|\b(?:and|but) (?:i )?still (?:think|feel|believe|wish) (?:that|it|so)"
        r"(?=\s*(?:$|[,.;!]|every\b|sometimes\b|all the time\b|at night\b))"
        # Days one cannot go without it are not days clean: "I can't go two days without
        # cutting".
        r"|\b(?:can not|could not|barely) (?:go|last|make it|get through)\b.{0,30}\bwithout\b"
        # A time now named beside the past: "two winters ago I wanted to die, and this winter
        # again".
        r"|\b(?:and|but) this (?:year|month|week|winter|summer|spring|fall|christmas|time) "
        r"(?:again|too|as well)\b"
        # Another attempt planned: "my suicide attempt was in 2015 and i am planning another".
        # Clean time thrown away: "was 8 months clean from cutting and threw it away".
        r"|\b(?:and|but) (?:then )?(?:i )?(?:threw (?:it|that) (?:all )?away|blew it|ruined it)\b"
        r"(?! off\b)"
        # Trying again: "remember when I tried to kill myself? I'm going to try again".
        r"|\b(?:going to|gonna|will|want to) (?:try|try it) again\b"
        r"|\b(?:planning|plan|going to|gonna|want to|will) (?:make |try |do )?another"
        r"(?: one| attempt| try)?\b(?!.{0,10}\b(?:job|degree|trip|kid|baby)\b)"
        # A count of clean days ended: "broke my 200 days clean tonight".
        r"|\bbroke (?:my|a|the) (?:\w+ ){0,2}(?:days?|weeks?|months?|years?) (?:clean|streak)\b"
        # The first time in a long while: "I cut myself for the first time in two years".
        r"|\bfor the first time in (?:\w+ )?(?:years?|months?|weeks?|ages|forever|a long time|"
        r"a while)\b|\bfirst time since\b"
        # Worse now than then: "the thoughts used to come once a month, now it's every night".
        r"|\bnow (?:it is|its|they are|they come|it comes) (?:every (?:single )?(?:night|day|"
        r"morning|hour)|daily|nightly|constant|all the time)\b"
        # The same state at two ages: "suicidal at 19, suicidal at 34, nothing ever changes".
        r"|\b(?:suicidal|self[ -]?harming|cutting) at (?:age )?\d{1,2}\b[^.]{0,40}?\b(?:suicidal|"
        r"self[ -]?harming|cutting) at (?:age )?\d{1,2}\b"
    ),
    "es": re.compile(
        r"\b(?:recai\w*|(?:regreso|regresaron|volvieron) (?:los|las|el|la))\b"
        # The past carried into now: "antes me quería morir y hoy también".
        r"|\b(?:y|pero) (?:hoy|ahora|ahorita|todavia|aun) (?:tambien|igual)(?=\s*(?:$|[,.;!]))"
        r"|\by (?:todavia|aun) (?:quiero|me quiero|lo pienso|lo siento|me siento asi)\b"
        r"|\b(?:volvi a (?:hacerlo|caer|recaer|empezar|las andadas)|lo (?:hice|volvi a hacer) "
        r"(?:otra vez|de nuevo)|(?:otra vez|de nuevo) lo hice|empece (?:otra vez|de nuevo) a)\b"
        r"|\bno (?:puedo|aguanto|logro) (?:pasar|estar|durar|aguantar)\b.{0,30}\bsin\b"
        r"|\b(?:y|pero) (?:este|esta) (?:ano|mes|semana|invierno|verano|navidad|vez) (?:otra vez|"
        r"de nuevo|tambien|igual)\b"
        r"|\bpor primera vez en (?:\w+ )?(?:anos|meses|semanas|mucho tiempo|un buen rato)\b"
        # Doing it again now: "aquella vez regalé mis cosas y hoy lo vuelvo a hacer"; not a
        # fresh start ("vuelvo a empezar").
        r"|\b(?:lo )?vuelvo a (?:hacer(?:lo)?|intentar(?:lo)?|caer)\b"
        # Calm about it now where it once frightened: "antes me daba pánico pensar en matarme,
        # ahorita lo pienso tranquila".
        r"|\b(?:ahora|ahorita) lo pienso (?:tranquil[oa]|con calma|todo el tiempo|diario|a diario|"
        r"seguido|sin miedo|cada)\b"
        # Thoughts of then that are back: "hace años tuve ideas suicidas y otra vez las tengo",
        # "...y ahora volvieron".
        r"|\b(?:otra vez|de nuevo) (?:las|los|la|lo) (?:tengo|siento|pienso|estoy teniendo)\b"
        r"|\b(?:y |pero )?(?:ahora|ahorita|ya|hoy) (?:volvieron|regresaron)(?=\s*(?:$|[,.;!]))"
    ),
}
# "Again" undoes a past only in the clause it is said in: "I cut myself again", not "I'm happy
# again" or "ahora estamos juntos otra vez" beside a crisis told as past.
_AGAIN = {
    "en": re.compile(r"\bagain\b"),
    "es": re.compile(r"\b(?:otra vez|de nuevo|volvi|volvio|volvieron)\b"),
}
# A negation right before a return, with only auxiliary words between: "not going to do it
# again", "never again", "nunca lo volví a hacer", "without a single relapse", "sin una sola
# recaída"; not "I was not okay and it happened again".
_NEGATED = {
    "en": re.compile(
        r"\b(?:not|never|no|without)(?: (?:going|to|gonna|ever|will|would|have|be|able|do|did|"
        r"want|try|go|it|that|this|a|one|single|any))*\s*$"
    ),
    "es": re.compile(
        r"\b(?:no|nunca|jamas|ni|sin)(?: (?:lo|la|me|se|le|lo he|voy|a|pienso|un|una|solo|sola|"
        r"ningun|ninguna))*\s*$"
    ),
}
# The contexts whose signs normalization may move or drop.
_MARKS = frozenset({"quote_or_title", "joke"})
# "Relapsed in 2019, three years clean now": a relapse told from a present that is well.
_RECOVERED = {
    "en": re.compile(
        r"\b(?:clean|free|sober|okay|ok|fine|well|proud) now\b|\b(?:years?|months?) clean now\b"
        r"|\bnow (?:i am|i have been) (?:\w+ )?(?:clean|okay|fine|better|well)\b"
        # Glad to be alive, or a milestone of recovery celebrated: not "grateful for two years
        # clean, but...", which the recurrence reads.
        r"|\b(?:glad|happy|grateful|thankful) to be (?:alive|here)\b"
        r"|\bcelebrat\w* (?:\w+ ){0,2}(?:years?|months?) (?:clean|sober|alive|of life)\b"
    ),
    "es": re.compile(
        r"\bahora (?:llevo|estoy|tengo)\b.{0,25}\b(?:bien|sin|limpi[oa]|mejor)\b"
        r"|\b(?:feliz|agradecid[oa]|content[oa]) de (?:estar|seguir) (?:viv[oa]|aqui)\b"
        r"|\bcelebr\w* (?:\w+ ){0,2}(?:anos|meses) de (?:vida|sobriedad)\b"
    ),
}
_COMPILED = {
    "en": {name: re.compile(pattern) for name, pattern in ENGLISH.items()},
    "es": {name: re.compile(pattern) for name, pattern in SPANISH.items()},
}


# The writer speaking of themselves now ("I want", "I am going to", "quiero", "me voy a"): a
# warning sign told this way is not excused by a past, a denial or someone else's story told
# in another clause or sentence ("My brother overdosed last year. I want to kill myself.").
# Not "would", which also tells of a habit in the past ("in high school, I would cut").
_PRESENT = {
    "en": re.compile(
        r"\bi (?:really |just |still |honestly |seriously |actually |kind of |kinda |literally )?"
        r"(?:am|want|wanna|need|will|keep|feel|have been|can not|plan|think|wish|do not want|"
        r"hate|can|should|might|do not have|have no|have nothing)\b"
        # A time that is now or just past: "I remember cutting in high school, and last night
        # I cut myself"; not "these days I'm fine" told beside a past in another clause.
        r"|\b(?:now|right now|today|tonight|these days|lately|last night|this morning|this week)\b"
    ),
    "es": re.compile(
        r"\b(?:quiero|quisiera|voy a|me voy a|estoy|tengo ganas|pienso|siento|necesito|no puedo|"
        r"no aguanto|no quiero|me quiero|deseo|planeo|ojala|me dan ganas|prefiero|sigo|tengo)\b"
        r"|\b(?:ahora|ahorita|hoy|esta noche|estos dias|ultimamente|anoche|esta manana|"
        r"esta semana)\b"
    ),
}
# A clause with no verb in the past tense that says "anymore" or "ya no", or tells how things
# are, speaks of now too: "years ago I was happy, no point in living anymore", "...,
# everyone is better off without me", "el año pasado todo iba bien, ya no le encuentro sentido
# a vivir"; not "back then there was no point anymore", "I thought everyone is better off".
_NOW_WITHOUT_PAST = {
    "en": re.compile(r"\b(?:anymore|any more|any longer|no longer|is|are)\b"),
    "es": re.compile(r"\b(?:ya no|es|son|estan|hay)\b"),
}
_PAST_TENSE = {
    "en": re.compile(
        r"\b(?:was|were|had|did|could|would|felt|thought|wanted|seemed|used to|went|got|became|"
        r"knew|said|told|tried)\b"
    ),
    "es": re.compile(
        r"\b(?:era|eran|fue|fueron|fui|iba|tenia|tenian|tuve|habia|queria|quise|podia|pude|"
        r"sentia|senti|pensaba|pense|estuve|\w+aba|\w+aban)\b"
    ),
}
# A denial of suicide ("I'm not suicidal", "no quiero morir") says nothing of self-harm: "I'm
# not suicidal, I just cut so I can breathe". Only a denial that names the harm excuses it.
_DENIES_HARM = {
    "en": re.compile(r"\b(?:hurt|harm|cut|injure)\w* myself\b"),
    "es": re.compile(r"\b(?:hacer(?:me)? dano|lastimar(?:me)?|cortar(?:me)?)\b"),
}
# A film, a song or a class as the setting of what the writer did or felt, not its subject:
# "I cut myself while watching a movie", "me quiero morir cada vez que escucho nuestra
# canción". Not "the movie was about suicide" nor "we watched a documentary on it in class".
_WORK_AS_SETTING = {
    "en": re.compile(
        r"\b(?:while (?:watching|listening|reading)|during (?:the|a|my|our) (?:movie|show|film|"
        r"song|class|lecture|episode)|(?:every time|each time|whenever|when) i (?:hear|watch|"
        r"listen to)|our song|after (?:the|a|my) (?:movie|show|class|lecture))\b"
    ),
    "es": re.compile(
        r"\b(?:mientras (?:veia|veo|veiamos|escuchaba|escucho|oia|leia)|cada vez que (?:escucho|"
        r"oigo|veo|pongo)|cuando (?:escucho|oigo)|nuestra cancion|durante (?:la|el) (?:pelicula|"
        r"clase|serie|curso)|despues de (?:la|el) (?:clase|pelicula|serie|curso))\b"
    ),
}
# ...unless the work is what the text is about: "I cried while watching a movie about suicide",
# "we talked about self harm during the class", "una película sobre el suicidio".
_WORK_ABOUT = {
    "en": re.compile(
        r"\b(?:movie|film|show|song|class|lecture|episode|documentary|book|series|video|talk|"
        r"podcast)s? (?:\w+ )?(?:about|on)\b|\b(?:talked|talking|talk|learned|learning) about\b"
    ),
    "es": re.compile(
        r"\b(?:pelicula|cancion|serie|clase|curso|documental|libro|video|platica|podcast)s? "
        r"(?:\w+ )?(?:sobre|acerca de|de prevencion)\b|\b(?:hablamos|hablaron|aprendimos) "
        r"(?:de|sobre)\b"
    ),
}
# The contexts read per clause: each excuses the clause it is told in, and the others only
# when they do not speak in the present.
_PER_CLAUSE = frozenset({"past", "denial", "someone_else", "quote_or_title"})


def reported_context(
    sentences: list[str],
    language: str,
    raw: str = "",
    clause: str | None = None,
    sign: str | None = None,
) -> str | None:
    """The first context (``"past"``, ``"denial"``, ``"someone_else"``, ``"quote_or_title"``
    or ``"joke"``) found in the canonical sentences of a text, or ``None``.

    ``raw`` is the text as typed, searched too, for quotation marks and emoji that
    normalization keeps but splitting may separate. ``clause`` is the clause a rule matched
    (see ``rules.clause_at``): a past, a denial, someone else's story, a quotation or a title
    told elsewhere in the text does not excuse it when it speaks in the present (``_PRESENT``).
    ``sign`` is the warning sign the rule names: a denial of suicide does not excuse self-harm,
    and what someone else did to the writer is neither someone else's story nor a quotation
    (``_taken_back``).
    """
    joined = " . ".join(sentences)
    # The raw text only adds what normalization may separate (quotation marks, emoji); read
    # as a run-on with the sentences it would let "my brother" reach a verb of the next one.
    marked = joined + "\n" + raw.casefold()
    present = clause is not None and _speaks_now(clause, language)
    for name, pattern in _COMPILED[language].items():
        if _taken_back(name, sign, joined, language, clause):
            continue
        if not pattern.search(marked if name in _MARKS else joined):
            continue
        if present and name in _PER_CLAUSE and not pattern.search(clause):
            continue
        return name
    return None


# Contexts that never excuse a sign. Danger from someone else is always someone else's doing:
# "my husband said he would kill me" is the writer's danger, not another person's story; nor
# is it a quotation or a title for a film, a song or a class named beside it ("he choked me
# after the show", "me pegó por estar viendo la novela"), or a threat quoted as he said it
# (the danger rules excuse a blow told inside a story themselves: "in the movie").
_NEVER_EXCUSES = {DANGER_FROM_OTHERS: frozenset({"someone_else", "quote_or_title"})}


def _taken_back(
    name: str, sign: str | None, joined: str, language: str, clause: str | None
) -> bool:
    """Whether context ``name`` does not excuse ``sign`` in this text, whatever its words: a
    past that came back (``_undone``), a joke taken back ("lol not joking") or, beside danger
    from someone else, told with fear ("he hit me again lol idk what to do") or with no laugh
    at all (shame is no joke), a denial of suicide beside self-harm that it does not name, and
    a film or a song named as the setting of what the writer did or felt rather than what the
    text is about."""
    if name in _NEVER_EXCUSES.get(sign, ()):
        return True
    if name == "past":
        return _undone(joined, language, clause)
    if name == "joke":
        # Beside danger from someone else, only a laugh is a joke: shame ("qué oso, mi esposo me
        # pegó enfrente de todos") is no jest, nor a laugh told with fear.
        return bool(
            _SERIOUS[language].search(joined)
            or (
                sign == DANGER_FROM_OTHERS
                and (FRIGHTENED.search(joined) or not LAUGH.search(joined))
            )
        )
    if name == "denial":
        return sign == SELF_HARM and not _DENIES_HARM[language].search(joined)
    if name == "quote_or_title":
        return bool(
            _WORK_AS_SETTING[language].search(joined) and not _WORK_ABOUT[language].search(joined)
        )
    return False


def _speaks_now(clause: str, language: str) -> bool:
    """Whether a clause speaks of the writer now (``_PRESENT``), or says "anymore" or how
    things are without a verb in the past tense (``_NOW_WITHOUT_PAST``)."""
    if _PRESENT[language].search(clause):
        return True
    past = _PAST_TENSE[language].search(clause)
    return past is None and _NOW_WITHOUT_PAST[language].search(clause) is not None


def _undone(joined: str, language: str, clause: str | None) -> bool:
    """Whether the text takes its past back: a relapse anywhere, or "again" in the warning
    sign's own clause, unless it tells of a present that is well. A return said not to happen
    ("I'm never going to try again", "nunca volví a hacerlo") takes nothing back."""
    again = _affirmed(_AGAIN[language], clause if clause is not None else joined, language)
    relapse = again or _affirmed(_RECURRENCE[language], joined, language)
    return relapse and not _RECOVERED[language].search(joined)


def _affirmed(pattern: re.Pattern[str], text: str, language: str) -> bool:
    """Whether ``pattern`` matches ``text`` somewhere that no negation governs (``_NEGATED``:
    "not", "never", "nunca"… followed only by auxiliary words up to the match)."""
    return any(
        _NEGATED[language].search(text, 0, found.start()) is None
        for found in pattern.finditer(text)
    )
