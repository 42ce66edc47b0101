"""Words the engine and the presentation show to people, translatable without Django.

The pure modules mark what a person reads with `_()` and `ngettext()` (the names gettext's
extractor looks for) and stay free of Django: by default these return the English as
written, which is what the command line and the pure tests see. The Django app installs
Django's own `gettext` and `ngettext` at start-up (`ChatAnalysisConfig.ready()`), so on a
page the words follow the language of the request. `gettext_noop()` marks words kept in
English in data and translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable


def _english(message: str) -> str:
    return message


def _english_plural(singular: str, plural: str, number: int) -> str:
    return singular if number == 1 else plural


_translate: Callable[[str], str] = _english
_translate_plural: Callable[[str, str, int], str] = _english_plural


def install(
    gettext: Callable[[str], str], ngettext_function: Callable[[str, str, int], str]
) -> None:
    """Use these functions from now on (Django's, for the web app)."""
    global _translate, _translate_plural
    _translate, _translate_plural = gettext, ngettext_function


def _(message: str) -> str:
    return _translate(message)


def ngettext(singular: str, plural: str, number: int) -> str:
    return _translate_plural(singular, plural, number)


def gettext_noop(message: str) -> str:
    return message
