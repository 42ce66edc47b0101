"""Emails about care relationships and homework.

Mail passes through servers outside the practice, so every email here says only that there is
something new and links to the page where the person, signed in, sees what it is: no health
content, no homework wording, no names of areas shared. Sent after the transaction commits.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def send_after_commit(*, to: str, subject: str, template: str, context: dict) -> None:
    """Queue one plain-text email for when the surrounding transaction commits."""
    body = render_to_string(
        f"care/email/{template}.txt",
        {"practice": settings.PRACTICE, **context},
    )

    def send() -> None:
        send_mail(
            f"{settings.PRACTICE['name']}: {subject}",
            body,
            settings.DEFAULT_FROM_EMAIL,
            [to],
        )

    transaction.on_commit(send)


def invitation(*, to: str, link: str, days: int) -> None:
    send_after_commit(
        to=to,
        subject="an invitation is waiting for you",
        template="invitation",
        context={"link": link, "days": days},
    )


def something_new(*, to: str, path_name: str) -> None:
    """ "There is something new for you" with a link to one page of the app."""
    send_after_commit(
        to=to,
        subject="something new for you",
        template="something_new",
        context={"link": absolute(reverse(path_name))},
    )
