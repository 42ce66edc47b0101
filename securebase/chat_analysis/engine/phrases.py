"""Words that matter to the analysis: system lines, media placeholders, reassurance seeking.

Messaging apps write notices ("Messages and calls are end-to-end encrypted", "You added
Alex") and placeholders ("<Media omitted>", "image omitted") into exports in the phone's
language. Notices are not messages and are dropped; placeholders are messages (a photo is an
answer) but have no text, so they are left out of lengths.
"""

from __future__ import annotations

import re

from .conversation import Kind
from .words import gettext_noop

SYSTEM = -1  # classify_body() result for a notice that is not a message at all

# End-to-end encryption notices, in the languages WhatsApp exports most often. Some exports
# put the chat's name in front of them as if it were a sender.
_ENCRYPTION_PATTERNS = [
    r"messages and calls are end-to-end encrypted",
    r"messages (?:to this (?:group|chat)|you send to this (?:group|chat)).*end-to-end encryption",
    r"nachrichten und anrufe sind ende-zu-ende-verschl",
    r"los mensajes y las llamadas est[aá]n cifrados de extremo a extremo",
    # Newer Spanish iOS exports shorten it: "Mensajes y llamadas cifrados de extremo a extremo".
    r"mensajes y llamadas cifrados de extremo a extremo",
    r"les messages et les appels sont chiffr[eé]s de bout en bout",
    r"as mensagens e as chamadas s[aã]o protegidas com a criptografia de ponta a ponta",
    r"i messaggi e le chiamate sono crittografati end-to-end",
    r"berichten en oproepen zijn end-to-end versleuteld",
]
# Membership, settings and security notices. iOS writes them with a sender (the chat's name)
# but starts the body with an invisible left-to-right mark, which a person's message never
# has; only such bodies are tested against these, so "I added you" stays a message.
_NOTICE_PATTERNS = [
    r".{0,80} changed (?:their|the|this group's) (?:phone number|subject|group name|group "
    r"description|icon|settings)",
    r"your security code with .{0,80} changed",
    r".{0,80} created (?:group|this group)",
    r".{0,80} (?:added|removed) .{0,200}",
    r".{0,80} (?:left|joined using this group's invite link)",
    r".{0,80} turned (?:on|off) disappearing messages",
    r"you (?:blocked|unblocked) this contact",
    r"this chat is with a business account",
    r".{0,80} (?:hat|hast) .{0,200}(?:hinzugef[uü]gt|entfernt|erstellt|verlassen|ge[aä]ndert)",
    r"dein sicherheitscode f[uü]r .{0,80} hat sich ge[aä]ndert",
    r".{0,80} (?:cre[oó] (?:el|este) grupo|a[nñ]adi[oó] a|te a[nñ]adi[oó]|sali[oó] del grupo|"
    r"elimin[oó] a|se uni[oó] (?:usando|con) el enlace de invitaci[oó]n|"
    r"cambi[oó] (?:el asunto|la descripci[oó]n|el [ií]cono|la imagen|su n[uú]mero)|"
    r"fij[oó] un mensaje)",
    r"(?:te a[nñ]adieron|te eliminaron|ahora eres admin|ya no eres admin)",
    # Newer English notices, and the ones that name nobody else.
    r"you were (?:added|removed)",
    r".{0,80}'s security code changed",
    r".{0,80} pinned a message",
    r"you're now an admin|you're no longer an admin",
    r".{0,80} deleted this group's (?:icon|description)",
    r"this business (?:is now using|uses) .{0,200}",
    # Security codes and blocking in the other languages of the encryption notices.
    r"tu c[oó]digo de seguridad con .{0,80} cambi[oó]",
    r"votre code de s[eé]curit[eé] avec .{0,80} a chang[eé]",
    r"(?:o )?seu c[oó]digo de seguran[cç]a com .{0,80} mudou",
    r"il tuo codice di sicurezza con .{0,80} [eè] cambiato",
    r"je beveiligingscode met .{0,80} is gewijzigd",
    r"du hast diesen kontakt (?:blockiert|freigegeben)",
    r"(?:bloqueaste|desbloqueaste) a este contacto",
    r"vous avez (?:bloqu[eé]|d[eé]bloqu[eé]) ce contact",
    r"voc[eê] (?:bloqueou|desbloqueou) este contato",
    r"hai (?:bloccato|sbloccato) questo contatto",
    r"je hebt dit contact (?:geblokkeerd|gedeblokkeerd)",
]
# Disappearing-message notices. iOS writes "Disappearing messages were turned off." with the
# chat's name as the sender, sometimes without the invisible mark, so these sentences are
# notices whether marked or not (a person does not type them).
_DISAPPEARING_PATTERNS = [
    r"disappearing messages (?:were|have been) turned (?:on|off)\.?",
    r"(?:you|.{1,80}) turned (?:on|off) disappearing messages\..*",
    r"new messages will disappear from this chat .*",
    r"selbstl[oö]schende nachrichten wurden (?:de)?aktiviert\.?",
    r"los mensajes temporales se (?:activaron|desactivaron)\.?",
    r"se (?:activaron|desactivaron) los mensajes temporales\.?",
    r"les messages [eé]ph[eé]m[eè]res ont [eé]t[eé] (?:activ|d[eé]sactiv)[eé]s\.?",
    r"as mensagens tempor[aá]rias foram (?:ativadas|desativadas)\.?",
    r"i messaggi effimeri sono stati (?:attivati|disattivati)\.?",
    r"verdwijnende berichten (?:zijn|werden) (?:in|uit)geschakeld\.?",
    # Someone turning them on or off, and the default timer, in the same languages.
    r".{1,80} uses a default timer for disappearing messages in new chats\..*",
    r".{1,80} (?:hat|hast) selbstl[oö]schende nachrichten (?:de)?aktiviert\..*",
    r".{1,80} (?:activ[oó]|desactiv[oó]|activaste|desactivaste) los mensajes temporales\..*",
    r".{1,80} (?:a|avez) (?:activ|d[eé]sactiv)[eé] les messages [eé]ph[eé]m[eè]res\..*",
    r".{1,80} (?:ativou|desativou) as mensagens tempor[aá]rias\..*",
    r".{1,80} (?:ha|hai) (?:attivato|disattivato) i messaggi effimeri\..*",
    r".{1,80} (?:heeft|hebt) verdwijnende berichten (?:in|uit)geschakeld\..*",
]
_ENCRYPTION = re.compile(
    "(?:" + "|".join(_ENCRYPTION_PATTERNS) + r").*|" + "|".join(_DISAPPEARING_PATTERNS),
    re.IGNORECASE | re.DOTALL,
)
_NOTICE = re.compile("(?:" + "|".join(_NOTICE_PATTERNS) + r").*", re.IGNORECASE | re.DOTALL)

