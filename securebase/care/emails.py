"""Emails about care relationships and homework.

Mail passes through servers outside the practice, so every email here says only that there is
something new and links to the page where the person, signed in, sees what it is: no health
content, no homework wording, no names of areas shared. Sent after the transaction commits,
quietly, as booking and sign-up emails are: what was saved stays saved, and a mail server that
refuses a message (down, or refusing the recipient) does not turn the page into an error. The
failure is logged by its class only (a mail server's error names the recipient); the caller may
pass ``on_failure`` to record it where the person will see it.

Each email is written in its recipient's language: an account's ``language``, or for an
invitation to an address without an account the language the clinician chose.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy

from securebase.core.mail import send_quietly

logger = logging.getLogger(__name__)


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def send_after_commit(
    *,
    to: str,
    language: str,
    subject: str,
    template: str,
    context: dict,
    on_failure: Callable[[], None] | None = None,
) -> None:
    """Queue one plain-text email for when the surrounding transaction commits.

    If the mail backend raises, the failure is logged (its class, and the template's name)
    and ``on_failure`` is called; nothing is raised to the page. The subject (a lazy string)
    and the body are rendered in ``language``.
    """
    with translation.override(language):
        body = render_to_string(
            f"care/email/{template}.txt",
            {"practice": settings.PRACTICE, **context},
        )
        subject = gettext("%(practice)s: %(subject)s") % {
            "practice": settings.PRACTICE["name"],
            "subject": subject,
        }
    message = EmailMessage(subject, body, to=[to])

    def send() -> None:
        sent = send_quietly(message, logger=logger, what=f"care email {template!r}")
        if not sent and on_failure is not None:
            on_failure()

    transaction.on_commit(send)


def invitation(
    *,
    to: str,
    language: str,
    link: str,
    days: int,
    on_failure: Callable[[], None] | None = None,
) -> None:
    send_after_commit(
        to=to,
        language=language,
        subject=gettext_lazy("an invitation is waiting for you"),
        template="invitation",
        context={"link": link, "days": days},
        on_failure=on_failure,
    )


def something_new(*, to, path_name: str) -> None:
    """ "There is something new for you" with a link to one page of the app, to the user
    ``to`` in their language."""
    send_after_commit(
        to=to.email,
        language=to.language or settings.LANGUAGE_CODE,
        subject=gettext_lazy("something new for you"),
        template="something_new",
        context={"link": absolute(reverse(path_name))},
    )
