"""The care team's listeners (declared in CareConfig.hooks; see core/hooks.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from securebase.care import services


def activity_done(*, user_id: int, kind: str, targets: Iterable[str], at: datetime) -> None:
    """A client did something: homework asking for exactly that is now done."""
    services.complete_homework(client_id=user_id, kind=kind, targets=targets, at=at)
