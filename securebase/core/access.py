"""One record looked up for a viewer: the single way a view reaches a row by its key.

Each app names its own verb, ``access_<thing>(viewer, pk)``, over the query that scopes the
rows to the viewer (``<things>_visible_to(viewer)``), and builds it on
``get_for_viewer_or_404``; a lookup that is not a query of rows (a questionnaire, a prompt)
answers through ``found_or_404``. A row that does not exist, one the viewer may not see and a
key that is not even well formed all answer the same 404, so a page never tells anyone that
somebody else's record exists.

A client's private practice (check-ins, pauses, journal entries, saved summaries) is scoped by
``clients_own`` and reached one row at a time by ``get_own_or_404``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import connections, router
from django.db.models import Model, QuerySet
from django.http import Http404

M = TypeVar("M", bound=Model)
T = TypeVar("T")


def get_for_viewer_or_404(queryset: QuerySet, pk: Any, *, field: str = "pk") -> Model:
    """The row of ``queryset`` (already scoped to the viewer) whose ``field`` is ``pk``.

    Raises Http404 when there is none, and for a malformed key (a word where a number or a
    UUID belongs) too.
    """
    try:
        return queryset.get(**{field: pk})
    except (queryset.model.DoesNotExist, ValueError, TypeError, ValidationError):
        name = queryset.model._meta.verbose_name
        raise Http404(f"No such {name}.") from None


def found_or_404(found: T | None, what: str) -> T:
    """``found``, or Http404 saying there is no such ``what`` when a lookup found nothing."""
    if found is None:
        raise Http404(f"No such {what}.")
    return found


def sees_own_rows(viewer) -> bool:
    """Whether ``viewer`` is a signed-in client, the one viewer with rows of their own to see:
    ``clients_own``'s test, for a query written in SQL over ``user_id`` that needs no queryset
    (building one costs a page more than the test)."""
    return bool(getattr(viewer, "is_authenticated", False)) and bool(viewer.is_client)


def clients_own(model: type[M], viewer) -> QuerySet[M]:
    """The rows of ``model`` whose ``user`` is ``viewer``, when ``viewer`` is a signed-in client;
    none for anyone else (clinicians and staff see none of a client's private practice here)."""
    if not sees_own_rows(viewer):
        return model.objects.none()
    return model.objects.filter(user=viewer)


def get_own_or_404(queryset: QuerySet[M], viewer, pk: Any) -> M:
    """``get_for_viewer_or_404`` for a queryset of ``viewer``'s own rows (``clients_own``).

    The row's ``user`` is set to ``viewer``, its owner, which spares the query that would read
    it back.
    """
    row = get_for_viewer_or_404(queryset, pk)
    row.user = viewer
    return row


def own_statement_rows(
    model: type[Model], owner_pk: int, *, whole: str, split: str, since: datetime | None
) -> list[tuple]:
    """The rows of a fixed SQL statement over one person's rows of ``model``, for a page that
    summarizes them without a queryset (``sees_own_rows``): ``whole`` takes the person as its
    one parameter; with ``since``, ``split`` takes the person and that moment twice, once for
    the rows from it on and once for those before it, in the form the column stores it."""
    connection = connections[router.db_for_read(model)]
    if since is None:
        statement, params = whole, [owner_pk]
    else:
        start = connection.ops.adapt_datetimefield_value(since)
        statement, params = split, [owner_pk, start, owner_pk, start]
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall()
