"""Which language a questionnaire's items are shown in, for the page being read.

The page follows the reader's language (docs/translation.md); the items follow it only where
the instrument's data carries a published, validated translation with its citation and
permission (``instrument.items_language``). Otherwise a Spanish page shows the items in
English, marked ``lang="en"``, with a note in Spanish saying so. The symptom measures
(``securebase.measures``) use the same helpers.
"""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from securebase.assessments.instrument import (
    ENGLISH,
    Instrument,
    base_language,
    in_language,
)

LANGUAGE_NAMES = {
    "en": _("English"),
    "es": _("Spanish"),
}


def page_language() -> str:
    """The language the current page is rendered in ("en" or "es")."""
    return base_language(translation.get_language() or ENGLISH)


def shown(instrument: Instrument) -> Instrument:
    """`instrument` with its items in the page's language where a cited translation exists,
    in English otherwise."""
    return in_language(instrument, page_language())


def answered_in(instrument: Instrument, language: str) -> Instrument:
    """`instrument` with its items in `language`, as a saved result recorded them (English
    when the data no longer carries that translation)."""
    return in_language(instrument, language)


def language_name(code: str) -> str:
    """The name of a language, in the language of the page it is rendered on ("inglés" on a
    Spanish page): a lazy string, so context built once reads right in either language."""
    return LANGUAGE_NAMES.get(base_language(code), code)  # type: ignore[return-value]


def items_context(instrument: Instrument) -> dict:
    """What a page showing `instrument`'s items needs to say which language they are in.

    ``items_lang`` goes in the ``lang`` attribute around the items; ``items_note`` is true
    when the page is in another language than the items (the page then says so, in its own
    language); ``source_citation`` and ``source_permission`` cite the wording shown.
    """
    language = instrument.items_language
    translated = instrument.translations.get(language)
    return {
        "items_lang": language,
        "items_note": language != page_language(),
        "items_language_name": language_name(language),
        "source_citation": translated.citation if translated else instrument.citation,
        "source_permission": translated.permission if translated else instrument.permission,
    }
