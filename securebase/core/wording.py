"""Words in the reader's language for pure modules, which may not import Django.

A pure module writes its English as ``gettext("Text with %(count)s")``, imported from here, so
``makemessages`` finds it (it looks for calls by that name). Words kept in tables at import time
(a vocabulary's labels) are marked ``gettext_noop("Label")`` and translated where they are shown,
``gettext(term.label)``. Until Django is set up these return the English unchanged, so the pure
modules run and test on their own; ``CoreConfig.ready()`` calls ``install()`` with Django's
functions, and from then on they answer in the language active for the request.

Pure module: no Django import.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


def _same(message: str) -> str:
    return message


def _same_plural(singular: str, plural: str, number: int) -> str:
    return singular if number == 1 else plural


def _english() -> str:
    return "en"


_gettext: Callable[[str], str] = _same
_ngettext: Callable[[str, str, int], str] = _same_plural
_language: Callable[[], str | None] = _english


def gettext(message: str) -> str:
    """``message`` in the active language (English until ``install()``)."""
    return _gettext(message)


def ngettext(singular: str, plural: str, number: int) -> str:
    """The form for ``number`` in the active language (English until ``install()``)."""
    return _ngettext(singular, plural, number)


def language() -> str:
    """The active language's code ("en" until ``install()``, and outside any request)."""
    return _language() or "en"


def gettext_noop(message: str) -> str:
    """Marks ``message`` for the catalogs without translating it now."""
    return message


def install(
    gettext: Callable[[str], str],
    ngettext: Callable[[str, str, int], str],
    get_language: Callable[[], str | None] = _english,
) -> None:
    """Answer in the active language from now on (Django's ``gettext``, ``ngettext`` and
    ``get_language``)."""
    global _gettext, _ngettext, _language
    _gettext, _ngettext, _language = gettext, ngettext, get_language


class Translator(Protocol):
    """What a pure function that takes its words as an argument (``tr``) needs:
    ``django.utils.translation`` on a page, :data:`ENGLISH` for the words as written."""

    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, number: int) -> str: ...


class _English:
    """The messages as written (English)."""

    @staticmethod
    def gettext(message: str) -> str:
        return _same(message)

    @staticmethod
    def ngettext(singular: str, plural: str, number: int) -> str:
        return _same_plural(singular, plural, number)


ENGLISH: Translator = _English()