# Placeholders standing for a whole message.
_MEDIA_PATTERNS = [
    r"<(?:media omitted|medien ausgeschlossen|multimedia omitido|m[eé]dias omis|"
    r"m[ií]dia oculta|media omessi|media weggelaten)>",
    r"(?:image|video|audio|sticker|gif|document|contact card|photo) omitted",
    r"(?:bild|video|audio|sticker|gif|dokument|kontaktkarte) weggelassen",
    r"(?:imagen|foto|video|audio|sticker|gif|documento|tarjeta de contacto) omitid[oa]",
    r"(?:image|vid[eé]o|audio|autocollant|gif|document) absente?",
    r"(?:imagem|v[ií]deo|[aá]udio|figurinha|gif|documento) ocultad[oa]",
    # iOS: "<attached: 00000012-PHOTO.jpg>", or "Notes.pdf • 1 page <attached: Notes.pdf>".
    r"(?:.* )?<(?:attached|anhang|adjunto|pi[eè]ce jointe|anexo|allegato|bijlage): [^>]*>",
    r".* \((?:file attached|datei angeh[aä]ngt|archivo adjunto|fichier joint|arquivo anexado|"
    r"file allegato|bestand bijgevoegd)\)",
    r"(?:location|standort|ubicaci[oó]n|position|localiza[cç][aã]o|posizione|locatie): .*",
    r"(?:live location shared|live-standort wird geteilt|ubicaci[oó]n en tiempo real compartida)",
    r"(?:poll|encuesta|umfrage|sondage|enquete|sondaggio|peiling):\n.*",
    r"null",
]
_MEDIA = re.compile("(?:" + "|".join(_MEDIA_PATTERNS) + ")", re.IGNORECASE | re.DOTALL)

