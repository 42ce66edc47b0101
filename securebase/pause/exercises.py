"""What a pause offers: the urges it answers, the exercises, and how a pause can end.

Keys are stored with saved pause sessions and never reused. Pure module (no Django import):
the pause views, the trends summary and the exports all read these names from here.
"""

from __future__ import annotations

from securebase.core.terms import Term, stand_in

URGES: tuple[Term, ...] = (
    Term("text", "I want to text them"),
    Term("check", "I want to check their profile"),
    Term("ask", "I want to ask if we're okay"),
    Term("other", "Something else is pulling at me"),
)

BREATHING = "breathing"
GROUNDING = "grounding"
URGE_SURFING = "urge_surfing"
SELF_COMPASSION = "self_compassion"
UNSENT_MESSAGE = "unsent_message"

EXERCISES: tuple[Term, ...] = (
    Term(BREATHING, "Paced breathing"),
    Term(GROUNDING, "5-4-3-2-1 grounding"),
    Term(URGE_SURFING, "Urge surfing"),
    Term(SELF_COMPASSION, "A self-compassion break"),
    Term(UNSENT_MESSAGE, "Write the message, don't send it", "writing the unsent message"),
)

WAITED = "waited"
SENT = "sent"
OTHER = "other"
OUTCOMES: tuple[Term, ...] = (
    Term(WAITED, "I waited"),
    Term(SENT, "I sent it anyway"),
    Term(OTHER, "I chose something else"),
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
    """The label for ``key`` among ``kind`` ("urge", "exercise", "outcome").

    An unknown key comes back humanized rather than raising, so a page never breaks on an
    old or odd value.
    """
    known = _LABELS[kind].get(key)
    if known is not None:
        return known
    return stand_in(key).label


def compose_ask(*, feel: str, like: str, ask: str) -> str:
    """A clear, kind message asking for closeness, from the three parts the person wrote.

    "I'm feeling <feel>. I'd like <like>. <ask>" — each part in the person's own words, with
    spaces tidied and a full stop added only where a part has no closing mark of its own.
    Empty parts are left out, so the draft never has a dangling starter.
    """
    sentences = []
    for starter, words in (("I'm feeling ", feel), ("I'd like ", like), ("", ask)):
        words = " ".join(words.split())
        if not words:
            continue
        if words[-1] not in ".!?":
            words += "."
        sentences.append(starter + words)
    return " ".join(sentences)


def breathing_cycles(*, inhale: int, exhale: int, minutes: int) -> int:
    """Whole in-and-out breaths that fit in ``minutes`` at ``inhale``/``exhale`` seconds.

    At least one, so even the shortest setting gives one full breath.
    """
    if inhale <= 0 or exhale <= 0 or minutes <= 0:
        raise ValueError("inhale, exhale and minutes must be positive")
    return max(1, (minutes * 60) // (inhale + exhale))
