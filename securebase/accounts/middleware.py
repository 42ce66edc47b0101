from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from securebase.accounts.services import has_confirmed_authenticator, idle_seconds


class SessionPolicyMiddleware:
    """Give every signed-in session an inactivity limit that fits the person's role.

    The login views set it precisely (they know about "remember me"); this catches sessions
    created any other way. SESSION_SAVE_EVERY_REQUEST slides the expiry on each request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and "_session_expiry" not in request.session:
            request.session.set_expiry(idle_seconds(user, remember_me=False))
        return self.get_response(request)


class RequireTwoFactorMiddleware:
    """Clinicians and staff reach nothing but their account settings until they pass TOTP."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.allowed_names = {
            "accounts:settings",
            "accounts:logout",
            "accounts:password_change",
            "accounts:two_factor_setup",
            "accounts:two_factor_verify",
            "practice:help",
        }

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and user.needs_two_factor
            and not user.is_verified()
            and not self._allowed(request)
        ):
            name = (
                "accounts:two_factor_verify"
                if has_confirmed_authenticator(user)
                else "accounts:two_factor_setup"
            )
            return redirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def _allowed(self, request) -> bool:
        if request.path.startswith(settings.STATIC_URL):
            return True
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return True  # a 404 page shows nothing private
        return match.view_name in self.allowed_names