_DELETED = re.compile(
    r"(?:this message was deleted|you deleted this message|diese nachricht wurde gel[oö]scht|"
    r"du hast diese nachricht gel[oö]scht|se elimin[oó] este mensaje|eliminaste este mensaje|"
    r"este mensaje fue eliminado|mensaje eliminado|deleted message|"
    r"ce message a [eé]t[eé] supprim[eé]|vous avez supprim[eé] ce message|"
    r"(?:essa )?mensagem (?:foi )?apagada|questo messaggio [eè] stato eliminato|"
    r"dit bericht is verwijderd)\.?",
    re.IGNORECASE,
)
_CALL = re.compile(
    r"(?:(?:missed|silenced) (?:voice|video|group voice|group video) call(?:, .*)?|"
    r"(?:voice|video) call(?:, .*)?|"
    r"verpasster (?:sprach|video)anruf|(?:sprach|video)anruf(?:, .*)?|"
    r"llamada (?:de voz |de video |grupal )?perdida|videollamada(?: perdida)?(?:, .*)?|"
    r"llamada de (?:voz|video)(?:, .*)?|appel (?:vocal|vid[eé]o) manqu[eé])",
    re.IGNORECASE,
)

_INVISIBLE = "\u200e\u200f\ufeff\u202a\u202b\u202c\u2066\u2067\u2068\u2069"
_INVISIBLE_TABLE = str.maketrans("", "", _INVISIBLE)

# Bodies that are exactly a placeholder or a notice; checked for every message with one set
# lookup, then classified.
EXACT_PLACEHOLDERS = frozenset(
    text.encode()
    for text in (
        "<Media omitted>",
        "<media omitted>",
        "<Medien ausgeschlossen>",
        "<Multimedia omitido>",
        "<Médias omis>",
        "<Mídia oculta>",
        "<Media omessi>",
        "<Media weggelaten>",
        "This message was deleted",
        "You deleted this message",
        "Diese Nachricht wurde gelöscht.",
        "Du hast diese Nachricht gelöscht.",
        "image omitted",
        "video omitted",
        "audio omitted",
        "sticker omitted",
        "GIF omitted",
        "Bild weggelassen",
        # Spanish: Android writes these without the invisible mark, with or without a period.
        "Se eliminó este mensaje",
        "Se eliminó este mensaje.",
        "Eliminaste este mensaje",
        "Eliminaste este mensaje.",
        "Este mensaje fue eliminado",
        "Este mensaje fue eliminado.",
        "imagen omitida",
        "video omitido",
        "audio omitido",
        "sticker omitido",
        "GIF omitido",
        "documento omitido",
        "null",
        # Notices iOS may write without the invisible mark (see _DISAPPEARING_PATTERNS).
        "Disappearing messages were turned off.",
        "Disappearing messages were turned on.",
        "Selbstlöschende Nachrichten wurden deaktiviert.",
        "Selbstlöschende Nachrichten wurden aktiviert.",
        "Los mensajes temporales se desactivaron.",
        "Los mensajes temporales se activaron.",
        "Les messages éphémères ont été désactivés.",
        "Les messages éphémères ont été activés.",
        "As mensagens temporárias foram desativadas.",
        "As mensagens temporárias foram ativadas.",
        "I messaggi effimeri sono stati disattivati.",
        "I messaggi effimeri sono stati attivati.",
        "Verdwijnende berichten zijn uitgeschakeld.",
        "Verdwijnende berichten zijn ingeschakeld.",
    )
)


# A deleted message's whole text as some Telegram clients write it, in the app's language.
DELETED_TEXTS = frozenset(
    (
        "Deleted message",
        "This message was deleted",
        "Mensaje eliminado",
        "Este mensaje fue eliminado",
        "Se eliminó este mensaje",
    )
)


