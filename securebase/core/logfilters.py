"""Logging filters that keep personal data out of the logs, whatever the level.

Attached to loggers in settings.LOGGING, so they hold even when someone turns every logger up
to DEBUG (LOG_LEVEL=DEBUG, or a test that does; see core/tests/test_no_personal_data_in_logs.py).
"""

from __future__ import annotations

import logging


class NoTemplateContext(logging.Filter):
    """Drop `django.template`'s DEBUG records.

    For every variable a template cannot resolve (an `{% if %}` on a name that is not there, a
    routine thing), Django logs at DEBUG the exception with the *whole template context* in its
    message: form values, names, notes, the signed-in person. Nothing in them is worth that.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG
