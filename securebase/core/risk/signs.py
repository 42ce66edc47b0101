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
)

SELF = "self"
OTHERS = "others"


def concern_of(category: str) -> str:
    """Whose safety a warning sign is about: ``"others"`` for threats, ``"self"`` otherwise."""
    return OTHERS if category == HARM_OTHERS else SELF
