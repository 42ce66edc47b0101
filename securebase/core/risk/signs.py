"""The warning signs the risk screen reports, and whose safety each one is about.

Pure module: standard library only. The English and Spanish rules name a sign for each rule
(``signs.BURDEN``), the held-aside phrases carry one, and the screen reports one.
"""

from __future__ import annotations

SUICIDAL_THOUGHTS = "suicidal_thoughts"
DEATH_WISH = "death_wish"
BURDEN = "burden"
HOPELESSNESS = "hopelessness"
METHOD = "method"
PREPARATION = "preparation"
SELF_HARM = "self_harm"
HARM_OTHERS = "harm_others"
DANGER_FROM_OTHERS = "danger_from_others"

# Every warning sign the screen reports, in the order the docs describe them.
CATEGORIES = (
    SUICIDAL_THOUGHTS,
    DEATH_WISH,
    BURDEN,
    HOPELESSNESS,
    METHOD,
    PREPARATION,
    SELF_HARM,
    HARM_OTHERS,
    DANGER_FROM_OTHERS,
)

# Whose safety a warning sign is about: the writer's from themselves, someone else's from the
# writer, or the writer's from someone else.
SELF = "self"
OTHERS = "others"
DANGER = "danger"


def concern_of(category: str) -> str:
    """Whose safety a warning sign is about: ``"others"`` for a threat to harm someone else,
    ``"danger"`` for someone else threatening or hurting the writer, ``"self"`` otherwise."""
    if category == HARM_OTHERS:
        return OTHERS
    if category == DANGER_FROM_OTHERS:
        return DANGER
    return SELF
