"""The Spanish catalogs are complete, free of fuzzy guesses, and compiled (docs/translation.md).

Each app keeps its own catalog (``<app>/locale/es/LC_MESSAGES/django.po``); the project-wide
templates keep theirs in ``securebase/locale``. The compiled ``.mo`` files are committed, so a
fresh clone serves Spanish without GNU gettext; a test here fails when one is out of date.
"""

import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = sorted(ROOT.glob("**/locale/es/LC_MESSAGES/django.po"))
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|{(\w*)}")
IDS = [str(path.relative_to(ROOT)) for path in CATALOGS]


def test_every_app_with_templates_has_a_spanish_catalog():
    apps = {path.parent.name for path in ROOT.glob("*/templates")} - {"securebase"}
    with_catalog = {path.relative_to(ROOT).parts[0] for path in CATALOGS}
    assert apps - with_catalog == set()
    assert "locale" in with_catalog  # the project-wide templates (base.html, error pages)


@pytest.mark.parametrize("path", CATALOGS, ids=IDS)
def test_every_message_is_translated_and_none_is_fuzzy(path):
    catalog = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalog.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalog.fuzzy_entries()]
    assert untranslated == [], f"{path.relative_to(ROOT)}: untranslated {untranslated}"
    assert fuzzy == [], f"{path.relative_to(ROOT)}: fuzzy {fuzzy}"
    assert len(catalog) > 0


@pytest.mark.parametrize("path", CATALOGS, ids=IDS)
def test_translations_keep_every_placeholder(path):
    for entry in polib.pofile(str(path)).translated_entries():
        wanted = set(PLACEHOLDER.findall(entry.msgid))
        strings = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) <= wanted | set(
                PLACEHOLDER.findall(entry.msgid_plural or "")
            ), (entry.msgid, text)
            if not entry.msgid_plural:
                assert set(PLACEHOLDER.findall(text)) == wanted, (entry.msgid, text)


@pytest.mark.parametrize("path", CATALOGS, ids=IDS)
def test_the_compiled_catalog_matches_its_source(path):
    compiled = path.with_suffix(".mo")
    assert compiled.exists(), f"compile {path.relative_to(ROOT)} (docs/translation.md)"
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr or dict(entry.msgstr_plural)
        for entry in polib.pofile(str(path)).translated_entries()
    }
    built = {
        (entry.msgctxt, entry.msgid): entry.msgstr or dict(entry.msgstr_plural)
        for entry in polib.mofile(str(compiled))
        if entry.msgid
    }
    assert built == source, f"{compiled.relative_to(ROOT)} is out of date: recompile it"


def test_a_message_means_one_thing_in_every_catalog():
    """Django merges the catalogs and the first one to hold a message wins everywhere, so the
    same English (in the same context) must have the same Spanish in every catalog; where the
    meaning differs (a pause is "la", an entry "la", a result "lo"), the message needs a
    context (``{% translate "Keep it" context "a pause" %}``, ``pgettext``)."""
    translations: dict[tuple, dict[str, object]] = {}
    for path in CATALOGS:
        for entry in polib.pofile(str(path)).translated_entries():
            text = entry.msgstr or sorted(entry.msgstr_plural.items())
            translations.setdefault((entry.msgctxt, entry.msgid), {})[str(path)] = text
    differing = {
        key: found
        for key, found in translations.items()
        if len({repr(text) for text in found.values()}) > 1
    }
    assert differing == {}
