"""What the two questionnaire apps (assessments' ECR, measures' PHQ-9 and GAD-7) share: the short
life of the answers of someone without an account, and once a client's answers are scored, the
fields every saved result has, saving it once by its run, telling the other apps a questionnaire
was taken, and keeping shared results as records of care when the account closes.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Protocol, TypeVar

from django.db import models
from django.utils import timezone

from securebase.core.fields import EncryptedTextField
from securebase.core.hooks import call_hooks
from securebase.core.once import create_once

# Answers of someone without an account live only in their session; the session (and with it
# the answers) ends after this much inactivity instead of the site-wide two weeks.
ANONYMOUS_SESSION_SECONDS = 2 * 60 * 60


def keep_answers_briefly(request) -> None:
    """Give the session of a visitor without an account, who is answering a questionnaire,
    ``ANONYMOUS_SESSION_SECONDS`` of inactivity; a signed-in person's session is left as it is."""
    if not request.user.is_authenticated:
        request.session.set_expiry(ANONYMOUS_SESSION_SECONDS)


class SavedQuestionnaire(models.Model):
    """What every saved questionnaire result (assessments' and measures') holds and reads the
    same way; each app adds its scores, its ``client`` (with its own ``related_name``) and its
    constraints. The answers are encrypted because they are health information.

    Deleting the account deletes the results never shared into care; a result a care team
    could see is a record of care, detached and kept with ``kept_name`` and ``kept_email``
    (``keep_taken_until`` below).
    """

    kept_name = models.CharField(max_length=150, blank=True)
    kept_email = models.EmailField(blank=True)
    instrument = models.SlugField(max_length=40)
    taken_at = models.DateTimeField(default=timezone.now)
    # The language the items were shown and answered in ("en", or a language the instrument
    # carries a cited translation into): a clinician reads the answers knowing their wording.
    items_language = models.CharField(max_length=8, default="en")
    # Item number to answer, as JSON.
    answers_json = EncryptedTextField(blank=True)
    # One per run through the questionnaire, so a double submit saves one result.
    run_id = models.UUIDField()

    class Meta:
        abstract = True
        ordering = ["-taken_at", "-id"]

    @property
    def answers(self) -> dict[int, int]:
        if not self.answers_json:
            return {}
        return {int(k): int(v) for k, v in json.loads(self.answers_json).items()}


class NotAClient(Exception):
    """Only client accounts keep a history of questionnaire results."""


class Shown(Protocol):
    """What ``save_taken`` reads of the instrument the answers were given to."""

    slug: str
    items_language: str

    @property
    def item_ids(self) -> tuple[int, ...]: ...


R = TypeVar("R", bound=SavedQuestionnaire)


def save_taken(
    model: type[R],
    *,
    client,
    instrument: Shown,
    answers: Mapping[int, int],
    run_id: uuid.UUID,
    taken_at: datetime | None = None,
    **scores: object,
) -> tuple[R, bool]:
    """Save ``client``'s already scored ``answers`` to ``instrument`` as a ``model`` row with
    the app's ``scores`` (its own fields); return (result, created).

    Saved once by ``run_id``: a second call (a double submit) returns the row already saved and
    creates nothing. The answers are kept in the instrument's item order, only the items
    answered; ``taken_at`` defaults to now. On the first save the other apps hear that the
    questionnaire was taken (``report_taken``). The caller has checked that ``client`` is a
    client and scored the answers (which validates them).
    """

    def build() -> R:
        kept = {item_id: answers[item_id] for item_id in instrument.item_ids if item_id in answers}
        return model(
            client=client,
            run_id=run_id,
            instrument=instrument.slug,
            taken_at=taken_at or timezone.now(),
            answers_json=json.dumps({str(k): v for k, v in kept.items()}),
            items_language=instrument.items_language,
            **scores,
        )

    result, created = create_once(model, lookup={"client": client, "run_id": run_id}, build=build)
    if created:
        report_taken(client_id=client.pk, slug=instrument.slug, at=result.taken_at)
    return result, created


def report_taken(*, client_id: int, slug: str, at: datetime) -> None:
    """Tell the installed apps (the care team's homework) that the client with ``client_id``
    took questionnaire ``slug`` at ``at``; call it once, when the result is first saved."""
    call_hooks("activity_done", user_id=client_id, kind="questionnaire", targets=[slug], at=at)


def keep_taken_until(results: models.QuerySet, *, until: datetime, name: str, email: str) -> int:
    """Mark the ``results`` (one client's) taken up to ``until`` as records of care, with
    ``name`` and ``email``; return how many. The rest go with the account."""
    return results.filter(taken_at__lte=until).update(kept_name=name, kept_email=email)
