"""Telling other installed apps that something happened, without importing them.

An app's ``AppConfig`` declares ``hooks = {"activity_done": "securebase.care.hooks.x"}``;
``call_hooks("activity_done", **facts)`` calls every installed app's function for that name,
in app order, inside the caller's transaction. With no app listening it does nothing, so the
app that reports stays independent of the apps that listen.

Hooks in use:

- ``activity_done(user_id, kind, targets, at)``: a client just did something in the app.
  ``kind`` is "pause_exercise" (targets: the exercise key), "journal_prompt" (the prompt key),
  "notice" ("trigger:<key>" and "behavior:<key>" from a check-in) or "questionnaire" (the
  instrument slug); ``at`` is when. The care team marks matching homework done.
- ``consultation_completed(booking, now)``: a clinician just marked a consultation completed
  (the first time; ``bookings.decisions.record_outcome``). The records app sends the intake
  packet when ``RECORDS_PACKET_AFTER_CONSULTATION`` is on.
- ``account_closing(user, now)``: ``user``'s account is about to be deleted, in the same
  transaction (``privacy.services.delete_account``). The care team ends the person's
  relationships, keeps the name and email on them, and marks the questionnaire results they
  shared into care as kept.
- ``time_zone_changed(user, previous)``: ``user`` was just saved with a new time zone
  (``previous`` is the old zone's name), in the same transaction (``accounts.models.User.save``,
  whichever page, admin form or command saved it).
  Check-ins recount their days in the new zone (``checkins.rollups``).
- ``warm_up()``: the server's first process is loading what its workers will need, before
  forking them (``core.warmup.prepare_workers``). Apps read files they would otherwise read on
  a first request: the instruments (assessments, measures), the time zone list (accounts),
  the PDF writer (records).
"""

from __future__ import annotations

from django.apps import apps
from django.utils.module_loading import import_string


def call_hooks(name: str, **facts) -> None:
    """Call every installed app's hook ``name`` with ``facts`` (keyword arguments)."""
    for config in apps.get_app_configs():
        dotted = getattr(config, "hooks", {}).get(name)
        if dotted:
            import_string(dotted)(**facts)
