from __future__ import annotations

from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

# Everything the site loads comes from its own origin: no CDN, font host or analytics.
# No inline scripts or style attributes either; SVG presentation attributes are not styles.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    """Adds the strict Content-Security-Policy and a restrictive Permissions-Policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith("/admin/"):
            response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        else:
            # The admin uses a few inline scripts of Django's own; it still may not load
            # anything from another origin.
            response.setdefault(
                "Content-Security-Policy",
                CONTENT_SECURITY_POLICY.replace(
                    "script-src 'self'", "script-src 'self' 'unsafe-inline'"
                ).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
            )
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


class PrivatePagesMiddleware:
    """Tell browsers and proxies not to store any page that may hold personal data.

    That is every response to a signed-in person, and every response to a visitor the site
    keeps something for in their session (questionnaire answers, a chat report, what they
    typed). A view that sets its own Cache-Control keeps it; private pages reached without a
    session (booking links) use `never_cache` themselves.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response:
            return response
        user = getattr(request, "user", None)
        session = getattr(request, "session", None)
        if (user is not None and user.is_authenticated) or (
            session is not None and not session.is_empty()
        ):
            add_never_cache_headers(response)
        return response


class HealthCheckMiddleware:
    """Answer `GET /healthz` before anything else runs (core/health.py).

    It sits first so a proxy or orchestrator can poll each server by its own address over
    plain HTTP: no host check (ALLOWED_HOSTS), no HTTPS redirect, no session, no rate limit.
    200 when healthy, 503 otherwise, JSON either way, never cached.
    """

    PATH = "/healthz"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != self.PATH or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        from securebase.core.health import health

        healthy, checks = health()
        response = JsonResponse(
            {"status": "ok" if healthy else "unhealthy", "checks": checks},
            status=200 if healthy else 503,
        )
        response["Cache-Control"] = "no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response
