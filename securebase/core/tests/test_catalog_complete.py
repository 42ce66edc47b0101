"""Every word the Python code marks for translation has its Spanish in the catalogs.

``makemessages`` cannot see a ``gettext()`` inside an f-string, and a catalog can keep an entry
only because a template once held the same words; either way a Spanish page would show the
English. The marked literals are found with ``ast`` (f-strings included) in every module
outside tests and migrations, and looked up in the Spanish catalog Django builds from every
app's ``.mo`` file.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.utils.translation import trans_real

PACKAGE = Path(__file__).resolve().parents[2]
MODULES = sorted(
    path
    for path in PACKAGE.rglob("*.py")
    if not {"tests", "migrations"} & set(path.relative_to(PACKAGE).parts)
)
SINGULAR = {"gettext", "gettext_lazy", "_", "gettext_noop"}
PLURAL = {"ngettext", "ngettext_lazy"}
CONTEXT = {"pgettext", "pgettext_lazy"}


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked(path: Path) -> list[tuple[int, object]]:
    """(line, catalog key) of each literal marked in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name, first = _name(node), _literal(node.args[0])
        if name in SINGULAR and first is not None:
            found.append((node.lineno, first))
        elif name in PLURAL and first is not None:
            found.append((node.lineno, (first, 0)))
        elif name in CONTEXT and len(node.args) > 1 and first is not None:
            message = _literal(node.args[1])
            if message is not None:
                found.append((node.lineno, f"{first}\x04{message}"))
    return found


def test_it_finds_the_marked_words():
    assert sum(len(marked(path)) for path in MODULES) > 500


@pytest.mark.parametrize("path", MODULES, ids=[str(path.relative_to(PACKAGE)) for path in MODULES])
def test_every_marked_word_has_its_spanish(path):
    catalog = trans_real.translation("es")._catalog
    missing = [
        f"line {line}: {key!r}" for line, key in marked(path) if key and not catalog.get(key)
    ]
    assert missing == []
