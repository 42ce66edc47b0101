"""The language a page speaks: the account's for someone signed in, else the visitor's choice.

Django's LocaleMiddleware picks the language from the language cookie or the browser's
Accept-Language header. This middleware, after authentication, puts the account's language
first and handles the switcher: every page links to ``?lang=es`` (or ``?lang=en``), a plain
link that works without JavaScript. Following it stores the choice in the cookie and, for
someone signed in, in the account, then sends the person back to the same address without
the parameter.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils import translation

SWITCH_PARAMETER = "lang"
CODES = frozenset(code for code, _name in settings.LANGUAGES)


def remember_choice(response, code: str) -> None:
    """Set the language cookie the way Django's own ``set_language`` view does."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


def address_without_switch(request) -> str:
    """The same page without the switch parameter, always on this site: a path that begins
    with two slashes ("//elsewhere.example/") would read as another host, so it loses them."""
    remaining = request.GET.copy()
    remaining.pop(SWITCH_PARAMETER, None)
    query = urlencode(list(remaining.lists()), doseq=True)
    path = "/" + request.path.lstrip("/\\")
    return path + (f"?{query}" if query else "")


class AccountLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        signed_in = user.is_authenticated
        if request.method in {"GET", "HEAD"} and SWITCH_PARAMETER in request.GET:
            return self.switch(request, request.GET[SWITCH_PARAMETER])
        if signed_in and user.language in CODES:
            translation.activate(user.language)
            request.LANGUAGE_CODE = user.language
        response = self.get_response(request)
        # After a sign-in the cookie follows the account, so the language stays after sign-out.
        cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if signed_in and user.language in CODES and cookie != user.language:
            remember_choice(response, user.language)
        return response

    def switch(self, request, code: str):
        response = HttpResponseRedirect(address_without_switch(request))
        if code not in CODES:
            return response
        user = request.user
        if user.is_authenticated and user.language != code:
            user.language = code
            user.save(update_fields=["language"])
        remember_choice(response, code)
        return response
