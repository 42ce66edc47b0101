"""A guard the test suite installs: a template variable that does not resolve is an error.

Django writes a variable it cannot find as an empty string, so a template drawn with less
context than it names (a trends partial drawn on the clinician's page without the tables it
lists) shows an empty table instead of failing. Under the tests the engine's
``string_if_invalid`` is :data:`MISSING`, which raises on use, so such a page fails the test
that renders it. ``{% if %}`` and ``{% for %}`` still read a missing variable as false or
empty, as they do in production; filters on a missing variable are where the guard bites,
so a template never leans on ``|default`` to cover a missing name.
"""

from __future__ import annotations


class MissingTemplateVariable(AssertionError):
    pass


class _Missing(str):
    """What Django writes for a variable it cannot resolve: here, an error naming it."""

    def __contains__(self, item: object) -> bool:
        # Django asks whether the text has a "%s" to fill in with the variable's name.
        return item == "%s"

    def __mod__(self, name: object) -> str:
        raise MissingTemplateVariable(f"the template names {str(name)!r}, not in its context")


MISSING = _Missing("missing")


def install() -> None:
    """Make every template the project's engine renders refuse a missing variable.

    Set in the settings, so an engine built again (Django builds its engines anew when a test
    changes the installed apps) has it too, and on the engine already built.
    """
    from django.conf import settings
    from django.template import engines

    for backend in settings.TEMPLATES:
        backend.setdefault("OPTIONS", {})["string_if_invalid"] = MISSING
    engines["django"].engine.string_if_invalid = MISSING
