from __future__ import annotations

from django.conf import settings
from django.db import models

from securebase.core import encryption


class EncryptedTextField(models.TextField):
    """Free text stored as a Fernet token; Python code reads and writes plain ``str``.

    The database only ever holds ciphertext, so the field cannot be searched or ordered by.
    An empty string stays empty (nothing to protect, and forms treat it as "no answer").
    """

    description = "Text encrypted at rest"

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return encryption.decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encryption.encrypt(value)

    def get_lookup(self, lookup_name):
        if lookup_name not in {"isnull", "exact"}:
            return None
        return super().get_lookup(lookup_name)


def record_person(related_name: str, **options) -> models.ForeignKey:
    """The person a record of care is about (the ``person`` of its ``KeptRecord``).

    Deleting their account detaches the record (``SET_NULL``) instead of deleting it: the
    record keeps, in fields of its own, the name and email it needs for the retention period
    (docs/records.md).
    """
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        **options,
    )
