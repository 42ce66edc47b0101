"""The "delete this for good?" page every app shows before it deletes a person's own record.

Deleting takes two steps so a stray click (or a prefetched link) never loses anything: a GET
shows the confirmation page, and only its form's POST deletes. The view finds the record
first (through the app's ``access_<thing>``, so a record that is not the viewer's is a 404
before anything is shown or deleted) and hands the rest to ``confirm_delete``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render


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
