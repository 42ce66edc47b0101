"""Every word a template prints is marked for translation (docs/translation.md).

One test per template, so a failure names the file and the words. Text in an element whose
``lang`` is written out (``<p lang="es">``) is in that language on purpose and is skipped.
"""

from pathlib import Path

import pytest

from securebase.core.untranslated import unmarked_template_text

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(
    path
    for path in ROOT.rglob("templates/**/*")
    if path.suffix in {".html", ".txt"} and "tests" not in path.parts
)
# Literal text that is the same in every language, with the reason.
SAME_IN_EVERY_LANGUAGE = {
    "·",  # a separator
}


def test_it_finds_the_templates():
    assert len(TEMPLATES) > 150


@pytest.mark.parametrize("path", TEMPLATES, ids=[str(path.relative_to(ROOT)) for path in TEMPLATES])
def test_every_printed_word_is_marked_for_translation(path):
    source = path.read_text(encoding="utf-8")
    unmarked = [
        piece
        for piece in unmarked_template_text(source, markup=path.suffix == ".html")
        if piece not in SAME_IN_EVERY_LANGUAGE
    ]
    assert unmarked == [], f"{path.relative_to(ROOT)} prints unmarked text: {unmarked}"
