from __future__ import annotations

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
