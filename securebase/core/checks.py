from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def check_encryption_keys(app_configs, **kwargs):
    """Every configured field-encryption key must be a valid Fernet key."""
    errors = []
    for index, key in enumerate(settings.FIELD_ENCRYPTION_KEYS):
        try:
            Fernet(key.encode())
        except ValueError:
            errors.append(
                Error(
                    f"FIELD_ENCRYPTION_KEYS entry {index + 1} is not a valid Fernet key.",
                    hint="Generate one with cryptography.fernet.Fernet.generate_key().",
                    id="securebase.E001",
                )
            )
    return errors


@register(deploy=True)
def check_encryption_keys_configured(app_configs, **kwargs):
    """In production the keys must come from the environment, not a file beside the data."""
    if settings.FIELD_ENCRYPTION_KEYS:
        return []
    return [
        Warning(
            "FIELD_ENCRYPTION_KEYS is not set: encrypted text would use a key generated "
            "into the var/ folder, next to the database it protects.",
            hint="Set FIELD_ENCRYPTION_KEYS and keep a backup of it apart from the database.",
            id="securebase.W001",
        )
    ]
