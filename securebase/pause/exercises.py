"""What a pause offers: the urges it answers, the exercises, and how a pause can end.

Keys are stored with saved pause sessions and never reused. Pure module (no Django import):
the pause views, the trends summary and the exports all read these names from here.
"""

from __future__ import annotations

from securebase.core.terms import Term, stand_in
from securebase.core.wording import gettext, gettext_noop

URGES: tuple[Term, ...] = (
    Term("text", gettext_noop("I want to text them")),
    Term("check", gettext_noop("I want to check their profile")),
    Term("ask", gettext_noop("I want to ask if we're okay")),
    Term("other", gettext_noop("Something else is pulling at me")),
)

BREATHING = "breathing"
GROUNDING = "grounding"
URGE_SURFING = "urge_surfing"
SELF_COMPASSION = "self_compassion"
UNSENT_MESSAGE = "unsent_message"

EXERCISES: tuple[Term, ...] = (
    Term(BREATHING, gettext_noop("Paced breathing"), gettext_noop("paced breathing")),
    Term(GROUNDING, gettext_noop("5-4-3-2-1 grounding"), gettext_noop("5-4-3-2-1 grounding")),
    Term(URGE_SURFING, gettext_noop("Urge surfing"), gettext_noop("urge surfing")),
    Term(
        SELF_COMPASSION,
        gettext_noop("A self-compassion break"),
        gettext_noop("a self-compassion break"),
    ),
    Term(
        UNSENT_MESSAGE,
        gettext_noop("Write the message, don't send it"),
        gettext_noop("writing the unsent message"),
    ),
)

WAITED = "waited"
SENT = "sent"
OTHER = "other"
OUTCOMES: tuple[Term, ...] = (
    Term(WAITED, gettext_noop("I waited")),
    Term(SENT, gettext_noop("I sent it anyway")),
    Term(OTHER, gettext_noop("I chose something else")),
)

# Paced breathing: a longer out-breath than in-breath is the usual calming pattern. The
# bounds keep the pacer humane (nobody is asked to hold a 12-second exhale).
BREATH_IN_DEFAULT = 4
BREATH_OUT_DEFAULT = 6
BREATH_SECONDS_MIN = 2
BREATH_SECONDS_MAX = 10
BREATHING_MINUTES_MIN = 1
BREATHING_MINUTES_MAX = 5
BREATHING_MINUTES_DEFAULT = 2

# An urge typically crests and fades within a quarter of an hour; the timer offers 10-20.
SURF_MINUTES_MIN = 10
SURF_MINUTES_MAX = 20
SURF_MINUTES_DEFAULT = 15

RATING_MIN = 0
RATING_MAX = 10

_LABELS = {
    "urge": {c.key: c.label for c in URGES},
    "exercise": {c.key: c.label for c in EXERCISES},
    "outcome": {c.key: c.label for c in OUTCOMES},
}


def label_for(kind: str, key: str) -> str:
    """The label for ``key`` among ``kind`` ("urge", "exercise", "outcome"), in the reader's
    language.

    An unknown key comes back humanized rather than raising, so a page never breaks on an
    old or odd value.
    """
    known = _LABELS[kind].get(key)
    if known is not None:
        return gettext(known)
    return stand_in(key).label


def compose_ask(*, feel: str, like: str, ask: str) -> str:
    """A clear, kind message asking for closeness, from the three parts the person wrote.

    "I'm feeling <feel>. I'd like <like>. <ask>" — each part in the person's own words, with
    spaces tidied and a full stop added only where a part has no closing mark of its own.
    Empty parts are left out, so the draft never has a dangling starter.
    """
    sentences = []
    for starter, words in (
        (gettext("I'm feeling %(words)s"), feel),
        (gettext("I'd like %(words)s"), like),
        ("%(words)s", ask),
    ):
        words = " ".join(words.split())
        if not words:
            continue
        if words[-1] not in ".!?":
            words += "."
        sentences.append(starter % {"words": words})
    return " ".join(sentences)


def breathing_cycles(*, inhale: int, exhale: int, minutes: int) -> int:
    """Whole in-and-out breaths that fit in ``minutes`` at ``inhale``/``exhale`` seconds.

    At least one, so even the shortest setting gives one full breath.
    """
    if inhale <= 0 or exhale <= 0 or minutes <= 0:
        raise ValueError("inhale, exhale and minutes must be positive")
    return max(1, (minutes * 60) // (inhale + exhale))
