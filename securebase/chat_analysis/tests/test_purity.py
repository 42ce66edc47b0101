"""The parsers and metrics stay plain Python: no Django import anywhere in them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1]
PURE = [
    "charts.py",
    "display.py",
    "summary.py",
    "gc_pause.py",
    "forked.py",
    "conversation.py",
    "errors.py",
    "metrics.py",
    "phrases.py",
    "report.py",
    "tone.py",
    "cli.py",
    "__main__.py",
    *sorted(str(p.relative_to(PACKAGE)) for p in (PACKAGE / "parsers").glob("*.py")),
]


@pytest.mark.parametrize("name", PURE)
def test_it_keeps_pure_modules_free_of_django(name):
    tree = ast.parse((PACKAGE / name).read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module)
    assert not {m for m in imported if m == "django" or m.startswith("django.")}
