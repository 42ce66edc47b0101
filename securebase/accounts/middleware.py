from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from securebase.accounts.services import has_confirmed_authenticator, idle_seconds

# A session's expiry slides forward with use, but writing the row on every request costs
# three queries; it is written once the expiry would move by at least this much. An idle
# limit of 30 minutes therefore ends between 29 and 30 minutes after the last request.
SLIDE_STEP = timedelta(minutes=1)


class SessionPolicyMiddleware:
    """Give every signed-in session an inactivity limit that fits the person's role.

    The login views set it precisely (they know about "remember me"); this catches sessions
    created any other way. On the way out it slides the expiry (see ``slide_expiry``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and "_session_expiry" not in request.session:
            request.session.set_expiry(idle_seconds(user, remember_me=False))
        response = self.get_response(request)
        slide_expiry(request.session)
        return response


def slide_expiry(session) -> None:
    """Mark a stored, unchanged session for saving when its expiry moved by SLIDE_STEP or more.

    Django's SessionMiddleware then saves it (a new expiry in the row and the cookie). A
    changed session is saved anyway; an empty or unread one never is. ``session`` comes
    from ``core.sessions.SessionStore``, which knows the expiry stored in its row.
    """
    if session.modified or not session.accessed or session.is_empty():
        return
    stored = getattr(session, "stored_expiry", None)
    if stored is None or session.get_expiry_date() - stored >= SLIDE_STEP:
        session.modified = True


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
