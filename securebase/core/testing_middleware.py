"""Guards the test suite installs: every full HTML page carries the crisis footer, and every
page rendered in Spanish is in Spanish."""

from __future__ import annotations

from django.utils import translation

from securebase.core.untranslated import english_on_page

CRISIS_MARKERS = (
    'href="tel:988"',
    'href="tel:911"',
    # The Spanish options: text AYUDA to 988 and to the Crisis Text Line.
    'href="sms:988?&amp;body=AYUDA"',
    'href="sms:741741?&amp;body=AYUDA"',
)
# Texting 988 without a keyword reaches the English service: an English page offers it, a
# Spanish page offers "AYUDA" instead (core/crisis.py).
ENGLISH_CRISIS_MARKERS = ('href="sms:988"',)


class CrisisFooterGuard:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and b"<html" in response.content[:2048]
        ):
            page = response.content.decode(response.charset or "utf-8", "replace")
            markers = CRISIS_MARKERS
            if translation.get_language() != "es":
                markers += ENGLISH_CRISIS_MARKERS
            missing = [marker for marker in markers if marker not in page]
            if missing:
                raise AssertionError(
                    f"{request.path} rendered a page without the crisis footer ({missing})"
                )
        return response


class SpanishPageGuard:
    """Every full HTML page rendered in Spanish shows no English sentence.

    Text a page shows in English on purpose sits in an element marked ``lang="en"``; what a
    person wrote and names sit in one marked ``translate="no"`` (core/untranslated.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            translation.get_language() == "es"
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
        ):
            page = response.content.decode(response.charset or "utf-8", "replace")
            english = english_on_page(page)
            if english:
                raise AssertionError(f"{request.path} in Spanish shows English: {english}")
        return response
