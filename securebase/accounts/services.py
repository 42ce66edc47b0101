from __future__ import annotations

import secrets

from django.conf import settings
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User

BACKUP_CODE_COUNT = 10


def register_client(*, email: str, password: str, full_name: str = "", time_zone: str) -> User:
    """Create a client account. The email must already be validated as unused."""
    return User.objects.create_user(
        email=email, password=password, full_name=full_name, time_zone=time_zone
    )


def idle_seconds(user: User, *, remember_me: bool) -> int:
    """How long a session of this user may sit idle before it ends."""
    if user.needs_two_factor:
        return settings.CLINICIAN_SESSION_IDLE_MINUTES * 60
    if remember_me:
        return settings.CLIENT_REMEMBER_ME_DAYS * 24 * 60 * 60
    return settings.CLIENT_SESSION_IDLE_MINUTES * 60


def pending_totp_device(user: User) -> TOTPDevice:
    """The unconfirmed authenticator a user is enrolling, created on first use."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    return device


@transaction.atomic
def confirm_totp_device(*, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm an enrolling authenticator if ``token`` is right; return fresh backup codes.

    Returns None (and changes nothing) when the code is wrong. Confirming replaces any earlier
    authenticator and backup codes of the same user.
    """
    if not device.verify_token(token):
        return None
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return replace_backup_codes(user=device.user)


@transaction.atomic
def replace_backup_codes(*, user: User, codes: list[str] | None = None) -> list[str]:
    """Give a user a fresh set of single-use backup codes (random unless ``codes`` is given)."""
    static, _ = StaticDevice.objects.get_or_create(
        user=user, name="Backup codes", defaults={"confirmed": True}
    )
    static.token_set.all().delete()
    codes = codes or [secrets.token_hex(4) for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return codes


def has_confirmed_authenticator(user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()
