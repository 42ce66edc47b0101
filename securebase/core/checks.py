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


@register()
def check_keys_shared_by_every_server(app_configs, **kwargs):
    """With several servers, each would generate its own key file in its var/ folder, and text
    one server encrypted could not be read on another: production must take the keys from the
    environment. Registered for every command (and gunicorn's start), not only --deploy."""
    if settings.DEBUG or not settings.SEVERAL_SERVERS or settings.FIELD_ENCRYPTION_KEYS:
        return []
    return [
        Error(
            "FIELD_ENCRYPTION_KEYS is not set on a deployment of several servers (PostgreSQL "
            "or REDIS_URL): each server would use its own key file from var/ and could not "
            "read what the others encrypted.",
            hint="Set the same FIELD_ENCRYPTION_KEYS on every server, or SEVERAL_SERVERS=false "
            "if this is the only one.",
            id="securebase.E002",
        )
    ]
