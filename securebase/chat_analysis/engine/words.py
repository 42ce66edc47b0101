"""Words the engine and the presentation show to people: ``core/wording.py``, under the names
gettext's extractor looks for here (``_``). English until Django is set up (the command line
and the pure tests); on a page, the request's language."""

from securebase.core.wording import gettext as _
from securebase.core.wording import gettext_noop, ngettext

__all__ = ["_", "gettext_noop", "ngettext"]
