"""A word a person picks from a list: the key stored, the label shown, a phrase for sentences.

Pure module: no Django import. The check-in vocabulary and the pause tool's urges, exercises
and outcomes are all made of these.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """A stored key, its label, and a lower-case ``phrase`` that fits inside a sentence."""

    key: str
    label: str
    phrase: str = ""

    def __post_init__(self) -> None:
        if not self.phrase:
            object.__setattr__(self, "phrase", self.label.lower())


def stand_in(key: str) -> Term:
    """A readable term for a key no list knows (retired, or imported from elsewhere), so one
    odd value never breaks a page or an export: ``"slow_reply"`` reads "Slow reply"."""
    words = key.replace("_", " ").strip() or "unnamed"
    return Term(key, words[:1].upper() + words[1:], words)


def choices(terms: Iterable[Term]) -> list[tuple[str, str]]:
    """``terms`` as (key, label) pairs for a form field or a model field."""
    return [(t.key, t.label) for t in terms]
