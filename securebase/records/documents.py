"""Document text: the practice's details filled in, and the hash that pins a signed copy (pure)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


def fill_in(body: str, values: Mapping[str, str]) -> str:
    """Replace ``{{ name }}`` with ``values[name]``; an unknown name is left as written.

    The practice writes templates with placeholders for what it sets once (its name, its video
    platform); what the client reads and signs is the filled-in text.
    """

    def replace(match: re.Match[str]) -> str:
        return values.get(match.group(1), match.group(0))

    return PLACEHOLDER.sub(replace, body)


def content_hash(text: str) -> str:
    """SHA-256 of the text's UTF-8 bytes, in hex: what a signed copy is checked against."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def same_name(typed: str, expected: str) -> bool:
    """Whether a typed signature is the expected full name, ignoring case and extra spaces."""

    def norm(name: str) -> str:
        return " ".join(name.split()).casefold()

    return bool(norm(typed)) and norm(typed) == norm(expected)
