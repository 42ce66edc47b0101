"""Logging filters that keep personal data out of the logs, whatever the level.

Attached to loggers in settings.LOGGING, so they hold even when someone turns every logger up
to DEBUG (LOG_LEVEL=DEBUG, or a test that does; see core/tests/test_no_personal_data_in_logs.py).
"""

from __future__ import annotations

import logging
import traceback


class NoTemplateContext(logging.Filter):
    """Drop `django.template`'s DEBUG records.

    For every variable a template cannot resolve (an `{% if %}` on a name that is not there, a
    routine thing), Django logs at DEBUG the exception with the *whole template context* in its
    message: form values, names, notes, the signed-in person. Nothing in them is worth that.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


class NoExceptionText(logging.Filter):
    """Log an exception's class and where it happened, never its message.

    An exception's text can hold what a person typed or their address: a mail server refusing
    a recipient names them, a database error quotes the row. The filter writes the record's
    traceback itself (frames and the exception's class, message withheld) before any formatter
    sees it; formatters use a traceback already written. It is on `django.request` (errors in
    views) and on the console handler (every other logger).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
            kind, _, trace = record.exc_info
            frames = "".join(traceback.format_list(traceback.extract_tb(trace)))
            record.exc_text = (
                f"Traceback (most recent call last):\n{frames}"
                f"{kind.__module__}.{kind.__qualname__} (message withheld from the log)"
            )
        return True


def logging_settings(level: str) -> dict:
    """``settings.LOGGING``: one console handler, with these filters on the loggers that need them.

    Exceptions are logged by class and frames, never their message, and the filters hold at any
    ``level`` (LOG_LEVEL).
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "no_template_context": {"()": "securebase.core.logfilters.NoTemplateContext"},
            "no_exception_text": {"()": "securebase.core.logfilters.NoExceptionText"},
        },
        "handlers": {
            "console": {"class": "logging.StreamHandler", "filters": ["no_exception_text"]}
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # The development server's reloader announces itself at INFO on every start.
            "django.utils.autoreload": {"level": "WARNING"},
            "django.template": {"filters": ["no_template_context"]},
            "django.request": {"filters": ["no_exception_text"]},
        },
    }