def strip_invisible(text: str) -> str:
    return text.translate(_INVISIBLE_TABLE)


def classify_body(text: str) -> int:
    """Classify one message body: SYSTEM (a notice, not a message) or a `Kind`.

    Only bodies that look special are passed here (the hot path never calls this for an
    ordinary line), so clarity wins over speed.
    """
    body = strip_invisible(text).strip()
    marked = text[:1] in _INVISIBLE
    if _ENCRYPTION.fullmatch(body) or (marked and _NOTICE.fullmatch(body)):
        return SYSTEM
    if _DELETED.fullmatch(body):
        return Kind.DELETED
    if _CALL.fullmatch(body):
        return Kind.CALL
    if _MEDIA.fullmatch(body):
        return Kind.MEDIA
    return Kind.TEXT


# Reassurance seeking. Categories are stored by number; labels are shown to the person.
# Kept in English in report data; translated where they are shown.
REASSURANCE_LABELS = (
    gettext_noop("“Are we okay?”"),
    gettext_noop("“Are you upset with me?”"),
    gettext_noop("“Did I do something wrong?”"),
    gettext_noop("“Do you still…?”"),
    gettext_noop("“Are you ignoring me?”"),
    gettext_noop("“Am I too much?”"),
)
_OKAY = "(?:ok|okay|good|alright|all right|fine)"
_UPSET_WORDS = ("mad", "angry", "upset", "annoyed", "pissed", "cross")
_UPSET = "(?:" + "|".join(_UPSET_WORDS) + ")"
# One named group per category; used on single messages and to label a hit.
# Spanish, with or without accents (spelt as alternations, not classes, so that the same
# pattern works on UTF-8 bytes). An opening "¿" is read as a space (`for_scan()`), so that
# "¿estamos bien?" is found without an optional group slowing every other match.
_ES_OKAY = "estamos bien|todo bien entre nosotros"
_ES_UPSET = "est(?:a|á)s (?:enojad(?:o|a)|molest(?:o|a)) conmigo|te enojaste conmigo"
_ES_WRONG = "hice algo mal|qu(?:e|é) (?:te )?hice"
_ES_STILL = (
    "todav(?:i|í)a me (?:quieres|amas|extra(?:n|ñ)as)|a(?:u|ú)n me (?:quieres|amas|extra(?:n|ñ)as)"
)
_ES_IGNORING = "me est(?:a|á)s ignorando|me ignoras"
_ES_TOO_MUCH = "soy (?:demasiado|una molestia)|te estoy molestando"
REASSURANCE_PATTERN = (
    r" (?:"
    rf"(?P<c0>are we (?:still )?{_OKAY}|is everything {_OKAY}|{_ES_OKAY})"
    rf"|(?P<c1>are you (?:still )?{_UPSET}|{_UPSET} (?:at|with) me|(?:do|did) you hate me"
    rf"|{_ES_UPSET})"
    rf"|(?P<c2>did i (?:do|say) something|what did i do|{_ES_WRONG})"
    r"|(?P<c3>do you (?:still|even) (?:love|like|want|care|miss)|(?:still|even) "
    rf"(?:love|like|want|miss) me|{_ES_STILL})"
    rf"|(?P<c4>(?:are you|you're|you are|r u) ignoring me|ignoring me|{_ES_IGNORING})"
    r"|(?P<c5>am i (?:too much|annoying you|bothering you|being (?:annoying|too much|clingy|"
    rf"needy|a bother))|{_ES_TOO_MUCH})"
    r")\b"
)
REASSURANCE_TEXT = re.compile(REASSURANCE_PATTERN)
# The same phrases factored by first letter, for scanning megabytes of lower-cased text:
# every alternative starts after a literal space, and the regex engine jumps from space to
# space, trying only the branch for the next letter.
REASSURANCE_SCAN = re.compile(
    (
        rf" (?:a(?:re (?:we (?:still )?{_OKAY}|you (?:still )?{_UPSET}|you ignoring me)"
        r"|m i (?:too much|annoying you|bothering you|being (?:annoying|too much|clingy|needy|"
        r"a bother)))"
        r"|d(?:id i (?:do|say) something|o you (?:still|even) (?:love|like|want|care|miss)"
        r"|(?:o|id) you hate me)"
        rf"|is everything {_OKAY}|what did i do|"
        # Spelt out word by word: a branch that starts with a letter is rejected at once.
        + "|".join(f"{word} (?:at|with) me" for word in _UPSET_WORDS)
        + r"|still (?:love|like|want|miss) me|even (?:love|like|want|miss) me"
        r"|you(?:'re| are) ignoring me|r u ignoring me|ignoring me"
        # Spanish, factored by first letter as well.
        r"|est(?:amos bien|(?:a|á)s (?:enojad(?:o|a)|molest(?:o|a)) conmigo)"
        r"|t(?:odo bien entre nosotros|odav(?:i|í)a me (?:quieres|amas|extra(?:n|ñ)as)"
        r"|e (?:enojaste conmigo|estoy molestando))"
        r"|hice algo mal|qu(?:e|é) (?:te )?hice|a(?:u|ú)n me (?:quieres|amas|extra(?:n|ñ)as)"
        r"|me (?:est(?:a|á)s ignorando|ignoras)|soy (?:demasiado|una molestia))\b"
    ).encode()
)


