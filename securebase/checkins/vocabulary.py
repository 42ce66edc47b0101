"""The words a check-in offers: emotions, triggers, protest behaviors and what helped.

Keys are what the database stores; labels are what people read. A key is never renamed or
reused, because old check-ins keep pointing at it: to stop offering a word, move it to
``RETIRED`` so history and exports can still name it.

Pure module: no Django import (the check-in form, the trends page and the exports share it).
"""

from __future__ import annotations

from dataclasses import dataclass

from securebase.core.terms import Term, stand_in


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
        "Worried",
        (
            Term("anxious", "Anxious"),
            Term("insecure", "Insecure"),
            Term("jealous", "Jealous"),
            Term("on_edge", "On edge"),
            Term("overwhelmed", "Overwhelmed"),
        ),
    ),
    TermGroup(
        "hurt",
        "Hurt",
        (
            Term("lonely", "Lonely"),
            Term("rejected", "Rejected"),
            Term("abandoned", "Abandoned"),
            Term("sad", "Sad"),
            Term("disappointed", "Disappointed"),
        ),
    ),
    TermGroup(
        "down_on_myself",
        "Down on myself",
        (
            Term("ashamed", "Ashamed"),
            Term("guilty", "Guilty"),
            Term("not_enough", "Not good enough"),
            Term("embarrassed", "Embarrassed"),
        ),
    ),
    TermGroup(
        "angry",
        "Angry",
        (
            Term("angry", "Angry"),
            Term("resentful", "Resentful"),
            Term("frustrated", "Frustrated"),
        ),
    ),
    TermGroup(
        "steady",
        "Steady",
        (
            Term("calm", "Calm"),
            Term("hopeful", "Hopeful"),
            Term("relieved", "Relieved"),
            Term("connected", "Connected"),
            Term("proud", "Proud of myself"),
            Term("grateful", "Grateful"),
        ),
    ),
)

EMOTIONS: tuple[Term, ...] = tuple(term for group in EMOTION_GROUPS for term in group.terms)

TRIGGERS: tuple[Term, ...] = (
    Term("slow_reply", "A slow reply", "a slow reply"),
    Term("distance", "They seemed distant", "that they seemed distant"),
    Term("partner_busy", "They were busy or with others", "that they were busy or with others"),
    Term("conflict", "A conflict or argument", "a conflict"),
    Term("ex_reminder", "A reminder of an ex", "a reminder of an ex"),
    Term("alone_at_night", "Being alone at night", "being alone at night"),
    Term("social_media", "Something on social media", "something on social media"),
)

# Protest behaviors: the moves attachment anxiety makes to get closeness back. Each is marked
# per check-in as acted on, resisted (felt the pull and did not act), or left unmarked.
PROTEST_BEHAVIORS: tuple[Term, ...] = (
    Term("excessive_contact", "Texting or calling again and again", "texting or calling"),
    Term("checking", "Checking their social media or location", "checking on them"),
    Term("withdrawing", "Withdrawing or going silent", "withdrawing"),
    Term("keeping_score", "Keeping score", "keeping score"),
    Term("hostility", "Acting hostile", "acting hostile"),
    Term("threatening_to_leave", "Threatening to leave", "threatening to leave"),
    Term("making_jealous", "Trying to make them jealous", "trying to make them jealous"),
    Term("reassurance_seeking", "Asking for reassurance again and again", "asking for reassurance"),
)

ACTED = "acted"
RESISTED = "resisted"
NOT_TODAY = ""
BEHAVIOR_MARKS: tuple[tuple[str, str], ...] = (
    (NOT_TODAY, "Not today"),
    (RESISTED, "Resisted"),
    (ACTED, "Acted on"),
)

HELPED: tuple[Term, ...] = (
    Term("breathing", "Slow breathing"),
    Term("grounding", "Grounding with my senses"),
    Term("urge_surfing", "Riding out the urge"),
    Term("self_compassion", "Being kind to myself"),
    Term("writing", "Writing it down"),
    Term("talking", "Talking with a friend or family"),
    Term("movement", "Moving my body"),
    Term("rest", "Rest or sleep"),
    Term("facts", "Checking the facts"),
    Term("absorbed", "Getting absorbed in something"),
    Term("therapy_skill", "Something from therapy"),
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
    """The display label for ``key`` among ``kind``; see :func:`term_for`."""
    return term_for(kind, key).label


def keys(kind: str) -> frozenset[str]:
    """Every key currently offered for ``kind`` — what a form may accept."""
    return frozenset(_BY_KIND[kind])
