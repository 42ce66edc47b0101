"""Files a person downloads: spreadsheet-safe CSV, JSON, a PDF, and the response.

``csv_text`` is pure; ``download`` builds the Django response every export view sends.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse

# A cell starting with one of these is a formula to a spreadsheet; an apostrophe keeps it text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> str:
    """``value`` as CSV cell text that a spreadsheet shows instead of running (None is empty)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """``rows`` (the header first) as CSV, every cell defused with ``spreadsheet_cell``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([spreadsheet_cell(value) for value in row])
    return buffer.getvalue()


def download(content: str | dict | bytes, *, filename: str, content_type: str = "") -> HttpResponse:
    """An attachment named ``filename``: CSV text, a JSON document from a dict, or ready-made
    bytes (a PDF) of ``content_type``.

    Never cached: the file holds the person's private words.
    """
    if isinstance(content, bytes):
        if not content_type:
            raise ValueError("say what kind of file the bytes are")
        response = HttpResponse(content, content_type=content_type)
    elif isinstance(content, dict):
        body = json.dumps(content, indent=2, cls=DjangoJSONEncoder, ensure_ascii=False)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
