"""The machinery shared by the English and Spanish rules (the signs they name: ``signs``).

Pure module: standard library only. A rule is a pattern read within one normalized sentence,
named after the warning sign it listens for, with an optional ``unless`` pattern for the
everyday uses of the same words. The first rule that matches a sentence is the one reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from securebase.core.risk.signs import CATEGORIES

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


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule that matched, and the words in the normalized sentence that it matched."""

    rule: Rule
    words: str


def rule(name: str, category: str, pattern: str, unless: str | None = None) -> Rule:
    """Compile one rule; ``category`` must be one of ``CATEGORIES``."""
    assert category in CATEGORIES, category
    return Rule(
        name=name,
        category=category,
        pattern=re.compile(pattern),
        unless=re.compile(unless) if unless else None,
    )


# Words that say the act was meant: a sentence holding one is not an everyday use, whatever
# else it holds ("burned my hand on the stove on purpose", "me quemé con la plancha a
# propósito"), so a rule's exceptions do not apply to it.
# "Not on purpose", "no fue a propósito" say the opposite.
MEANT = re.compile(
    r"(?<!\bnot )(?<!\bno )(?<!\bno fue )(?<!\bno era )\b(?:on purpose|deliberately|"
    r"intentionally|a proposito|adrede)\b"
)


def first_hit(rules: Sequence[Rule], sentences: Iterable[str]) -> Hit | None:
    """The first rule matching any of the sentences (sentence order first, then rule order)."""
    for sentence in sentences:
        for candidate in rules:
            found = candidate.pattern.search(sentence)
            if found and (
                candidate.unless is None
                or not candidate.unless.search(sentence)
                or MEANT.search(sentence)
            ):
                return Hit(rule=candidate, words=found.group(0).strip())
    return None
