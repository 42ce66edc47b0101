from __future__ import annotations

from base64 import b32encode
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_http_methods, require_safe
from django_otp import login as otp_login

from securebase.accounts import services
from securebase.accounts.forms import (
    AccountLanguagePasswordResetForm,
    LoginForm,
    SettingsForm,
    SignupForm,
    ThrottledPasswordChangeForm,
    TokenForm,
)
from securebase.accounts.language import remember_choice
from securebase.core.throttling import limit_posts


def _safe_next(request, fallback: str, target: str | None = None) -> str:
    """`target` (by default the posted or asked `next`) if it stays on this site, else fallback."""
    if target is None:
        target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    form_class = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        remember = form.cleaned_data.get("remember_me", False)
        self.request.session.set_expiry(
            services.idle_seconds(form.get_user(), remember_me=remember)
        )
        return response


logout_view = auth_views.LogoutView.as_view()


@require_http_methods(["GET", "POST"])
@limit_posts("signup", per_email=True)
def signup(request):
    if request.user.is_authenticated:
        return redirect("dashboard:home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.request_signup(
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
            full_name=form.cleaned_data["full_name"],
            time_zone=form.cleaned_data["time_zone"],
            language=translation.get_language(),
            next_url=_safe_next(request, ""),
        )
        # The same answer whether or not the address has an account (see request_signup).
        return redirect("accounts:signup_sent")
    return render(request, "accounts/signup.html", {"form": form, "next": _safe_next(request, "")})


@require_safe
def signup_sent(request):
    return render(request, "accounts/signup_sent.html")


@require_http_methods(["GET", "POST"])
def signup_confirm(request, token: str):
    """The link in the sign-up email: one button creates the account and logs the person in.

    A button rather than the link itself, so a mail scanner that follows links makes nothing.
    """
    try:
        pending = services.read_signup_link(token)
    except services.SignupLinkInvalid:
        return render(request, "accounts/signup_link_invalid.html", status=400)
    if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
        # Opened in a browser that never chose a language (a phone's mail app, say): the
        # page speaks the language the person signed up in, as the email did.
        translation.activate(pending.language)
        request.LANGUAGE_CODE = pending.language
    if request.method == "POST":
        user = services.complete_signup(pending=pending)
        if user is None:
            messages.info(request, gettext("This email already has an account. Please log in."))
            return redirect("accounts:login")
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        request.session.set_expiry(services.idle_seconds(user, remember_me=False))
        messages.success(request, gettext("Welcome. Your account is ready."))
        return redirect(_safe_next(request, reverse("dashboard:home"), pending.next_url))
    return render(request, "accounts/signup_confirm.html", {"email": pending.email})


@login_required
@require_http_methods(["GET", "POST"])
def account_settings(request):
    form = SettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        # A new zone is told to the apps that count days in it as the account is saved.
        user = form.save()
        # The page after saving, and this note, speak the language just chosen; the cookie
        # follows, so the choice stays after signing out.
        translation.activate(user.language)
        request.LANGUAGE_CODE = user.language
        messages.success(request, gettext("Your settings are saved."))
        response = redirect("accounts:settings")
        remember_choice(response, user.language)
        return response
    return render(
        request,
        "accounts/settings.html",
        {"form": form, "has_authenticator": services.has_confirmed_authenticator(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_setup(request):
    """Enroll an authenticator app: scan the code, type the current code to confirm."""
    if services.has_confirmed_authenticator(request.user) and not request.user.is_verified():
        # Replacing an authenticator needs the current one first; otherwise a password alone
        # would be enough to enroll a new device and walk past two-factor.
        verify = reverse("accounts:two_factor_verify")
        return redirect(f"{verify}?{urlencode({'next': request.path})}")
    device = services.pending_totp_device(request.user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            codes = services.confirm_totp_device(device=device, token=form.cleaned_data["token"])
        except services.CodeTooSoon as pause:
            form.add_error("token", _wait_message(pause.wait_seconds))
        else:
            if codes is not None:
                _pass_two_factor(request, device)
                request.session.set_expiry(services.idle_seconds(request.user, remember_me=False))
                return render(request, "accounts/backup_codes.html", {"codes": codes})
            form.add_error(
                "token", gettext("That code didn’t match. Check your phone’s clock and try again.")
            )
    qr = segno.make(device.config_url, error="m")
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "qr_data_uri": qr.svg_data_uri(scale=5, dark="#1d2a2a", light="#ffffff"),
            "secret": _base32(device),
            "next": _safe_next(request, ""),
        },
    )


def _pass_two_factor(request, device) -> None:
    """Mark the session verified under a new session key: a key seen before the second factor
    (on a shared computer, in a log) must not become a fully verified session."""
    otp_login(request, device)
    request.session.cycle_key()


def _base32(device) -> str:
    raw = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_verify(request):
    """Second step of logging in for clinicians and staff: a TOTP code or a backup code."""
    if not services.has_confirmed_authenticator(request.user):
        return redirect("accounts:two_factor_setup")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        check = services.check_second_factor(request.user, form.cleaned_data["token"])
        if check.device is not None:
            _pass_two_factor(request, check.device)
            return redirect(_safe_next(request, reverse("dashboard:home")))
        form.add_error("token", _second_factor_problem(check))
    return render(
        request,
        "accounts/two_factor_verify.html",
        {"form": form, "next": _safe_next(request, "")},
    )


def _wait_message(seconds: int) -> str:
    # The code was never looked at, so it may well be right: never call it wrong.
    seconds = max(seconds, 1)
    return ngettext(
        "After a wrong code we pause briefly before checking the next. Please wait "
        "%(seconds)s second, then enter the newest code from your app again.",
        "After a wrong code we pause briefly before checking the next. Please wait "
        "%(seconds)s seconds, then enter the newest code from your app again.",
        seconds,
    ) % {"seconds": seconds}


def _second_factor_problem(check: services.SecondFactorCheck) -> str:
    if check.unchecked:
        return _wait_message(check.wait_seconds)
    if check.wait_seconds > 1:
        return ngettext(
            "That code didn’t match. Try the newest code from your app. The next code can be "
            "checked in %(seconds)s second.",
            "That code didn’t match. Try the newest code from your app. The next code can be "
            "checked in %(seconds)s seconds.",
            check.wait_seconds,
        ) % {"seconds": check.wait_seconds}
    return gettext("That code didn’t match. Try the newest code from your app.")


def lockout(request, credentials, *args, **kwargs):
    """What someone sees after too many failed logins (django-axes calls this)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "accounts/locked_out.html",
        {"minutes": minutes, "attempts": settings.AXES_FAILURE_LIMIT},
        status=429,
    )


password_reset = limit_posts("password_reset", per_email=True)(
    auth_views.PasswordResetView.as_view(
        form_class=AccountLanguagePasswordResetForm,
        template_name="accounts/password_reset_form.html",
        email_template_name="accounts/password_reset_email.txt",
        subject_template_name="accounts/password_reset_subject.txt",
        success_url=reverse_lazy("accounts:password_reset_done"),
    )
)
password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="accounts/password_reset_done.html"
)
password_reset_confirm = auth_views.PasswordResetConfirmView.as_view(
    template_name="accounts/password_reset_confirm.html",
    success_url=reverse_lazy("accounts:password_reset_complete"),
)
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="accounts/password_reset_complete.html"
)


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = ThrottledPasswordChangeForm
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:settings")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


password_change = PasswordChangeView.as_view()
