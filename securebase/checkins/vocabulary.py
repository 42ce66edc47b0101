"""The words a check-in offers: emotions, triggers, protest behaviors and what helped.

Keys are what the database stores; labels are what people read. A key is never renamed or
reused, because old check-ins keep pointing at it: to stop offering a word, move it to
``RETIRED`` so history and exports can still name it.

Pure module: no Django import (the check-in form, the trends page and the exports share it).
"""

from __future__ import annotations

from dataclasses import dataclass

from securebase.core.terms import Term, stand_in
from securebase.core.wording import gettext, gettext_noop


@dataclass(frozen=True)
class TermGroup:
    """A heading with a few terms under it, so a long list can be scanned at a glance."""

    key: str
    label: str
    terms: tuple[Term, ...]


# Five families, five or six words each: specific enough to name a feeling, short enough to
# take in on a phone without scrolling past a wall of checkboxes.
EMOTION_GROUPS: tuple[TermGroup, ...] = (
    TermGroup(
        "worried",
        gettext_noop("Worried"),
        (
            Term("anxious", gettext_noop("Anxious")),
            Term("insecure", gettext_noop("Insecure")),
            Term("jealous", gettext_noop("Jealous")),
            Term("on_edge", gettext_noop("On edge")),
            Term("overwhelmed", gettext_noop("Overwhelmed")),
        ),
    ),
    TermGroup(
        "hurt",
        gettext_noop("Hurt"),
        (
            Term("lonely", gettext_noop("Lonely")),
            Term("rejected", gettext_noop("Rejected")),
            Term("abandoned", gettext_noop("Abandoned")),
            Term("sad", gettext_noop("Sad")),
            Term("disappointed", gettext_noop("Disappointed")),
        ),
    ),
    TermGroup(
        "down_on_myself",
        gettext_noop("Down on myself"),
        (
            Term("ashamed", gettext_noop("Ashamed")),
            Term("guilty", gettext_noop("Guilty")),
            Term("not_enough", gettext_noop("Not good enough")),
            Term("embarrassed", gettext_noop("Embarrassed")),
        ),
    ),
    TermGroup(
        "angry",
        gettext_noop("Angry"),
        (
            Term("angry", gettext_noop("Angry")),
            Term("resentful", gettext_noop("Resentful")),
            Term("frustrated", gettext_noop("Frustrated")),
        ),
    ),
    TermGroup(
        "steady",
        gettext_noop("Steady"),
        (
            Term("calm", gettext_noop("Calm")),
            Term("hopeful", gettext_noop("Hopeful")),
            Term("relieved", gettext_noop("Relieved")),
            Term("connected", gettext_noop("Connected")),
            Term("proud", gettext_noop("Proud of myself")),
            Term("grateful", gettext_noop("Grateful")),
        ),
    ),
)

EMOTIONS: tuple[Term, ...] = tuple(term for group in EMOTION_GROUPS for term in group.terms)

TRIGGERS: tuple[Term, ...] = (
    Term("slow_reply", gettext_noop("A slow reply"), gettext_noop("a slow reply")),
    Term("distance", gettext_noop("They seemed distant"), gettext_noop("that they seemed distant")),
    Term(
        "partner_busy",
        gettext_noop("They were busy or with others"),
        gettext_noop("that they were busy or with others"),
    ),
    Term("conflict", gettext_noop("A conflict or argument"), gettext_noop("a conflict")),
    Term("ex_reminder", gettext_noop("A reminder of an ex"), gettext_noop("a reminder of an ex")),
    Term(
        "alone_at_night", gettext_noop("Being alone at night"), gettext_noop("being alone at night")
    ),
    Term(
        "social_media",
        gettext_noop("Something on social media"),
        gettext_noop("something on social media"),
    ),
)

# Protest behaviors: the moves attachment anxiety makes to get closeness back. Each is marked
# per check-in as acted on, resisted (felt the pull and did not act), or left unmarked.
PROTEST_BEHAVIORS: tuple[Term, ...] = (
    Term(
        "excessive_contact",
        gettext_noop("Texting or calling again and again"),
        gettext_noop("texting or calling"),
    ),
    Term(
        "checking",
        gettext_noop("Checking their social media or location"),
        gettext_noop("checking on them"),
    ),
    Term("withdrawing", gettext_noop("Withdrawing or going silent"), gettext_noop("withdrawing")),
    Term("keeping_score", gettext_noop("Keeping score"), gettext_noop("keeping score")),
    Term("hostility", gettext_noop("Acting hostile"), gettext_noop("acting hostile")),
    Term(
        "threatening_to_leave",
        gettext_noop("Threatening to leave"),
        gettext_noop("threatening to leave"),
    ),
    Term(
        "making_jealous",
        gettext_noop("Trying to make them jealous"),
        gettext_noop("trying to make them jealous"),
    ),
    Term(
        "reassurance_seeking",
        gettext_noop("Asking for reassurance again and again"),
        gettext_noop("asking for reassurance"),
    ),
)

ACTED = "acted"
RESISTED = "resisted"
NOT_TODAY = ""
BEHAVIOR_MARKS: tuple[tuple[str, str], ...] = (
    (NOT_TODAY, gettext_noop("Not today")),
    (RESISTED, gettext_noop("Resisted")),
    (ACTED, gettext_noop("Acted on")),
)

HELPED: tuple[Term, ...] = (
    Term("breathing", gettext_noop("Slow breathing")),
    Term("grounding", gettext_noop("Grounding with my senses")),
    Term("urge_surfing", gettext_noop("Riding out the urge")),
    Term("self_compassion", gettext_noop("Being kind to myself")),
    Term("writing", gettext_noop("Writing it down")),
    Term("talking", gettext_noop("Talking with a friend or family")),
    Term("movement", gettext_noop("Moving my body")),
    Term("rest", gettext_noop("Rest or sleep")),
    Term("facts", gettext_noop("Checking the facts")),
    Term("absorbed", gettext_noop("Getting absorbed in something")),
    Term("therapy_skill", gettext_noop("Something from therapy")),
)

# Words no longer offered but still present in older check-ins. Empty for now; keep the
# mechanism so retiring a word never breaks history.
RETIRED: tuple[Term, ...] = ()

_BY_KIND: dict[str, dict[str, Term]] = {
    "emotion": {t.key: t for t in EMOTIONS},
    "trigger": {t.key: t for t in TRIGGERS},
    "behavior": {t.key: t for t in PROTEST_BEHAVIORS},
    "helped": {t.key: t for t in HELPED},
}
_RETIRED_BY_KEY = {t.key: t for t in RETIRED}


def term_for(kind: str, key: str) -> Term:
    """The term for ``key`` among ``kind`` ("emotion", "trigger", "behavior", "helped").

    Unknown keys (retired words, or data imported from elsewhere) get a readable stand-in
    rather than an error, so one odd value never breaks a page or an export.
    """
    table = _BY_KIND[kind]
    if key in table:
        return table[key]
    if key in _RETIRED_BY_KEY:
        return _RETIRED_BY_KEY[key]
    return stand_in(key)


def label_for(kind: str, key: str) -> str:
    """The display label for ``key`` among ``kind``, in the reader's language; see
    :func:`term_for`."""
    return gettext(term_for(kind, key).label)


def keys(kind: str) -> frozenset[str]:
    """Every key currently offered for ``kind`` — what a form may accept."""
    return frozenset(_BY_KIND[kind])
