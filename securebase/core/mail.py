"""Sending an email that must never turn a page into an error.

The change it reports is already saved when the email goes out: a mail server that is down or
refuses an address is logged and the page answers as usual. The log line names the error's
class only, because a mail server's message names the recipient (``SMTPRecipientsRefused``).
"""

from __future__ import annotations

import logging

from django.core.mail import EmailMessage


def send_quietly(message: EmailMessage, *, logger: logging.Logger, what: str) -> bool:
    """Send ``message``; on failure log ``what`` (never the recipient or text) and return False."""
    try:
        message.send()
    except Exception as error:
        logger.error("could not send %s: %s", what, type(error).__name__)
        return False
    return True
