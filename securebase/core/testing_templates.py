"""A guard the test suite installs: a template variable that does not resolve must not be shown.

Django writes a variable it cannot find as an empty string, so a template drawn with less
context than it names (a trends partial drawn on the clinician's page without the tables it
lists) shows an empty table instead of failing. Under the tests the engine's
``string_if_invalid`` is :data:`MISSING`: empty and false like Django's default, so ``{% if %}``,
``|default`` and ``{% firstof %}`` read a missing variable exactly as they do in production,
but it raises when it is written into the page or looped over, so a page that would show
nothing where it names something fails the test that renders it.
"""

from __future__ import annotations


class MissingTemplateVariable(AssertionError):
    pass


class _Missing(str):
    """What Django hands on for a variable it cannot resolve: nothing, and nothing to show."""

    __slots__ = ()

    def _refuse(self, *_args) -> None:
        raise MissingTemplateVariable(
            "a template shows or loops over a variable that is not in its context"
        )

    __str__ = _refuse  # written into the page (escaped first, which reads it as text)
    __iter__ = _refuse  # looped over by a tag (`{% rows %}`), as a sequence


MISSING = _Missing()


def install() -> None:
    """Make every template the project's engine renders refuse to show a missing variable.

    Set in the settings, so an engine built again (Django builds its engines anew when a test
    changes the installed apps) has it too, and on the engine already built.
    """
    from django.conf import settings
    from django.template import engines

    for backend in settings.TEMPLATES:
        backend.setdefault("OPTIONS", {})["string_if_invalid"] = MISSING
    engines["django"].engine.string_if_invalid = MISSING
