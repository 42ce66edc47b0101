"""Files a person downloads: spreadsheet-safe CSV, JSON, a PDF, and the response.

``csv_text`` is pure; ``download`` builds the Django response every export view sends;
``own_export`` is the whole view body of a "download my own data as JSON or CSV" link, and
``stamped`` dates the JSON document such a link sends.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.utils import timezone

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


def stamped(user, document: Mapping[str, object]) -> dict:
    """``document`` with ``exported_at`` first: now in ``user``'s zone, ISO 8601, so a file
    says when it was made in the clock its owner reads."""
    return {"exported_at": timezone.now().astimezone(user.tzinfo).isoformat(), **document}


def own_export(
    user, kind: str, *, stem: str, builders: Mapping[str, Callable[..., str | dict]]
) -> HttpResponse:
    """``user``'s own data as the file ``builders[kind](user)`` makes, named
    ``<stem>-<today in the user's zone>.<kind>``; Http404 for a kind not in ``builders``.

    ``builders`` maps a file kind ("json", "csv") to the app's export function for it.
    """
    if kind not in builders:
        raise Http404
    stamp = timezone.now().astimezone(user.tzinfo).date().isoformat()
    return download(builders[kind](user), filename=f"{stem}-{stamp}.{kind}")
