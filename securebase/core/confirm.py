"""The "delete this for good?" page every app shows before it deletes a person's own record.

Deleting takes two steps so a stray click (or a prefetched link) never loses anything: a GET
shows the confirmation page, and only its form's POST deletes. The record is found first
(through the app's ``access_<thing>``, so a record that is not the viewer's is a 404 before
anything is shown or deleted).

An app declares its delete view with ``deletion_view``, which follows the apps' naming: the
record of ``access_<thing>`` reaches the template ``<app>/delete.html`` as ``<thing>`` and the
app's service as ``delete(<thing>=record)``, and the person goes on to ``<app>:history``.
``confirm_delete`` is the step both share, for a view that has to find the record some other
way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods


def confirm_delete(
    request: HttpRequest,
    *,
    delete: Callable[[], object],
    done: str,
    then: str,
    template: str,
    context: Mapping[str, object],
) -> HttpResponse:
    """On POST: ``delete()``, the success message ``done``, and a redirect to the URL name
    ``then``; otherwise the confirmation page ``template`` with ``context``.

    The caller guards the method (GET and POST only) and has already checked access.
    """
    if request.method == "POST":
        delete()
        messages.success(request, done)
        return redirect(then)
    return render(request, template, dict(context))


def deletion_view(
    access: Callable,
    delete: Callable[..., object],
    *,
    done: str,
    then: str | None = None,
    guard: Callable = login_required,
    extra: Callable[[HttpRequest, object], Mapping[str, object]] | None = None,
) -> Callable[..., HttpResponse]:
    """The view that confirms, then deletes, the viewer's record ``pk`` found by ``access``.

    ``access`` is an app's ``access_<thing>(viewer, pk)`` in its ``queries`` module: the
    page is that app's ``delete.html`` (extending ``core/confirm_delete.html``, so every such
    page asks the same way) and gets the record as ``<thing>``, with what
    ``extra(request, record)`` adds; ``delete`` is called as ``delete(<thing>=record)``.
    ``done`` is the (lazy) message shown after deleting, ``then`` the URL name to go to (by
    default the app's ``history``), and ``guard`` who may come (signed-in people, or
    ``clients_only``).
    """
    thing = access.__name__.removeprefix("access_")
    app = access.__module__.rsplit(".", 2)[-2]
    template = f"{app}/delete.html"
    then = then or f"{app}:history"

    def view(request: HttpRequest, pk: int) -> HttpResponse:
        record = access(request.user, pk)
        return confirm_delete(
            request,
            delete=lambda: delete(**{thing: record}),
            done=str(done),
            then=then,
            template=template,
            context={thing: record, **(extra(request, record) if extra else {})},
        )

    view.__name__ = view.__qualname__ = f"delete_{thing}"
    view.__doc__ = f"Confirm, then delete one of the viewer's {thing} records for good."
    return guard(require_http_methods(["GET", "POST"])(view))
