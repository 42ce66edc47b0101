"""The domain logic stays free of Django, so it can be tested and reused on its own."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2]
PURE = [
    "core/risk/*.py",
    "core/numbers.py",
    "core/dates.py",
    "core/offsets.py",
    "core/charts.py",
    "core/terms.py",
    "core/wording.py",
    "core/addresses.py",
    "core/crisis.py",
    "core/retention.py",
    "bookings/slots.py",
    "bookings/paging.py",
    "assessments/instrument.py",
    "assessments/instrument_files.py",
    "assessments/instrument_rules.py",
    "assessments/scoring.py",
    "assessments/change.py",
    "measures/reading.py",
    "measures/charts.py",
    "measures/fhir.py",
    "assessments/charts.py",
    "assessments/presenting.py",
    "checkins/vocabulary.py",
    "checkins/stats.py",
    "checkins/insights.py",
    "checkins/activity.py",
    "checkins/trends.py",
    "checkins/history.py",
    "checkins/charts.py",
    "checkins/chart_parts.py",
    "pause/exercises.py",
    "pause/summary.py",
    "journal/prompts.py",
    "care/areas.py",
    "care/sparkline.py",
    "chat_analysis/cli.py",
    "chat_analysis/__main__.py",
    "chat_analysis/engine/*.py",
    "chat_analysis/engine/parsers/*.py",
    "chat_analysis/presentation/*.py",
]


def pure_files() -> list[Path]:
    files: list[Path] = []
    for pattern in PURE:
        matches = sorted(PACKAGE.glob(pattern))
        assert matches, f"{pattern} matches no file: update the list"
        files.extend(matches)
    return files


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", pure_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_it_keeps_pure_modules_free_of_django(path):
    pure_names = {module_name(p) for p in pure_files()}
    for name in imported_modules(path):
        assert name != "django" and not name.startswith("django."), f"{path} imports {name}"
        if name.startswith("securebase"):
            assert name in pure_names or any(n.startswith(name + ".") for n in pure_names), (
                f"{path} imports {name}, which is not a pure module"
            )
