"""What people read is in US English: templates, emails, documents, instruments and docs.

Words a person types are never changed (the risk screen still matches "travelling"); this
looks only at text the site itself writes.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
BRITISH = re.compile(
    r"\b(licences?|licenced|practis(e|ed|es|ing)|colours?|behaviours?|neighbours?|"
    r"neighbouring|centre|honour|organisations?|judgement|travell(ed|ing|er)|"
    r"analys(e|ed|ing)|favourite|catalogue|summaris(e|ed)|recognis(e|ed|ing)|"
    r"cancelling)\b",
    re.IGNORECASE,
)


def written_text() -> list[Path]:
    site = ROOT / "securebase"
    files = [
        *site.glob("*/templates/**/*.html"),
        *site.glob("*/templates/**/*.txt"),
        *site.glob("templates/**/*.html"),
        *site.glob("records/seed/*.md"),
        *site.glob("assessments/instruments/**/*.json"),
        *(ROOT / "docs").glob("*.md"),
        ROOT / "README.md",
    ]
    return [path for path in files if "tests" not in path.parts]


def test_it_writes_us_spelling_everywhere_people_read():
    found = []
    for path in written_text():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in BRITISH.finditer(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {match.group(0)}")
    assert found == []


def test_it_looks_at_enough_files_to_mean_something():
    assert len(written_text()) > 100
