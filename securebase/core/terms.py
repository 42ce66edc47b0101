"""A word a person picks from a list: the key stored, the label shown, a phrase for sentences.

Pure module: no Django import. The check-in vocabulary and the pause tool's urges, exercises
and outcomes are all made of these. A label may be plain text or text translated when it is
shown (``gettext_lazy``); then its phrase is lower-cased when shown too, in the same language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class LowerCase:
    """The lower-case form of a label translated when shown: ``str()`` writes it in the
    language active at that moment."""

    __slots__ = ("label",)

    def __init__(self, label: object) -> None:
        self.label = label

    def __str__(self) -> str:
        return str(self.label).lower()

    def __eq__(self, other: object) -> bool:
        return str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


@dataclass(frozen=True)
class Term:
    """A stored key, its label, and a lower-case ``phrase`` that fits inside a sentence."""

    key: str
    label: str
    phrase: str = ""

    def __post_init__(self) -> None:
        if not self.phrase:
            # A lazy label lower-cased now would be frozen in today's language.
            label = self.label
            phrase = label.lower() if isinstance(label, str) else LowerCase(label)
            object.__setattr__(self, "phrase", phrase)


def stand_in(key: str) -> Term:
    """A readable term for a key no list knows (retired, or imported from elsewhere), so one
    odd value never breaks a page or an export: ``"slow_reply"`` reads "Slow reply"."""
    words = key.replace("_", " ").strip() or "unnamed"
    return Term(key, words[:1].upper() + words[1:], words)


def choices(terms: Iterable[Term]) -> list[tuple[str, str]]:
    """``terms`` as (key, label) pairs for a form field or a model field."""
    return [(t.key, t.label) for t in terms]
