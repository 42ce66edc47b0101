"""No two apps import each other, even through others: a feature app stays removable.

The graph is read from the source (every ``import`` and ``from ... import``, inside functions
too), over each app's modules except its tests and migrations.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]


def app_names() -> list[str]:
    return sorted(p.parent.name for p in PACKAGE.glob("*/apps.py"))


def imported_apps(app: str, apps: set[str]) -> set[str]:
    """The other apps that ``app``'s own code imports."""
    found: set[str] = set()
    for path in (PACKAGE / app).rglob("*.py"):
        if {"tests", "migrations"} & set(path.relative_to(PACKAGE / app).parts):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                parts = module.split(".")
                if len(parts) > 1 and parts[0] == "securebase" and parts[1] in apps:
                    found.add(parts[1])
    found.discard(app)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle found by a depth-first walk, each as the path that closes it."""
    found: list[list[str]] = []
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_it_finds_a_cycle_when_there_is_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_it_reads_the_imports_of_every_app():
    apps = set(app_names())
    assert {"core", "checkins", "pause", "journal", "bookings"} <= apps
    assert "core" in imported_apps("checkins", apps)


def test_no_apps_import_each_other_in_a_circle():
    apps = set(app_names())
    graph = {app: imported_apps(app, apps) for app in apps}
    assert cycles(graph) == []
