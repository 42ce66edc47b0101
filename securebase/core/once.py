"""Saving a form once, however many times it is sent: create once by a submission key.

A form carries a random key (a hidden field). A double tap or a resent request finds the row
the first copy saved; two copies racing each other meet the unique constraint, and the loser
returns the winner's row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.db import IntegrityError, models, transaction

M = TypeVar("M", bound=models.Model)


def create_once(model: type[M], *, lookup: dict, build: Callable[[], M]) -> tuple[M, bool]:
    """The ``model`` row matching ``lookup`` (the submission key and its owner), or the row
    ``build()`` returns, saved now; with True only when this call created it.

    ``lookup`` must match a unique constraint. Call it inside the service's transaction.
    """
    existing = model._default_manager.filter(**lookup).first()
    if existing is not None:
        return existing, False
    row = build()
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        # Two copies of the same form racing: the other one won, and that one is kept.
        existing = model._default_manager.filter(**lookup).first()
        if existing is None:
            raise
        return existing, False
    return row, True
