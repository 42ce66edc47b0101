"""How production stores static files: WhiteNoise's compressed, hashed copies, with the
JavaScript modules' relative imports pointed at the hashed names too.

A hashed file is cached for a year. Without the rewrite, ``pause/pacer.<hash>.js`` would import
``./widget.js`` by its plain name, which browsers cache only briefly: after a deploy, a pacer
still cached from before could meet a newer ``widget.js``. With it, each version of a module
imports the version of ``widget.js`` it was written with.

Only ``from "./…"`` and ``from "../…"`` are rewritten. Django's own option for modules
(``support_js_module_import_aggregation``) also reads ``import("…")``, and would take a bare
module name in a third-party file (django_htmx's extensions) for a missing file.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage

RELATIVE_IMPORT = (r"""(?P<matched>\bfrom\s*["'](?P<url>\.\.?/[^"'\s]+)["'])""", 'from "%(url)s"')


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    patterns = (*CompressedManifestStaticFilesStorage.patterns, ("*.js", (RELATIVE_IMPORT,)))
