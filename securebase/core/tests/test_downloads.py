"""Downloads of one's own data: spreadsheet-safe cells and never-cached attachments."""

import json

import pytest

from securebase.core.downloads import csv_text, download, spreadsheet_cell


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
