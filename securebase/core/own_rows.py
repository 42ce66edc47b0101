"""A kind of row a client makes (a check-in, a saved pause) and the files it is downloaded in.

Such rows leave twice: in the account-wide JSON export (``<app>.privacy``) and in the app's
own JSON or CSV download (``<app>.exports``). Both read the person's rows the same way, oldest
first with times in the person's zone; ``OwnRows`` is that reading, once, so the files cannot
disagree about which rows there are or in what order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from django.db.models import Model, QuerySet

from securebase.core.downloads import csv_text, stamped

# How one row becomes a record or a cell: the row and the person's time zone.
Column = Callable[[Any, tzinfo], object]


@dataclass(frozen=True)
class OwnRows:
    model: type[Model]
    made_at: str  # the field that orders the rows; the primary key settles ties
    key: str  # the name of the list in the JSON document
    record: Callable[[Any, tzinfo], dict]

    def of(self, user) -> QuerySet:
        """``user``'s rows, oldest first, always in the same order."""
        return self.model._default_manager.filter(user=user).order_by(self.made_at, "pk")

    def document(self, user) -> dict:
        """``user``'s rows as ``record`` makes them, with the zone their times are in."""
        tz = user.tzinfo
        return {"time_zone": user.time_zone, self.key: [self.record(r, tz) for r in self.of(user)]}

    def json(self, user) -> dict:
        """``document`` dated, for a download of its own."""
        return stamped(user, self.document(user))

    def csv(self, user, columns: Mapping[str, Column]) -> str:
        """``user``'s rows as CSV for a spreadsheet: a header of the ``columns``' names, then a
        line a row."""
        tz = user.tzinfo
        lines = ([cell(row, tz) for cell in columns.values()] for row in self.of(user))
        return csv_text([list(columns), *lines])
