from __future__ import annotations

from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from securebase.core.hooks import call_hooks

DEFAULT_TIME_ZONE = "America/Los_Angeles"


def validate_time_zone(value: str) -> None:
    if value not in available_timezones():
        raise ValidationError(
            _("%(value)r is not a time zone we know."), code="unknown", params={"value": value}
        )


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **fields) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **fields) -> User:
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **fields)

    def create_superuser(self, email: str, password: str | None = None, **fields) -> User:
        fields.setdefault("is_staff", True)
        fields.setdefault("is_superuser", True)
        fields.setdefault("role", User.Role.STAFF)
        return self._create_user(email, password, **fields)

    def get_by_natural_key(self, username: str | None) -> User:
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account: a client, a clinician, or practice staff. Email is the login."""

    class Role(models.TextChoices):
        CLIENT = "client", _("Client")
        CLINICIAN = "clinician", _("Clinician")
        STAFF = "staff", _("Practice staff")

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("name"), max_length=150, blank=True)
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.CLIENT)
    time_zone = models.CharField(
        max_length=64, default=DEFAULT_TIME_ZONE, validators=[validate_time_zone]
    )
    # Pages and emails for this person; set from the page's language at sign-up and by the
    # switcher every page shows (accounts/language.py).
    language = models.CharField(
        max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(
        "admin access", default=False, help_text="Can sign in to the admin site."
    )
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    # Days are counted in the person's zone (check-ins keep a count per day), so a saved change
    # of zone is told to the apps that count, in the same transaction, whichever way it comes:
    # the settings page, the admin, a shell, a command. Only ``QuerySet.update()`` and plain
    # SQL go around ``save()``; the counting apps' rebuild commands repair what they leave.

    @classmethod
    def from_db(cls, db, field_names, values):
        person = super().from_db(db, field_names, values)
        person._stored_time_zone = person.__dict__.get("time_zone")  # absent when deferred
        return person

    def refresh_from_db(self, using=None, fields=None, from_queryset=None) -> None:
        super().refresh_from_db(using=using, fields=fields, from_queryset=from_queryset)
        if fields is None or "time_zone" in fields:
            self._stored_time_zone = self.__dict__.get("time_zone")

    def save(self, *args, **kwargs) -> None:
        previous = getattr(self, "_stored_time_zone", None)
        fields = kwargs.get("update_fields")
        changed = (
            previous is not None
            and (fields is None or "time_zone" in fields)
            and self.__dict__.get("time_zone", previous) != previous
        )
        if not changed:
            super().save(*args, **kwargs)
            return
        with transaction.atomic(using=kwargs.get("using")):
            super().save(*args, **kwargs)
            call_hooks("time_zone_changed", user=self, previous=previous)
        self._stored_time_zone = self.time_zone

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return (self.full_name.split() or [self.email])[0]

    @property
    def is_client(self) -> bool:
        return self.role == self.Role.CLIENT

    @property
    def is_clinician(self) -> bool:
        return self.role == self.Role.CLINICIAN

    @property
    def needs_two_factor(self) -> bool:
        """Clinicians, staff and anyone with admin access must pass TOTP two-factor."""
        return self.role != self.Role.CLIENT or self.is_staff or self.is_superuser

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)
