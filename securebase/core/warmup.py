"""Getting a pre-forking server's first process ready before it starts its workers.

Left to themselves, gunicorn's workers each load the URL modules and views, compile the
templates, read the translation catalogs and compile the risk screen's rules and model on their
first requests, and those requests are slow. Each worker then also carries a few hundred
thousand long-lived objects that Python's garbage collector walks on every full collection, a
pause of a tenth of a second or more that stalls every request the worker holds. Both show
as the slowest pages under load, and again after each worker's planned restart.

``prepare_workers()`` loads all of that once, in the first process, and then freezes it
(``gc.freeze()``): the objects move to a generation the collector never walks, and the
workers forked afterwards share them. The collector stays on in every worker; it just has
only the objects made since the fork to look at. Apps add their own loading through the
``warm_up`` hook (``securebase.core.hooks``).
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from django.conf import settings
from django.template import TemplateSyntaxError, engines
from django.template.autoreload import get_template_directories
from django.urls import get_resolver
from django.utils import translation

from securebase.core.hooks import call_hooks
from securebase.core.risk import LANGUAGES, rules_for
from securebase.core.risk.model import load_model

logger = logging.getLogger(__name__)


def project_template_names() -> list[str]:
    """The name of every template the project's own apps ship (third-party ones are left to
    load on first use)."""
    root = Path(settings.BASE_DIR).resolve() / "securebase"
    names: set[str] = set()
    for directory in get_template_directories():
        directory = Path(directory).resolve()
        if not directory.is_relative_to(root):
            continue
        for path in directory.rglob("*"):
            if path.is_file() and path.suffix in {".html", ".txt"}:
                names.add(path.relative_to(directory).as_posix())
    return sorted(names)


def prepare_workers() -> int:
    """Load what every request may need, then freeze it; returns how many of the project's
    templates were compiled. Call it in the server's first process, before any worker is forked."""
    get_resolver().url_patterns  # noqa: B018 - imports every URL module and view
    engine = engines["django"]
    compiled = 0
    for name in project_template_names():
        try:
            engine.get_template(name)
        except TemplateSyntaxError as error:
            # A template that needs an app taken out of this site: the page using it says so
            # when asked for; the server still starts.
            logger.warning("Template %s not compiled ahead: %s", name, type(error).__name__)
        else:
            compiled += 1
    # Any word loads a language's catalogs; a name, so makemessages does not list it.
    word = "Home"
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext(word)
    load_model()
    for language in LANGUAGES:
        rules_for(language)
    call_hooks("warm_up")
    gc.collect()
    gc.freeze()
    return compiled
