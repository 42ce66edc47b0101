"""Translatable words in pure code, without importing Django.

Pure modules (charts, scoring, presenting) take a ``tr`` argument shaped like
``django.utils.translation``: an object with ``gettext(message)`` and
``ngettext(singular, plural, number)``. The Django side passes that module, so charts and
change descriptions come out in the page's language; tests and other pure callers get
:data:`ENGLISH`, which returns the messages as written. ``gettext_noop`` marks constants
(region names, change words) for the catalog; they are translated where they are shown.
"""

from __future__ import annotations

from typing import Protocol


class Translator(Protocol):
    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, number: int) -> str: ...


class _English:
    """The messages as written (English)."""

    @staticmethod
    def gettext(message: str) -> str:
        return message

    @staticmethod
    def ngettext(singular: str, plural: str, number: int) -> str:
        return singular if number == 1 else plural


ENGLISH: Translator = _English()


def gettext_noop(message: str) -> str:
    """Mark `message` for the catalog; it is translated where it is shown."""
    return message
