"""Records of care the installed apps declare; what deleting an account keeps and deletes."""

from __future__ import annotations

from collections.abc import Iterator

from django.apps import apps
from django.conf import settings
from django.db import models

from securebase.core.retention import KeptRecord


def records_of_care() -> Iterator[tuple[type[models.Model], KeptRecord]]:
    """Every kind of record of care the installed apps declare, with its model."""
    for config in apps.get_app_configs():
        for kept in getattr(config, "records_of_care", ()):
            yield apps.get_model(kept.model), kept


def kept_in_part() -> Iterator[tuple[type[models.Model], KeptRecord]]:
    """The kinds kept only where the person shared them into care (``KeptRecord.otherwise``)."""
    return ((model, kept) for model, kept in records_of_care() if kept.otherwise)


def kept_on_deletion() -> list[str]:
    """What deleting an account keeps for the retention period, in plain words."""
    return [kept.description for _, kept in records_of_care()]


def deleted_on_deletion() -> list[str]:
    """What deleting an account deletes, one line per app, besides the account itself.

    Found from the models rather than written down: every project model whose foreign key to
    the user cascades. An app may word its line with ``AppConfig.self_made_summary``. The
    kinds kept only when shared into care add their ``otherwise`` line.
    """
    kept_models = {model for model, _ in records_of_care()}
    lines: list[str] = [kept.otherwise for _, kept in kept_in_part()]
    for config in apps.get_app_configs():
        if not config.name.startswith("securebase.") or config.label == "practice":
            continue
        for model in config.get_models():
            if model in kept_models:
                continue
            cascades = any(
                isinstance(field, models.ForeignKey)
                and field.related_model is not None
                and field.related_model._meta.label == settings.AUTH_USER_MODEL
                and field.remote_field.on_delete is models.CASCADE
                for field in model._meta.get_fields()
            )
            if cascades:
                lines.append(getattr(config, "self_made_summary", config.verbose_name))
                break
    return lines
