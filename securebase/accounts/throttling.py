"""How django-axes names an account, and password checks that count like a login.

The login form's email field is named ``username`` (Django's AuthenticationForm), while the
User model's USERNAME_FIELD is ``email``, so axes's default lookup finds nothing and records
every failure without an account. This module tells it where the account is, in the same
case-folded form the login uses, so "ADA@example.com" and "ada@example.com" count together.
"""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.http import HttpRequest

from securebase.accounts.models import User


def login_username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The account a login attempt was for: the typed email, stripped and lower-cased."""
    credentials = credentials or {}
    raw = credentials.get("username") or credentials.get("email")
    if raw is None:
        raw = request.POST.get("username", "")
    return str(raw).strip().lower() or None


def password_is_right(request: HttpRequest, *, user: User, password: str) -> bool:
    """Check a signed-in person's password again, counted by axes exactly like a login.

    A wrong password adds a failure for the account and the address; once either is over the
    limit the answer is False even for the right password, and AxesMiddleware turns the
    response into the lockout page.
    """
    again = authenticate(request, username=user.email, password=password)
    return again is not None and again.pk == user.pk
