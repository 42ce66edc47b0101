"""The care team's listeners (declared in CareConfig.hooks; see core/hooks.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from securebase.care import services


def activity_done(*, user_id: int, kind: str, targets: Iterable[str], at: datetime) -> None:
    """A client did something: homework asking for exactly that is now done."""
    services.complete_homework(client_id=user_id, kind=kind, targets=targets, at=at)


def account_closing(*, user, now: datetime) -> None:
    """``user``'s account is being deleted: end and detach their care, keep what they shared."""
    services.close_account(user=user, now=now)
