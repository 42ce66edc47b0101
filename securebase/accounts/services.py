from __future__ import annotations

import json
import logging
import math
import secrets
from dataclasses import dataclass
from datetime import datetime

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_otp import devices_for_user
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User
from securebase.core.encryption import encrypt, fernet
from securebase.core.mail import send_quietly

BACKUP_CODE_COUNT = 10
logger = logging.getLogger(__name__)


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


class CodeTooSoon(Exception):
    """A code came while the device still pauses after wrong ones; it was not looked at."""

    def __init__(self, wait_seconds: int):
        super().__init__(f"wait {wait_seconds} s")
        self.wait_seconds = wait_seconds


def _seconds_locked(device: Device, *, now: datetime) -> int:
    """Whole seconds until ``device`` checks a code again after wrong ones (0: it will now)."""
    allowed, info = device.verify_is_allowed()
    if allowed or not info or not info.get("locked_until"):
        return 0
    return max(math.ceil((info["locked_until"] - now).total_seconds()), 1)


@transaction.atomic
def confirm_totp_device(*, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm an enrolling authenticator if ``token`` is right; return fresh backup codes.

    Returns None (and changes nothing) when the code is wrong; raises CodeTooSoon, without
    looking at the code, while the device is still pausing after wrong ones. Confirming
    replaces any earlier authenticator and backup codes of the same user.
    """
    wait = _seconds_locked(device, now=timezone.now())
    if wait:
        raise CodeTooSoon(wait)
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


@dataclass(frozen=True)
class SecondFactorCheck:
    """What a two-factor code did: ``device`` when it was accepted; otherwise ``wait_seconds``,
    how long until every device takes a code again (0 when a code may be tried now)."""

    device: Device | None
    wait_seconds: int
    # True when some device could not look at the code because of earlier wrong ones: the
    # code may have been right, so "it didn't match" would not be true.
    unchecked: bool = False


def check_second_factor(
    user: User, token: str, *, now: datetime | None = None
) -> SecondFactorCheck:
    """Try ``token`` on ``user``'s confirmed devices (authenticator app, backup codes).

    Each device slows guessing after a wrong code (django-otp: 1, 2, 4, 8... seconds). A device
    still in that pause is not asked at all, and the answer says how long to wait, so a right
    code typed too soon is never called wrong; it is accepted once the pause is over.
    """
    now = now or timezone.now()
    devices = list(devices_for_user(user, confirmed=True))
    unchecked = False
    for device in devices:
        if _seconds_locked(device, now=now):
            unchecked = True
        elif device.verify_token(token):
            return SecondFactorCheck(device, 0)
    wait = max((_seconds_locked(device, now=now) for device in devices), default=0)
    return SecondFactorCheck(None, wait, unchecked=unchecked)


# --- Sign-up that tells no one whether an email has an account --------------------------------

SIGNUP_LINK_HOURS = 48


class SignupLinkInvalid(Exception):
    """The confirmation link is damaged, expired, or made with a key no longer configured."""


def request_signup(
    *,
    email: str,
    password: str,
    full_name: str,
    time_zone: str,
    language: str = settings.LANGUAGE_CODE,
    next_url: str = "",
) -> None:
    """Answer a sign-up the same way whether or not `email` has an account.

    A new address gets a link that creates the account when followed (the details travel in the
    link, encrypted, and nothing is stored until then); an address that already has an account
    gets a note saying so, with links to log in or reset the password. Both emails go after
    commit and say nothing about anyone's health. The password is hashed either way, so the
    time taken does not tell the two apart.

    ``language`` is the sign-up page's: the new account gets it, and the confirmation email is
    written in it. An address that has an account hears in that account's language instead.
    """
    email = email.strip().lower()
    password_hash = make_password(password)
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        message = _account_exists_email(email, language=existing.language)
    else:
        token = encrypt(
            json.dumps(
                {
                    "email": email,
                    "password": password_hash,
                    "name": full_name,
                    "tz": time_zone,
                    "lang": language,
                    "next": next_url,
                }
            )
        )
        message = _confirm_signup_email(email, token, language=language)
    transaction.on_commit(lambda: _send_quietly(message))


@dataclass(frozen=True)
class PendingSignup:
    email: str
    full_name: str
    next_url: str
    password_hash: str
    time_zone: str
    language: str = settings.LANGUAGE_CODE


def read_signup_link(token: str) -> PendingSignup:
    """What a confirmation link carries; SignupLinkInvalid if it is damaged or expired."""
    try:
        raw = fernet().decrypt(token.encode("ascii"), ttl=SIGNUP_LINK_HOURS * 3600)
        data = json.loads(raw)
    except (InvalidToken, UnicodeEncodeError, ValueError):
        raise SignupLinkInvalid from None
    return PendingSignup(
        email=data["email"],
        full_name=data["name"],
        next_url=data["next"],
        password_hash=data["password"],
        time_zone=data["tz"],
        # Links made before accounts had a language carry none.
        language=data.get("lang", settings.LANGUAGE_CODE),
    )


@transaction.atomic
def complete_signup(*, pending: PendingSignup) -> User | None:
    """Create the client account a confirmation link describes; None if the email has one now."""
    if User.objects.filter(email__iexact=pending.email).exists():
        return None
    user = User.objects.create_user(
        email=pending.email,
        password=None,
        full_name=pending.full_name,
        time_zone=pending.time_zone,
        language=pending.language,
    )
    user.password = pending.password_hash
    user.save(update_fields=["password"])
    return user


def _send_quietly(message: EmailMessage) -> None:
    # A mail server that is down must not turn the page into an error: the answer has to look
    # the same for everyone, and the person can sign up again.
    send_quietly(message, logger=logger, what=f"sign-up email {message.subject!r}")


def _confirm_signup_email(email: str, token: str, *, language: str) -> EmailMessage:
    link = settings.SITE_URL + reverse("accounts:signup_confirm", args=[token])
    with translation.override(language):
        subject = gettext("Confirm your email to create your account")
        body = render_to_string(
            "accounts/signup_confirm_email.txt",
            {"link": link, "hours": SIGNUP_LINK_HOURS, "practice": settings.PRACTICE},
        )
    return EmailMessage(subject, body, to=[email])


def _account_exists_email(email: str, *, language: str) -> EmailMessage:
    with translation.override(language):
        subject = gettext("You already have an account")
        body = render_to_string(
            "accounts/signup_exists_email.txt",
            {
                "login": settings.SITE_URL + reverse("accounts:login"),
                "reset": settings.SITE_URL + reverse("accounts:password_reset"),
                "practice": settings.PRACTICE,
            },
        )
    return EmailMessage(subject, body, to=[email])
