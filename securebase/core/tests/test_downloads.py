"""Downloads of one's own data: spreadsheet-safe cells and never-cached attachments."""

import json
from datetime import UTC, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.http import Http404

from securebase.core.downloads import csv_text, download, own_export, spreadsheet_cell, stamped


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        (None, ""),
        (7, "7"),
    ],
)
def test_it_defuses_formulas(value, cell):
    assert spreadsheet_cell(value) == cell


def test_it_writes_csv_rows():
    assert csv_text([["a", "b"], ["=1", None]]) == "a,b\r\n'=1,\r\n"


def test_it_sends_an_uncached_attachment():
    response = download({"note": "é"}, filename="x.json")
    assert response["Content-Disposition"] == 'attachment; filename="x.json"'
    assert response["Cache-Control"] == "no-store"
    assert json.loads(response.content) == {"note": "é"}
    assert download("a,b\r\n", filename="x.csv")["Content-Type"] == "text/csv; charset=utf-8"


def test_it_sends_bytes_as_the_kind_of_file_named():
    response = download(b"%PDF-1.7", filename="x.pdf", content_type="application/pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    assert response.content == b"%PDF-1.7"
    with pytest.raises(ValueError):
        download(b"%PDF-1.7", filename="x.pdf")


@time_machine.travel(datetime(2026, 12, 2, 3, 0, tzinfo=UTC), tick=False)
def test_it_names_an_own_export_by_the_day_in_the_persons_zone():
    person = SimpleNamespace(name="ada", tzinfo=ZoneInfo("America/Los_Angeles"))
    builders = {"json": lambda user: {"who": user.name}, "csv": lambda user: f"who\r\n{user.name}"}
    as_json = own_export(person, "json", stem="notes", builders=builders)
    assert as_json["Content-Disposition"] == 'attachment; filename="notes-2026-12-01.json"'
    assert json.loads(as_json.content) == {"who": "ada"}
    as_csv = own_export(person, "csv", stem="notes", builders=builders)
    assert as_csv["Content-Disposition"] == 'attachment; filename="notes-2026-12-01.csv"'
    assert as_csv.content == b"who\r\nada"
    with pytest.raises(Http404):
        own_export(person, "pdf", stem="notes", builders=builders)


@time_machine.travel(datetime(2026, 12, 2, 3, 0, tzinfo=UTC), tick=False)
def test_it_stamps_a_document_with_the_moment_in_the_persons_zone():
    person = SimpleNamespace(tzinfo=ZoneInfo("America/Los_Angeles"))
    document = stamped(person, {"time_zone": "America/Los_Angeles", "notes": []})
    assert list(document) == ["exported_at", "time_zone", "notes"]
    assert document["exported_at"] == "2026-12-01T19:00:00-08:00"
