"""Every date and time passes core/dates.py: no template or module formats one its own way.

Templates use ``{% load dates %}`` (or the booking filters, which call the helper); Python
code calls ``securebase.core.dates``. Machine-readable values (ISO 8601 in CSV, JSON, .ics,
file names) are not words for a person and stay as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2]

# Django's own ways of writing a date into a page, each in its own style and zone.
TEMPLATE_FORMATTING = re.compile(
    r"\|\s*(date|time|naturaltime|naturalday|timesince|timeuntil|localtime|timezone)\b"
    r"|\{%\s*(now|localtime|timezone)\b"
)
# strftime directives: only the helper turns a moment into words or a clock.
PYTHON_FORMATTING = re.compile(r"%[-#]?[aAbBpIHMdmYy]\b|\bdate_format\(|\btime_format\(")
THE_HELPER = {PACKAGE / "core" / "dates.py"}
# Files that write ISO 8601 for a machine, not for a person: each with its reason.
MACHINE_FORMATS = {
    "bookings/views/public.py": "calendar links (Google, Outlook) take UTC in ISO form",
    "bookings/management/commands/send_due_reminders.py": "a log line for the operator",
    "privacy/views.py": "the date in a download's file name",
    "chat_analysis/forms.py": "the value format of <input type=datetime-local>",
    "journal/forms.py": "the value format of <input type=date>",
}


def templates() -> list[Path]:
    found = [
        path
        for path in PACKAGE.rglob("templates/**/*")
        if path.suffix in {".html", ".txt", ".xml"} and "tests" not in path.parts
    ]
    assert len(found) > 100, "the template search found too few files: has the layout moved?"
    return found


def modules() -> list[Path]:
    return [
        path
        for path in PACKAGE.rglob("*.py")
        if not {"tests", "migrations"} & set(path.relative_to(PACKAGE).parts)
        and path not in THE_HELPER
        and path.relative_to(PACKAGE).as_posix() not in MACHINE_FORMATS
    ]


def offending_lines(path: Path, pattern: re.Pattern) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()[:120]}"
        for number, line in enumerate(lines, start=1)
        if pattern.search(line)
    ]


def test_no_template_formats_a_date_or_time_itself():
    found = [line for path in templates() for line in offending_lines(path, TEMPLATE_FORMATTING)]
    assert found == [], "use {% load dates %} (core/dates.py) instead:\n" + "\n".join(found)


def test_no_module_spells_month_or_day_names_or_a_twelve_hour_clock_itself():
    found = [line for path in modules() for line in offending_lines(path, PYTHON_FORMATTING)]
    assert found == [], "call securebase.core.dates instead:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "line",
    [
        '{{ entry.created_at|date:"j F Y" }}',
        "{{ pause.started_at | time:'g:i a' }}",
        "{{ booking.starts_at|naturaltime }}",
        "{% timezone user.time_zone %}",
        "{{ x|timezone:user.time_zone }}",
        "{% now 'Y' %}",
    ],
)
def test_the_template_guard_catches_each_way(line):
    assert TEMPLATE_FORMATTING.search(line)


@pytest.mark.parametrize(
    "line",
    [
        'f"{day:%A, %B} {day.day}"',
        'moment.strftime("%b %d %I:%M %p")',
        'f"{self.taken_at:%Y-%m-%d}"',
        "date_format(value)",
    ],
)
def test_the_module_guard_catches_each_way(line):
    assert PYTHON_FORMATTING.search(line)


@pytest.mark.parametrize(
    "line",
    ["{% day entry.created_at %}", "{{ start|when:tz }}", "dates.moment_text(moment, tz)"],
)
def test_the_guards_let_the_helper_through(line):
    assert not TEMPLATE_FORMATTING.search(line)
    assert not PYTHON_FORMATTING.search(line)
