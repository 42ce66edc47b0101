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
    """Clinicians and staff reach nothing but their account settings until they pass TOTP.

    Someone not yet enrolled may also set their password and enroll; someone enrolled must
    pass two-factor first, so a password alone cannot change the password or the device.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.allowed_names = {
            "accounts:logout",
            "accounts:two_factor_verify",
            "practice:help",
        }
        self.allowed_before_enrolling = {
            "accounts:settings",
            "accounts:password_change",
            "accounts:two_factor_setup",
        }

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and user.needs_two_factor and not user.is_verified():
            view_name = self._view_name(request)
            if view_name is not None and view_name not in self.allowed_names:
                enrolled = has_confirmed_authenticator(user)
                if enrolled or view_name not in self.allowed_before_enrolling:
                    name = "accounts:two_factor_verify" if enrolled else "accounts:two_factor_setup"
                    query = urlencode({"next": request.get_full_path()})
                    return redirect(f"{reverse(name)}?{query}")
        return self.get_response(request)

    def _view_name(self, request) -> str | None:
        """The view the request goes to; None where nothing private can be shown."""
        if request.path.startswith(settings.STATIC_URL):
            return None
        try:
            return resolve(request.path_info).view_name
        except Resolver404:
            return None  # a 404 page shows nothing private
