"""The site as gunicorn serves it in the load benchmarks, with the bare "ok" view mounted.

Used by ``_load.serve()`` only: the environment (database folder, settings) comes from the
benchmark that starts it.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "securebase.settings")

import django

django.setup()

from _baseline import mount_bare_view, use_plain_static  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402

use_plain_static()
mount_bare_view()
application = get_wsgi_application()