_OPENING_QUESTION = "¿".encode()
# ASCII capitals to lower case (as bytes.lower() does) and line breaks to spaces, in one pass.
_SCAN_TABLE = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ\n", b"abcdefghijklmnopqrstuvwxyz ")


def for_scan(data: bytes) -> bytes:
    """Lower-case bytes ready for REASSURANCE_SCAN, with the same length and positions:
    line breaks and an opening "¿" (two bytes, two spaces) become spaces."""
    return data.translate(_SCAN_TABLE).replace(_OPENING_QUESTION, b"  ")


def reassurance_category(phrase: bytes) -> int | None:
    """The category of one phrase found by REASSURANCE_SCAN (lower-case bytes)."""
    match = REASSURANCE_TEXT.match(phrase.decode(errors="replace"))
    return int(match.lastgroup[1:]) if match and match.lastgroup else None


def reassurance_categories(text: str) -> list[int]:
    """Categories of reassurance-seeking phrases in one message (repeats included)."""
    return [
        int(match.lastgroup[1:])
        for match in REASSURANCE_TEXT.finditer(
            " " + strip_invisible(text).lower().replace("¿", " ")
        )
        if match.lastgroup
    ]


# REASSURANCE_SCAN for text: Unicode word boundaries, as REASSURANCE_TEXT has.
_SCAN_TEXT = re.compile(REASSURANCE_SCAN.pattern.decode())
_GAP = "\x00 "  # between messages: a phrase cannot run across a NUL
_ANY_INVISIBLE = re.compile(f"[{_INVISIBLE}]")  # for long texts: faster than translate


def reassurance_hits(texts: list[str]) -> list[tuple[int, int]]:
    """(index in `texts`, category) for every phrase in many messages, with one regex pass
    over all of them.

    Plain: ``[(i, c) for i, text in enumerate(texts) for c in reassurance_categories(text)]``.
    """
    joined = _GAP + _GAP.join(texts)
    if joined.count("\x00") != len(texts):  # a message holding a NUL: one by one
        return [(i, c) for i, text in enumerate(texts) for c in reassurance_categories(text)]
    if not joined.isascii() and _ANY_INVISIBLE.search(joined):
        joined = _ANY_INVISIBLE.sub("", joined)
    # Lower-casing may change lengths, so messages are told apart by their NULs.
    joined = joined.lower().replace("¿", " ")
    hits = []
    index, counted_to = -1, 0
    for match in _SCAN_TEXT.finditer(joined):
        index += joined.count("\x00", counted_to, match.start())
        counted_to = match.start()
        found = REASSURANCE_TEXT.match(match.group())
        if found and found.lastgroup:
            hits.append((index, int(found.lastgroup[1:])))
    return hits
