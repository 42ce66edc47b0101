"""OwnRows: one person's rows, oldest first with ties in a fixed order, as JSON and CSV.

Core has no model of its own with a person's rows, so a check-in stands in for any of them."""

import json
import uuid
from datetime import UTC, datetime

import pytest

from securebase.checkins.models import Checkin
from securebase.core.own_rows import OwnRows
from securebase.testing import make_client

ROWS = OwnRows(
    model=Checkin,
    made_at="created_at",
    key="rows",
    record=lambda c, tz: {"at": c.created_at.astimezone(tz).isoformat(), "anxiety": c.anxiety},
)


def _checkin(user, at: datetime, anxiety: int) -> Checkin:
    return Checkin.objects.create(
        user=user, created_at=at, updated_at=at, anxiety=anxiety, token=uuid.uuid4()
    )


@pytest.mark.django_db
def test_rows_come_oldest_first_ties_by_key_in_the_persons_zone_and_only_theirs():
    ada = make_client(time_zone="America/Los_Angeles")
    ben = make_client(email="ben@example.com", full_name="Ben Ito")
    noon = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)
    later = _checkin(ada, datetime(2026, 3, 3, 9, 0, tzinfo=UTC), 2)
    tied = [_checkin(ada, noon, anxiety) for anxiety in (7, 5)]
    _checkin(ben, noon, 9)

    assert list(ROWS.of(ada)) == [*tied, later]
    document = ROWS.document(ada)
    assert document == {
        "time_zone": "America/Los_Angeles",
        "rows": [
            {"at": "2026-03-02T12:00:00-08:00", "anxiety": 7},
            {"at": "2026-03-02T12:00:00-08:00", "anxiety": 5},
            {"at": "2026-03-03T01:00:00-08:00", "anxiety": 2},
        ],
    }
    assert json.loads(json.dumps(ROWS.json(ada), default=str))["rows"] == document["rows"]

    table = ROWS.csv(
        ada,
        {
            "anxiety": lambda c, tz: c.anxiety,
            "hour": lambda c, tz: c.created_at.astimezone(tz).hour,
        },
    )
    assert table.splitlines() == ["anxiety,hour", "7,12", "5,12", "2,1"]
