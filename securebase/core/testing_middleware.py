"""A guard the test suite installs: every full HTML page must carry the crisis footer."""

from __future__ import annotations

CRISIS_MARKERS = (
    'href="tel:988"',
    'href="sms:988"',
    'href="tel:911"',
    # The Spanish options: text AYUDA to 988 and to the Crisis Text Line.
    'href="sms:988?&amp;body=AYUDA"',
    'href="sms:741741?&amp;body=AYUDA"',
)


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
            missing = [marker for marker in CRISIS_MARKERS if marker not in page]
            if missing:
                raise AssertionError(
                    f"{request.path} rendered a page without the crisis footer ({missing})"
                )
        return response
