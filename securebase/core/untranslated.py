"""Find English left on a page meant to be in Spanish, and text a template forgot to mark.

Two checks the test suite uses to keep the Spanish site whole (docs/translation.md):

* ``english_on_page(html)`` reads a rendered page and returns the English sentences a reader
  would see: text and the attributes people read (``alt``, ``title``, ``aria-label``,
  ``placeholder``, a button's ``value``) holding a word that English uses and Spanish never
  does. Text inside an element marked ``lang="en"`` (English offered on purpose, such as a
  questionnaire with no validated Spanish version) or ``translate="no"`` (what a person wrote,
  names) is skipped.
* ``unmarked_template_text(source)`` reads a template and returns the words it would print
  without ``{% translate %}`` or ``{% blocktranslate %}`` around them.

Pure Python: no Django import, so the rules are tested directly.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Words common in English and absent from Spanish (so "he", "has", "me", "no", "a", "once"
# and "son" are left out: they are Spanish words too).
ENGLISH_ONLY = frozenset(
    """
    the and you your yours with this that these those what which for are is was were be been
    to of from our we will can have had not or at on by an it its if when how here there my
    do does did they their them his her who would should could about into after before than
    then only any all every some more yet just now please must may need want isn't don't
    can't won't you're we're it's we'll you'll
    """.split()  # noqa: SIM905 - a word list reads better as words
)
READ_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder", "aria-description")
SKIPPED_ELEMENTS = frozenset({"script", "style", "template"})
VOID_ELEMENTS = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()  # noqa: SIM905
)
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’])*")


def english_words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.replace("’", "'")) if w.lower() in ENGLISH_ONLY]


def looks_english(text: str) -> bool:
    """Two or more words, at least one of which only English uses."""
    words = WORD.findall(text)
    return len(words) >= 2 and bool(english_words(text))


class _Reader(HTMLParser):
    """Collects the text and read attributes a person would see, minus skipped elements.

    ``keep`` decides which pieces are reported; ``skip_lang`` which ``lang`` values mark an
    element (and everything in it) as deliberately in another language.
    """

    def __init__(self, keep, skip_lang):
        super().__init__(convert_charrefs=True)
        self.keep = keep
        self.skip_lang = skip_lang
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.found: list[str] = []

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        skipped = (
            self.skipping
            or tag in SKIPPED_ELEMENTS
            or ("lang" in values and self.skip_lang(values["lang"].strip().lower()))
            or values.get("translate") == "no"
        )
        if not skipped:
            self.read_attributes(tag, values)
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, skipped))

    def handle_startendtag(self, tag, attrs):
        if not self.skipping:
            self.read_attributes(tag, {name: value or "" for name, value in attrs})

    def read_attributes(self, tag, values):
        read = [values.get(name, "") for name in READ_ATTRIBUTES]
        if tag in {"input", "button"} and values.get("type") in {"submit", "button", "reset"}:
            read.append(values.get("value", ""))
        if tag == "meta" and (
            values.get("name") == "description"
            or values.get("property") in {"og:title", "og:description"}
        ):
            read.append(values.get("content", ""))
        for value in read:
            self.report(value)

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if not self.skipping:
            self.report(data)

    def report(self, text: str) -> None:
        for piece in text.split(_HOLE):
            piece = " ".join(piece.split())
            if piece and self.keep(piece):
                self.found.append(piece)


def english_on_page(page: str) -> list[str]:
    """The English a Spanish reader would see on ``page`` (rendered HTML)."""
    reader = _Reader(looks_english, skip_lang=lambda lang: not lang.startswith("es"))
    reader.feed(page)
    reader.close()
    return reader.found


# --- templates ---------------------------------------------------------------------------

_TAG = re.compile(r"({%.*?%}|{{.*?}}|{#.*?#})", re.DOTALL)
_BLOCK_NAME = re.compile(r"{%-?\s*(\w+)")
_OPENERS = {
    "blocktranslate": "endblocktranslate",
    "blocktrans": "endblocktrans",
    "comment": "endcomment",
    "verbatim": "endverbatim",
}
# Stands for a template tag or variable inside the literal text.
_HOLE = "\x01"


def _literal_text(source: str) -> str:
    """The template's literal text outside translate blocks and comments, tags as holes."""
    pieces: list[str] = []
    closing: str | None = None
    for part in _TAG.split(source):
        if part.startswith("{%"):
            match = _BLOCK_NAME.match(part)
            name = match.group(1) if match else ""
            if closing:
                if name == closing:
                    closing = None
            elif name in _OPENERS:
                closing = _OPENERS[name]
            else:
                pieces.append(f" {_HOLE} ")
        elif part.startswith(("{{", "{#")):
            if not closing:
                pieces.append(f" {_HOLE} ")
        elif not closing:
            pieces.append(part)
    return "".join(pieces)


def _has_word(text: str) -> bool:
    return bool(WORD.search(text))


def unmarked_template_text(source: str, *, markup: bool = True) -> list[str]:
    """What a template prints as literal words, outside ``translate`` and ``blocktranslate``.

    ``markup`` is False for a plain-text template (an email's text part). An element whose
    ``lang`` is written out literally (``lang="es"``) holds text in that language on purpose.
    """
    text = _literal_text(source)
    if not markup:
        return [" ".join(piece.split()) for piece in text.split(_HOLE) if _has_word(piece)]
    reader = _Reader(_has_word, skip_lang=lambda lang: _HOLE not in lang)
    reader.feed(text)
    reader.close()
    return reader.found
